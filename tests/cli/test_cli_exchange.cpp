// dangjian-cli export / import / import log / import undo / conflicts, as an office would use
// them, and an import killed at its crash points leaving all or nothing.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

struct TwoOffices
{
    QTemporaryDir dir;
    QString a = dir.filePath(s("a.djdb")), b = dir.filePath(s("b.djdb"));
    QString key = dir.filePath(s("a.djkey")), pkg = dir.filePath(s("all.djpkg"));
    TwoOffices()
    {
        REQUIRE(runCli({s("demo"), a}).code == 0);
        REQUIRE(runCli({s("init"), b, s("--office"), s("乙单位")}).code == 0);
        REQUIRE(runCli({s("export"), a, s("--scope"), s("all"), s("--out"), pkg}).code == 0);
        REQUIRE(runCli({s("office"), s("export-key"), a, s("--out"), key}).code == 0);
    }
    QByteArray digest(const QString &f) const { return runCli({s("digest"), f}).out.trimmed(); }
};
} // namespace

TEST_CASE("export and import through the command line, then nothing to do again", "[exchange][cli]")
{
    TwoOffices t;
    // Not trusted yet: refused with the fingerprint, exit 4, nothing written.
    const QByteArray before = t.digest(t.b);
    CliRun r = runCli({s("import"), t.b, t.pkg});
    CHECK(r.code == 4);
    CHECK(r.err.contains("does not trust"));
    CHECK(r.err.count('\n') == 1);
    CHECK(t.digest(t.b) == before);
    // Trusted on the spot after the fingerprint was shown and confirmed; a preview first.
    r = runCli({s("import"), t.b, t.pkg, s("--trust"), s("--dry-run"), s("--json")}, "yes\n");
    REQUIRE(r.code == 0);
    const QJsonObject preview = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('{'))).object();
    CHECK(preview.value(s("dryRun")).toBool());
    const double rows = preview[s("counts")][s("new")][s("total")].toDouble();
    CHECK(rows > 1000);
    CHECK(preview[s("counts")][s("new")][s("tables")][s("organization")].toDouble() > 0);
    CHECK(t.digest(t.b) == before);

    r = runCli({s("import"), t.b, t.pkg, s("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject done = QJsonDocument::fromJson(r.out).object();
    CHECK(done[s("counts")][s("new")][s("total")].toDouble() == rows);
    CHECK(done[s("importId")].toDouble() == 1);
    CHECK(t.digest(t.b) == t.digest(t.a));
    r = runCli({s("import"), t.b, t.pkg});
    CHECK(r.code == 0);
    CHECK(r.out.contains("already has everything"));
    r = runCli({s("import"), s("log"), t.b, s("--json")});
    CHECK(QJsonDocument::fromJson(r.out).array().size() == 1);
    CHECK(runCli({s("conflicts"), t.b}).out.contains("No conflicts"));
    CHECK(runCli({s("check"), t.b}).code == 0);

    r = runCli({s("import"), s("undo"), t.b});
    CHECK(r.code == 0);
    CHECK(t.digest(t.b) == before);
    CHECK(runCli({s("import"), s("undo"), t.b}).code == 4);
    CHECK(runCli({s("export"), t.a, s("--scope"), s("everything"), s("--out"), t.pkg}).code == 4);
    CHECK(runCli({s("export"), t.a, s("--scope"), s("all")}).code == 2);
}

TEST_CASE("an import killed at any crash point leaves all or nothing", "[exchange][cli][crash]")
{
    TwoOffices t;
    REQUIRE(runCli({s("office"), s("trust"), t.b, s("--key"), t.key, s("--yes")}).code == 0);
    const QByteArray before = t.digest(t.b);
    for (const char *point : {"import-midway", "import-before-commit"}) {
        CAPTURE(point);
        const CliRun r = runCli({s("import"), t.b, t.pkg}, {}, {s("DJ_CRASH_POINT=") + s(point)});
        CHECK(r.crashed);
        CHECK(runCli({s("check"), t.b}).code == 0);
        CHECK(t.digest(t.b) == before); // nothing
    }
    const CliRun r = runCli({s("import"), t.b, t.pkg}, {}, {s("DJ_CRASH_POINT=import-after-commit")});
    CHECK(r.crashed);
    CHECK(runCli({s("check"), t.b}).code == 0);
    CHECK(t.digest(t.b) == t.digest(t.a)); // everything
    CHECK(runCli({s("import"), t.b, t.pkg}).out.contains("already has everything"));
}

TEST_CASE("encrypted packages and conflicts through the command line", "[exchange][cli]")
{
    TwoOffices t;
    REQUIRE(runCli({s("office"), s("trust"), t.b, s("--key"), t.key, s("--yes")}).code == 0);
    const QString bkey = t.dir.filePath(s("b.djkey"));
    REQUIRE(runCli({s("office"), s("export-key"), t.b, s("--out"), bkey}).code == 0);
    const QString sealed = t.dir.filePath(s("sealed.djpkg"));
    REQUIRE(runCli({s("export"), t.a, s("--scope"), s("schemes"), s("--encrypt-for"), bkey, s("--out"), sealed}).code == 0);
    const CliRun r = runCli({s("import"), t.b, sealed, s("--json")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out)[s("counts")][s("new")][s("tables")][s("assess_indicator")].toDouble() > 0);

    const QString pass = t.dir.filePath(s("pass.txt"));
    {
        QFile f(pass);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("口令 secret\n");
    }
    const QString locked = t.dir.filePath(s("locked.djpkg"));
    REQUIRE(runCli({s("export"), t.a, s("--scope"), s("year:2025"), s("--passphrase-file"), pass, s("--out"), locked}).code == 0);
    CHECK(runCli({s("import"), t.b, locked}).code == 4);
    CHECK(runCli({s("import"), t.b, locked, s("--passphrase-file"), pass}).code == 0);
    CHECK(runCli({s("conflicts"), s("resolve"), t.b, s("1")}).code == 2);
    CHECK(runCli({s("conflicts"), s("resolve"), t.b, s("1"), s("--take"), s("mine")}).code == 3);
}
