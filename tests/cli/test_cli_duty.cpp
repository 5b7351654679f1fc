// dangjian-cli duty …: generate (safe to repeat), list, status, record with evidence, templates.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QString demoFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.djdb"));
    REQUIRE(runCli({QStringLiteral("demo"), path}).code == 0);
    return path;
}
int tableRows(const QString &file, const char *table)
{
    const CliRun r = runCli({QStringLiteral("info"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tables")).toObject().value(QLatin1String(table)).toInt();
}
const QString kYear = QString::number(QDate::currentDate().year());
} // namespace

TEST_CASE("duty generate: the demo already has this year's lists, another year gets its own", "[duty][cli]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir);
    CHECK(tableRows(file, "duty_list") > 50);
    CliRun r = runCli({QStringLiteral("duty"), QStringLiteral("generate"), file, QStringLiteral("--year"), kYear});
    CHECK(r.code == 0);
    CHECK(r.out.startsWith("Nothing to add"));

    const QString next = QString::number(kYear.toInt() + 1);
    r = runCli({QStringLiteral("duty"), QStringLiteral("generate"), file, QStringLiteral("--year"), next,
                QStringLiteral("--date"), next + QStringLiteral("-01-01"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("listsAdded")).toInt() > 50);
    CHECK(o.value(QStringLiteral("linksSet")).toInt() > 500);

    CHECK(runCli({QStringLiteral("duty"), QStringLiteral("generate"), file}).code == 2);
    r = runCli({QStringLiteral("duty"), QStringLiteral("generate"), file, QStringLiteral("--year"), kYear,
                QStringLiteral("--date"), QStringLiteral("1999-01-01")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("must fall in"));
    CHECK(runCli({QStringLiteral("check"), file}).code == 0);
}

TEST_CASE("duty status by level: every level of the demo in order, with rates", "[duty][cli]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir);
    const CliRun r = runCli({QStringLiteral("duty"), QStringLiteral("status"), file, QStringLiteral("--year"), kYear,
                             QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QStringList keys;
    for (const QJsonValue &v : rows)
        keys << v.toObject().value(QStringLiteral("key")).toString();
    CHECK(keys == QStringList{QStringLiteral("party_group"), QStringLiteral("leading_group"), QStringLiteral("organ_committee"),
                              QStringLiteral("general_branch"), QStringLiteral("branch")});
    const QJsonObject branch = rows.last().toObject();
    CHECK(branch.value(QStringLiteral("lists")).toInt() == 25);
    CHECK(branch.value(QStringLiteral("done")).toInt() <= branch.value(QStringLiteral("expected")).toInt());
    for (const char *by : {"post", "category", "org"})
        CHECK(runCli({QStringLiteral("duty"), QStringLiteral("status"), file, QStringLiteral("--year"), kYear,
                      QStringLiteral("--by"), QLatin1String(by)}).code == 0);
    CHECK(runCli({QStringLiteral("duty"), QStringLiteral("status"), file, QStringLiteral("--year"), kYear,
                  QStringLiteral("--by"), QStringLiteral("colour")}).code == 2);
    CHECK(runCli({QStringLiteral("duty"), QStringLiteral("status"), file, QStringLiteral("--year"), kYear,
                  QStringLiteral("--quarter"), QStringLiteral("5")}).code == 2);
}

TEST_CASE("duty record: with an evidence file, or nothing at all when the file is refused", "[duty][cli]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir);
    CliRun r = runCli({QStringLiteral("duty"), QStringLiteral("list"), file, QStringLiteral("--year"), kYear,
                       QStringLiteral("--org"), QStringLiteral("SW-ZB01"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray lists = QJsonDocument::fromJson(r.out).array();
    REQUIRE(lists.size() == 2); // the branch's list and its secretary's
    CHECK(lists.at(0).toObject().value(QStringLiteral("subject")).toString() == QStringLiteral("grassroots"));
    const QString item = lists.at(0).toObject().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(item.isEmpty());

    const QString evidence = dir.filePath(QStringLiteral("记录.txt"));
    QFile f(evidence);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("支部委员会会议记录");
    f.close();
    const int records = tableRows(file, "duty_record");
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    r = runCli({QStringLiteral("duty"), QStringLiteral("record"), file, QStringLiteral("--item"), item, QStringLiteral("--date"),
                today, QStringLiteral("--text"), QString::fromUtf8("召开支部委员会"), QStringLiteral("--attach"), evidence});
    CHECK(r.code == 0);
    CHECK(tableRows(file, "duty_record") == records + 1);
    CHECK(tableRows(file, "attachment") == 1);

    // Over the 20 MB limit: neither the record nor the file.
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    QFile b(big);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.resize(21 * 1024 * 1024);
    b.close();
    r = runCli({QStringLiteral("duty"), QStringLiteral("record"), file, QStringLiteral("--item"), item, QStringLiteral("--date"),
                today, QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--attach"), big});
    CHECK(r.code == 4);
    CHECK(r.err.contains("evidence files may be at most"));
    CHECK(tableRows(file, "duty_record") == records + 1);

    r = runCli({QStringLiteral("duty"), QStringLiteral("record"), file, QStringLiteral("--item"), item, QStringLiteral("--date"),
                QStringLiteral("2001-05-05"), QStringLiteral("--text"), QStringLiteral("x")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("is outside the list's year"));
    CHECK(runCli({QStringLiteral("duty"), QStringLiteral("record"), file, QStringLiteral("--item"), item}).code == 2);
}

TEST_CASE("duty templates: saved to a file and loaded into another office's file", "[duty][cli]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir);
    const QString tpl = dir.filePath(QStringLiteral("templates.djtpl"));
    CHECK(runCli({QStringLiteral("duty"), QStringLiteral("templates"), file, QStringLiteral("--export"), tpl}).code == 0);
    const QString other = dir.filePath(QStringLiteral("other.djdb"));
    REQUIRE(runCli({QStringLiteral("init"), other, QStringLiteral("--office"), QString::fromUtf8("某支部")}).code == 0);
    CliRun r = runCli({QStringLiteral("duty"), QStringLiteral("templates"), other, QStringLiteral("--load"), tpl});
    CHECK(r.code == 0);
    CHECK(tableRows(other, "duty_template") == 9);
    r = runCli({QStringLiteral("duty"), QStringLiteral("templates"), other, QStringLiteral("--load"), tpl});
    CHECK(r.code == 4);
    CHECK(r.err.contains("Nothing was loaded"));
    CHECK(runCli({QStringLiteral("duty"), QStringLiteral("templates"), other, QStringLiteral("--load"), tpl,
                  QStringLiteral("--replace")}).code == 0);
    CHECK(tableRows(other, "duty_template") == 9);
    r = runCli({QStringLiteral("duty"), QStringLiteral("templates"), other, QStringLiteral("--load"), file});
    CHECK(r.code == 3);
    CHECK(r.err.contains("is not a Dangjian Desk template file"));
}
