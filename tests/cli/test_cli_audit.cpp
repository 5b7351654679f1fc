// `audit` lists and exports the audit log; `check` fails (exit 1) when the log was tampered with.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {

// A department's file made by user "shenji": its organisations, scheme and templates are logged.
QString departmentFile(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("dept.djdb"));
    const CliRun r = runCli({QStringLiteral("init"), file, QStringLiteral("--department"), QStringLiteral("市商务局"),
                             QStringLiteral("--code"), QStringLiteral("SW")},
                            {}, {QStringLiteral("USER=shenji")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return file;
}

void tamper(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const int rc = sqlite3_exec(h, sql, nullptr, nullptr, nullptr);
    sqlite3_close_v2(h);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("audit lists the log newest first, filtered, as text, JSON or CSV", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString file = departmentFile(dir);
    CliRun r = runCli({QStringLiteral("audit"), file, QStringLiteral("--table"), QStringLiteral("organization"),
                       QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray orgs = QJsonDocument::fromJson(r.out).array();
    REQUIRE(orgs.size() == 2);
    CHECK(orgs.at(0)[QStringLiteral("seq")].toInt() > orgs.at(1)[QStringLiteral("seq")].toInt());
    CHECK(orgs.at(0)[QStringLiteral("user")].toString() == QStringLiteral("shenji"));
    CHECK(orgs.at(0)[QStringLiteral("op")].toString() == QStringLiteral("insert"));
    CHECK(orgs.at(0)[QStringLiteral("newDigest")].toString().size() == 64);

    r = runCli({QStringLiteral("audit"), file, QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--user"),
                QStringLiteral("shenji"), QStringLiteral("--op"), QStringLiteral("insert"), QStringLiteral("--from"),
                QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2999-12-31")});
    REQUIRE(r.code == 0);
    CHECK(r.out.count('\n') == 4); // a header and three entries
    CHECK(r.out.contains("shenji"));
    r = runCli({QStringLiteral("audit"), file, QStringLiteral("--to"), QStringLiteral("2000-01-01")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("(no entries)"));

    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    r = runCli({QStringLiteral("audit"), file, QStringLiteral("--table"), QStringLiteral("organization"),
                QStringLiteral("--out"), csv});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith("2 audit log entr")); // "entries" once the English plural form is in dangjian_en.ts
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    CHECK(lines.value(0).contains("No.,Time (UTC),User,Table,Row,Change,Digest before,Digest after,Chain"));
    CHECK(lines.value(1).contains(",shenji,organization,"));
}

TEST_CASE("audit refuses bad option values in one line", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString file = departmentFile(dir);
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--op"), QStringLiteral("remove")},
          QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30")},
          QStringList{QStringLiteral("--to"), QStringLiteral("yesterday")},
          QStringList{QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")},
          QStringList{QStringLiteral("--limit"), QStringLiteral("0")},
          QStringList{QStringLiteral("--limit"), QStringLiteral("many")},
          QStringList{QStringLiteral("--table"), QStringLiteral("audit_log")},
          QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("x.xlsx"))},
          QStringList{QStringLiteral("--colour")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const CliRun r = runCli(QStringList{QStringLiteral("audit"), file} + bad);
        CHECK(r.code == 2);
        CHECK(r.err.count('\n') == 1);
    }
}

TEST_CASE("check verifies the audit log and fails on tampering", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString file = departmentFile(dir);
    CliRun r = runCli({QStringLiteral("check"), file});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("Audit log: "));
    CHECK(r.out.contains("unbroken; its head is "));

    const QString copy = dir.filePath(QStringLiteral("copy.djdb"));
    struct Case
    {
        const char *sql;
        const char *says;
    };
    for (const Case &c : {Case{"UPDATE audit_log SET user_name = 'x' WHERE seq = 2", "Entry 2 of the audit log was changed."},
                          Case{"DELETE FROM audit_log WHERE seq = 3", "Entry 3 of the audit log is missing."},
                          Case{"DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
                               "was removed (the log ends at "},
                          Case{"DELETE FROM audit_head", "The head record of the audit log is missing."}}) {
        INFO(c.sql);
        QFile::remove(copy);
        REQUIRE(QFile::copy(file, copy));
        tamper(copy, c.sql);
        r = runCli({QStringLiteral("check"), copy});
        CHECK(r.code == 1);
        CHECK(r.out.contains(c.says));
    }
}
