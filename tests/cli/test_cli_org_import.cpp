// dangjian-cli import-orgs, driven as a user would: exit codes, the report lines, JSON.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QString orgTree(const QString &file)
{
    const CliRun r =
        runCli({QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    QStringList lines;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject o = v.toObject();
        lines << QStringList{o.value(QStringLiteral("code")).toString(),
                             o.value(QStringLiteral("name")).toString(),
                             o.value(QStringLiteral("type")).toString(),
                             o.value(QStringLiteral("parentCode")).toString()}
                     .join(QLatin1Char('|'));
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

QString emptyFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(runCli({QStringLiteral("init"), path, QStringLiteral("--office"),
                    QString::fromUtf8("新机关")})
                .code == 0);
    return path;
}
} // namespace

TEST_CASE("import-orgs: an exported organisation sheet recreates the tree", "[import][cli]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.djdb"));
    REQUIRE(runCli({QStringLiteral("demo"), demo}).code == 0);
    const QString xlsx = dir.filePath(QStringLiteral("orgs.xlsx"));
    REQUIRE(runCli({QStringLiteral("export-table"), demo, QStringLiteral("--table"),
                    QStringLiteral("orgs"), QStringLiteral("--out"), xlsx})
                .code == 0);
    const QString file = emptyFile(dir, QStringLiteral("new.djdb"));

    CliRun r = runCli({QStringLiteral("import-orgs"), file, QStringLiteral("--from"), xlsx,
                       QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains("Dry run: nothing was imported."));
    CHECK(orgTree(file).isEmpty());

    r = runCli({QStringLiteral("import-orgs"), file, QStringLiteral("--from"), xlsx,
                QStringLiteral("--json")});
    CHECK(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("rows")).toInt() > 10);
    CHECK(o.value(QStringLiteral("valid")).toInt() == o.value(QStringLiteral("rows")).toInt());
    CHECK(o.value(QStringLiteral("imported")).toInt() == o.value(QStringLiteral("rows")).toInt());
    CHECK(o.value(QStringLiteral("rejected")).toArray().isEmpty());
    CHECK(orgTree(file) == orgTree(demo));

    // The same sheet again: every code is taken now.
    r = runCli({QStringLiteral("import-orgs"), file, QStringLiteral("--from"), xlsx});
    CHECK(r.code == 4);
    CHECK(r.out.contains("row 2: The code"));
    CHECK(r.out.contains("Nothing was imported."));
}

TEST_CASE("import-orgs: a bad row stops the import unless --valid-only", "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = emptyFile(dir, QStringLiteral("new.djdb"));
    const QString csv = dir.filePath(QStringLiteral("orgs.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QString::fromUtf8("组织名称,组织代码,组织类型,上级组织代码\n"
                              "中共某局党组,A,部门党组（党委）,\n"
                              "机关党委,A-JG,机关党委,A\n"
                              "某支部,A-ZB,党支部,A-XX\n")
                .toUtf8());
    f.close();

    CliRun r = runCli({QStringLiteral("import-orgs"), file, QStringLiteral("--from"), csv});
    CHECK(r.code == 4);
    CHECK(r.out.contains("row 4: The parent organisation \"A-XX\" is neither"));
    CHECK(r.out.contains("rows: 3, valid: 2, with problems: 1."));
    CHECK(orgTree(file).isEmpty());

    r = runCli({QStringLiteral("import-orgs"), file, QStringLiteral("--from"), csv,
                QStringLiteral("--json")});
    CHECK(r.code == 4);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("rows")).toInt() == 3);
    CHECK(o.value(QStringLiteral("valid")).toInt() == 2);
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    const QJsonArray rejected = o.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("row")).toInt() == 4);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("reasons")).toArray().size() == 1);

    r = runCli({QStringLiteral("import-orgs"), file, QStringLiteral("--from"), csv,
                QStringLiteral("--valid-only"), QStringLiteral("--json")});
    CHECK(r.code == 0);
    o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(orgTree(file) == QString::fromUtf8("A-JG|机关党委|organ_committee|A\n"
                                             "A|中共某局党组|party_group|"));
}

TEST_CASE("import-orgs: usage and unreadable sheets", "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = emptyFile(dir, QStringLiteral("new.djdb"));
    CHECK(runCli({QStringLiteral("import-orgs"), file}).code == 2);
    const CliRun r = runCli({QStringLiteral("import-orgs"), file, QStringLiteral("--from"),
                             dir.filePath(QStringLiteral("missing.csv"))});
    CHECK(r.code == 3);
    CHECK(r.out.isEmpty());
}
