// dangjian-cli export / import / import log / import undo / conflicts, as an office would use
// them, and an import killed at its crash points leaving all or nothing.
#include "AddOrg.h"
#include "CliRun.h"
#include "ExchangeFixture.h"
#include "org/IdNumber.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"

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
    r = runCli({s("import"), t.b, t.pkg, s("--trust"), s("--speaks-for"), s("department"), s("--dry-run"), s("--json")},
               "yes\n");
    REQUIRE(r.code == 0);
    const QJsonObject preview = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('{'))).object();
    CHECK(preview.value(s("dryRun")).toBool());
    const double rows = preview[s("counts")][s("new")][s("total")].toDouble();
    CHECK(rows > 1000);
    CHECK(preview[s("counts")][s("new")][s("tables")][s("organization")].toDouble() > 0);
    CHECK(t.digest(t.b) == before);

    // The preview trusted nothing: trust is committed only with an import.
    CHECK(runCli({s("import"), t.b, t.pkg}).code == 4);
    r = runCli({s("import"), t.b, t.pkg, s("--trust"), s("--speaks-for"), s("department"), s("--yes"), s("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject done = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('{'))).object();
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
    REQUIRE(runCli({s("office"), s("trust"), t.b, s("--key"), t.key, s("--speaks-for"), s("department"), s("--yes")}).code == 0);
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
    REQUIRE(runCli({s("office"), s("trust"), t.b, s("--key"), t.key, s("--speaks-for"), s("department"), s("--yes")}).code == 0);
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

TEST_CASE("in Chinese the command line names tables, columns and counts as officers do",
          "[exchange][cli][i18n]")
{
    // Issue 17, item 15: the tables, categories and settlements of the exchange commands, the
    // audit log and info come out as 组织, 冲突, 保留本单位, not organization, conflicts, mine.
    Offices x;
    QString a, package;
    {
        auto da = x.make(s("甲"));
        auto db = x.make(s("乙"));
        const QStringList ids = smallTree(*da);
        dj::Person p;
        p.name = s("王芳");
        p.gender = QLatin1Char('F');
        p.birthDate = QDate(1980, 5, 6);
        p.idNumber = dj::IdNumber::compose(s("110101"), p.birthDate, 12);
        p.joinedOn = QDate(2005, 7, 1);
        p.fullMemberOn = QDate(2006, 7, 1);
        p.branchId = ids[2];
        dj::PersonRepository(*da).insert(p, QDate(2020, 1, 1));
        Offices::trust(*db, *da);
        Offices::trust(*da, *db);
        x.receive(*db, x.send(*da));
        for (dj::Database *d : {da.get(), db.get()}) {
            x.tick();
            dj::OrganizationRepository orgs(*d);
            dj::Organization o = orgs.get(ids[2]);
            o.name = d == da.get() ? s("甲改的名字") : s("乙改的名字");
            orgs.update(o);
        }
        package = x.send(*db);
        a = da->path();
    }
    const QStringList zh{s("DJ_LANG=zh_CN")};
    const QString imported = QString::fromUtf8(runCli({s("import"), a, package}, {}, zh).out);
    CHECK(imported.contains(s("冲突\t1")));
    const QString conflicts = QString::fromUtf8(runCli({s("conflicts"), a}, {}, zh).out);
    CHECK(conflicts.contains(s("\t组织\t")));
    CHECK(conflicts.contains(s("名称 (name)"))); // the label, and the name --theirs-fields takes
    REQUIRE(runCli({s("conflicts"), s("resolve"), a, s("1"), s("--take"), s("mine")}, {}, zh).code == 0);
    const QString settled = QString::fromUtf8(runCli({s("conflicts"), a, s("--all")}, {}, zh).out);
    CHECK(settled.contains(s("保留本单位")));
    const QString log = QString::fromUtf8(runCli({s("import"), s("log"), a}, {}, zh).out);
    CHECK(log.contains(s("新增 0，更新 0，删除 0，冲突 1")));
    const QString audit = QString::fromUtf8(runCli({s("audit"), a}, {}, zh).out);
    CHECK(audit.contains(s("组织")));
    CHECK(audit.contains(s("修改")));
    const QString info = QString::fromUtf8(runCli({s("info"), a}, {}, zh).out);
    CHECK(info.contains(s("  组织：4 行")));
    const QString people = QString::fromUtf8(runCli({s("person"), s("list"), a}, {}, zh).out);
    CHECK(people.startsWith(s("王芳\t女\t1980-05-06\t正式党员\tA11\t")));
    for (const QString &out : {imported, conflicts, settled, log, audit, info, people})
        for (const char *raw : {"organization", "mine", "new ", "updated", "deleted", "update "}) {
            INFO(out.toStdString());
            CHECK_FALSE(out.contains(QString::fromLatin1(raw)));
        }
}
