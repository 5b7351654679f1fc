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

QString s(const char *text) { return QString::fromUtf8(text); }

QJsonObject backupsJson(const QString &file)
{
    const CliRun r = runCli({s("backups"), file, s("--json")});
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out).object();
}

int memberCount(const QString &file)
{
    const CliRun r = runCli({s("info"), file, s("--json")});
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out).object().value(s("tables")).toObject().value(s("person")).toInt();
}

QByteArray digest(const QString &file) { return runCli({s("digest"), file}).out.trimmed(); }

} // namespace

TEST_CASE("backup, backups and restore from the command line", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("机关.djdb"));
    REQUIRE(runCli({s("demo"), file}).code == 0);
    const int members = memberCount(file);
    REQUIRE(members > 0);

    CliRun r = runCli({s("backup"), file});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("Backed up and verified"));
    QJsonObject listed = backupsJson(file);
    REQUIRE(listed.value(s("backups")).toArray().size() == 1);
    const QJsonObject first = listed.value(s("backups")).toArray().at(0).toObject();
    CHECK(first.value(s("reason")).toString() == s("manual"));
    CHECK(listed.value(s("keep")).toInt() == 10);
    const QString copy = first.value(s("path")).toString();

    // --out DIR: a copy elsewhere (a USB stick), not listed in the backups folder.
    const QString usb = dir.filePath(s("usb"));
    REQUIRE(runCli({s("backup"), file, s("--out"), usb}).code == 0);
    CHECK(QDir(usb).entryList({s("*.djdb")}).size() == 1);
    CHECK(backupsJson(file).value(s("backups")).toArray().size() == 1);

    r = runCli({s("backup"), file, s("--keep"), s("4")});
    CHECK(r.code == 0);
    CHECK(backupsJson(file).value(s("keep")).toInt() == 4);
    CHECK(runCli({s("backup"), file, s("--keep"), s("0")}).code == 4);
    CHECK(runCli({s("backup"), file, s("--keep"), s("many")}).code == 2);

    // Change the file, then restore: asks first; "no" changes nothing.
    QProcess sqlite;
    const QByteArray original = digest(file);
    sqlite.start(s("sqlite3"), {file, s("UPDATE person SET name = name || '改', version = version + 1 WHERE rowid IN (SELECT rowid FROM person LIMIT 3);")});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);
    const QByteArray changed = digest(file);
    REQUIRE(changed != original);
    r = runCli({s("restore"), file, s("--from"), copy}, "no\n");
    CHECK(r.code == 4);
    CHECK(digest(file) == changed);
    r = runCli({s("restore"), file, s("--from"), copy}, "yes\n");
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("Restored"));
    CHECK(digest(file) == original);
    CHECK(memberCount(file) == members);
    CHECK(runCli({s("check"), file}).code == 0);
    const QJsonArray after = backupsJson(file).value(s("backups")).toArray();
    REQUIRE(after.size() == 2);
    CHECK(after.at(0).toObject().value(s("reason")).toString() == s("restore"));
    CHECK(digest(after.at(0).toObject().value(s("path")).toString()) == changed);

    // Bad input: no --from, a missing backup, a file that is not a data file.
    CHECK(runCli({s("restore"), file}).code == 2);
    CHECK(runCli({s("restore"), file, s("--from"), dir.filePath(s("none.djdb")), s("--yes")}).code == 3);
    QFile junk(dir.filePath(s("junk.djdb")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("junk");
    junk.close();
    r = runCli({s("restore"), file, s("--from"), junk.fileName(), s("--yes")});
    CHECK(r.code == 3);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(digest(file) == original);
}

TEST_CASE("an import from the command line says where the copy from before is", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(s("a.djdb")), b = dir.filePath(s("b.djdb"));
    REQUIRE(runCli({s("demo"), a}).code == 0);
    REQUIRE(runCli({s("init"), b, s("--office"), s("乙")}).code == 0);
    const QString key = dir.filePath(s("a.djkey")), package = dir.filePath(s("a.djpkg"));
    REQUIRE(runCli({s("office"), s("export-key"), a, s("--out"), key}).code == 0);
    REQUIRE(runCli({s("office"), s("trust"), b, s("--key"), key, s("--speaks-for"), s("department"), s("--yes")}).code == 0);
    REQUIRE(runCli({s("export"), a, s("--scope"), s("all"), s("--out"), package}).code == 0);
    const CliRun r = runCli({s("import"), b, package});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("The file as it was before is kept in"));
    const QJsonArray listed = backupsJson(b).value(s("backups")).toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(s("reason")).toString() == s("import"));
}

TEST_CASE("a sheet import keeps a copy from before only when it added something", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString f = dir.filePath(s("f.djdb"));
    REQUIRE(runCli({s("init"), f, s("--office"), s("测试机关")}).code == 0);
    const QString orgs = s(DJ_FIXTURES "/assess/e2e/orgs.csv");
    REQUIRE(runCli({s("import-orgs"), f, s("--from"), orgs, s("--dry-run")}).code == 0);
    CHECK(backupsJson(f).value(s("backups")).toArray().isEmpty());
    REQUIRE(runCli({s("import-orgs"), f, s("--from"), orgs}).code == 0);
    const QJsonArray listed = backupsJson(f).value(s("backups")).toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(s("reason")).toString() == s("import"));
    // The same sheet again is refused (the codes exist): no second copy.
    CHECK(runCli({s("import-orgs"), f, s("--from"), orgs}).code != 0);
    CHECK(backupsJson(f).value(s("backups")).toArray().size() == 1);
}
