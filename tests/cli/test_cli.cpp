#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
using Run = CliRun;
Run cli(const QStringList &args) { return runCli(args); }

QByteArray bytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// One demo file for the read-only tests.
const QString &demoFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("demo.djdb"));
        const Run r = cli({QStringLiteral("demo"), p});
        REQUIRE(r.code == 0);
        return p;
    }();
    return path;
}
} // namespace

TEST_CASE("--help and --version", "[cli]")
{
    const Run h = cli({QStringLiteral("--help")});
    CHECK(h.code == 0);
    CHECK(h.out.contains("person list FILE"));
    const Run v = cli({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith("dangjian-cli "));
}

TEST_CASE("usage errors are one line on stderr with exit code 2", "[cli]")
{
    for (const QStringList &args : {QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("init")},
                                    QStringList{QStringLiteral("info"), QStringLiteral("x"), QStringLiteral("--bogus")},
                                    QStringList{QStringLiteral("init"), QStringLiteral("/tmp/x.djdb")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(args);
        CHECK(r.code == 2);
        CHECK(r.err.count('\n') == 1);
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("init creates a file, a second init refuses and changes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("office.djdb"));
    Run r = cli({QStringLiteral("init"), p, QStringLiteral("--office"), QStringLiteral("市商务局机关党委")});
    REQUIRE(r.code == 0);
    const QByteArray before = bytes(p);
    r = cli({QStringLiteral("init"), p, QStringLiteral("--office"), QStringLiteral("别的")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("already exists"));
    CHECK(bytes(p) == before);
    r = cli({QStringLiteral("check"), p});
    CHECK(r.code == 0);
    CHECK(r.out.startsWith("OK "));
}

TEST_CASE("info --json reports counts, office and schema", "[cli]")
{
    const Run r = cli({QStringLiteral("info"), demoFile(), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("schemaVersion")).toInt() >= 2);
    CHECK(o.value(QStringLiteral("officeName")).toString() == QStringLiteral("市商务局机关党委"));
    const QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
    CHECK(tables.value(QStringLiteral("person")).toInt() >= 500);
    const QJsonObject types = o.value(QStringLiteral("organizationsByType")).toObject();
    CHECK(types.value(QStringLiteral("party_group")).toInt() == 1);
    CHECK(types.value(QStringLiteral("branch")).toInt() >= 20);
    CHECK(o.value(QStringLiteral("termsEndingSoon")).toInt() >= 1);
}

TEST_CASE("org list and person list, with an org subtree filter", "[cli]")
{
    Run r = cli({QStringLiteral("org"), QStringLiteral("list"), demoFile(), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray orgs = QJsonDocument::fromJson(r.out).array();
    REQUIRE(orgs.size() > 50);
    QString branchCode;
    for (const QJsonValue &v : orgs)
        if (v[QStringLiteral("type")].toString() == QLatin1String("branch")) {
            branchCode = v[QStringLiteral("code")].toString();
            CHECK_FALSE(v[QStringLiteral("head")].toString().isEmpty());
            break;
        }
    REQUIRE_FALSE(branchCode.isEmpty());
    r = cli({QStringLiteral("person"), QStringLiteral("list"), demoFile(), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const int everyone = int(QJsonDocument::fromJson(r.out).array().size());
    r = cli({QStringLiteral("person"), QStringLiteral("list"), demoFile(), QStringLiteral("--org"), branchCode, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray members = QJsonDocument::fromJson(r.out).array();
    CHECK(members.size() > 0);
    CHECK(members.size() < everyone);
    for (const QJsonValue &m : members)
        CHECK(m[QStringLiteral("branchCode")].toString() == branchCode);
    r = cli({QStringLiteral("person"), QStringLiteral("list"), demoFile(), QStringLiteral("--org"), QStringLiteral("NO-SUCH")});
    CHECK(r.code == 3);
    CHECK(r.err.contains("NO-SUCH"));
}

TEST_CASE("bad files: not ours, newer, damaged, check fails and nothing changes", "[cli]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("a.djdb"));
    QFile f(text);
    f.open(QIODevice::WriteOnly);
    f.write("姓名,性别\n张三,男\n");
    f.close();
    for (const QString &cmd : {QStringLiteral("check"), QStringLiteral("info")}) {
        const Run r = cli({cmd, text});
        CHECK(r.code == 3);
        CHECK(r.err.contains("not a Dangjian Desk data file"));
    }
    CHECK(bytes(text) == QByteArray("姓名,性别\n张三,男\n"));
    const Run missing = cli({QStringLiteral("check"), dir.filePath(QStringLiteral("none.djdb"))});
    CHECK(missing.code == 3);
}

TEST_CASE("upgrade migrates a version 1 file and keeps a copy", "[cli]")
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("old.djdb"));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(DJ_FIXTURES "/schema_v1.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {p});
    REQUIRE(sqlite.waitForFinished()); // the sqlite3 shell is installed by the setup script
    REQUIRE(sqlite.exitCode() == 0);
    Run r = cli({QStringLiteral("check"), p});
    CHECK(r.code == 1);
    CHECK(r.out.contains("schema version 1"));
    r = cli({QStringLiteral("upgrade"), p});
    REQUIRE(r.code == 0);
    CHECK(QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("old-*-upgrade.djdb")}).size() == 1);
    CHECK(cli({QStringLiteral("check"), p}).code == 0);
}
