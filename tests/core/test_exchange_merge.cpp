// Packages between offices: a full round trip, idempotent re-import, concurrent edits as
// conflicts settled both ways, tombstones, convergence in any order, scopes, undo.
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "common/Error.h"
#include "exchange/ConflictRepository.h"
#include "exchange/ImportLog.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

using namespace dj;

namespace {
void rename(Database &db, const QString &id, const QString &name)
{
    OrganizationRepository orgs(db);
    Organization o = orgs.get(id);
    o.name = name;
    orgs.update(o);
}

qint64 count(const ImportOutcome &o, ImportCounts::Category c) { return o.counts.total(c); }
} // namespace

TEST_CASE("export all and import into a new file gives the same business rows", "[exchange][merge]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    smallTree(*a);
    Offices::trust(*b, *a);
    const QString pkg = x.send(*a);
    const ImportOutcome first = x.receive(*b, pkg);
    CHECK(count(first, ImportCounts::New) == 4);
    CHECK(count(first, ImportCounts::Unchanged) == 0);
    CHECK(first.importId > 0);
    CHECK(Offices::digest(*a) == Offices::digest(*b));

    // Again: nothing changes, and it says so; nothing is logged twice.
    const ImportOutcome again = x.receive(*b, pkg);
    CHECK(again.nothingToDo);
    CHECK(count(again, ImportCounts::Unchanged) == 4);
    CHECK(ImportLog(*b).all().size() == 1);
    CHECK(Offices::digest(*a) == Offices::digest(*b));
}

TEST_CASE("a newer version is applied, an older one ignored, a tombstone travels", "[exchange][merge]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList ids = smallTree(*a);
    Offices::trust(*b, *a);
    Offices::trust(*a, *b);
    const QString v1 = x.send(*a);
    x.receive(*b, v1);
    x.tick();
    rename(*a, ids[2], QStringLiteral("第一党支部"));
    x.tick();
    OrganizationRepository(*a).remove(ids[3]);
    const ImportOutcome o = x.receive(*b, x.send(*a));
    CHECK(count(o, ImportCounts::Updated) == 1);
    CHECK(count(o, ImportCounts::Deleted) == 1);
    CHECK(count(o, ImportCounts::Conflict) == 0);
    CHECK(OrganizationRepository(*b).get(ids[2]).name == QStringLiteral("第一党支部"));
    CHECK(Offices::digest(*a) == Offices::digest(*b));
    // The first package again is older now: ignored, nothing changes.
    const ImportOutcome old = x.receive(*b, v1);
    CHECK(old.nothingToDo);
    CHECK(count(old, ImportCounts::Older) == 2);
    CHECK(Offices::digest(*a) == Offices::digest(*b));
    // And back: b's copy descends from a's rows, so a has nothing to take.
    CHECK(x.receive(*a, x.send(*b)).nothingToDo);
}

TEST_CASE("the same row changed at two offices is a conflict settled either way", "[exchange][merge][conflict]")
{
    for (const bool takeTheirs : {false, true}) {
        Offices x;
        auto a = x.make(QStringLiteral("甲"));
        auto b = x.make(QStringLiteral("乙"));
        const QStringList ids = smallTree(*a);
        Offices::trust(*b, *a);
        Offices::trust(*a, *b);
        x.receive(*b, x.send(*a));
        x.tick();
        rename(*a, ids[2], QStringLiteral("甲改的名字"));
        x.tick();
        rename(*b, ids[2], QStringLiteral("乙改的名字"));
        const ImportOutcome o = x.receive(*a, x.send(*b));
        REQUIRE(count(o, ImportCounts::Conflict) == 1);
        ConflictRepository conflicts(*a);
        REQUIRE(conflicts.openCount() == 1);
        const SyncConflict c = conflicts.list().first();
        CHECK(c.rowId == ids[2]);
        CHECK(c.differing().contains(QStringLiteral("name")));
        const int name = int(c.columns.indexOf(QStringLiteral("name")));
        CHECK(c.mine.value(name).toString() == QStringLiteral("甲改的名字"));
        CHECK(c.theirs.value(name).toString() == QStringLiteral("乙改的名字"));
        // Nothing is lost while it waits: one version in the table, the other in the conflict.
        const QString shown = OrganizationRepository(*a).get(ids[2]).name;
        CHECK((shown == QStringLiteral("甲改的名字") || shown == QStringLiteral("乙改的名字")));
        // Importing the same package again adds no second conflict.
        CHECK(x.receive(*a, x.send(*b)).nothingToDo);
        CHECK(conflicts.openCount() == 1);

        conflicts.resolve(c.id, takeTheirs ? ConflictRepository::Take::Theirs : ConflictRepository::Take::Mine,
                          QStringLiteral("test"));
        CHECK(conflicts.openCount() == 0);
        const QString kept = takeTheirs ? QStringLiteral("乙改的名字") : QStringLiteral("甲改的名字");
        CHECK(OrganizationRepository(*a).get(ids[2]).name == kept);
        // The decision travels: b takes it as newer than both, without a new conflict.
        const ImportOutcome back = x.receive(*b, x.send(*a));
        CHECK(count(back, ImportCounts::Conflict) == 0);
        CHECK(OrganizationRepository(*b).get(ids[2]).name == kept);
        CHECK(Offices::digest(*a) == Offices::digest(*b));
    }
}

TEST_CASE("a conflict can be settled field by field", "[exchange][merge][conflict]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList ids = smallTree(*a);
    Offices::trust(*b, *a);
    Offices::trust(*a, *b);
    x.receive(*b, x.send(*a));
    x.tick();
    {
        OrganizationRepository orgs(*a);
        Organization o = orgs.get(ids[2]);
        o.name = QStringLiteral("甲的名字");
        o.shortName = QStringLiteral("甲简称");
        orgs.update(o);
    }
    x.tick();
    {
        OrganizationRepository orgs(*b);
        Organization o = orgs.get(ids[2]);
        o.name = QStringLiteral("乙的名字");
        o.shortName = QStringLiteral("乙简称");
        orgs.update(o);
    }
    x.receive(*a, x.send(*b));
    ConflictRepository conflicts(*a);
    REQUIRE(conflicts.openCount() == 1);
    conflicts.resolveFields(conflicts.list().first().id, {QStringLiteral("short_name")}, QStringLiteral("test"));
    const Organization o = OrganizationRepository(*a).get(ids[2]);
    CHECK(o.name == QStringLiteral("甲的名字"));
    CHECK(o.shortName == QStringLiteral("乙简称"));
    CHECK_THROWS_AS(conflicts.resolve(conflicts.list(false).first().id, ConflictRepository::Take::Mine, {}), Error);
}

TEST_CASE("three offices importing in different orders end with the same data", "[exchange][merge][converge]")
{
    Offices x;
    auto origin = x.make(QStringLiteral("机关党委"));
    const QStringList ids = smallTree(*origin);
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    auto c = x.make(QStringLiteral("丙"));
    for (auto *office : {a.get(), b.get(), c.get()}) {
        Offices::trust(*office, *origin);
        x.receive(*office, x.send(*origin));
    }
    for (auto *office : {a.get(), b.get(), c.get()})
        for (auto *peer : {a.get(), b.get(), c.get()})
            if (office != peer)
                Offices::trust(*office, *peer);
    // Each office changes something of its own, and a and b change the same row.
    x.tick();
    rename(*a, ids[2], QStringLiteral("甲改"));
    x.tick();
    rename(*b, ids[2], QStringLiteral("乙改"));
    x.tick();
    OrganizationRepository(*c).remove(ids[3]);
    x.tick();
    rename(*a, ids[1], QStringLiteral("机关党委（甲）"));
    const QString pa = x.send(*a), pb = x.send(*b), pc = x.send(*c);

    // Three fresh offices take the three packages in three orders.
    const QList<QStringList> orders = {{pa, pb, pc}, {pc, pb, pa}, {pb, pc, pa}};
    QStringList digests;
    for (int i = 0; i < orders.size(); ++i) {
        auto d = x.make(QStringLiteral("丁%1").arg(i));
        for (auto *peer : {a.get(), b.get(), c.get()})
            Offices::trust(*d, *peer);
        for (const QString &p : orders[i])
            x.receive(*d, p);
        digests << Offices::digest(*d);
        // a's and b's rename of the same branch. d got the origin's rows from whichever package
        // came first, never from the office that claims to follow them: such relayed claims are
        // not believed (issue 18) and wait for a person as conflicts too.
        QStringList conflicted;
        for (const SyncConflict &c : ConflictRepository(*d).list())
            conflicted << c.rowId;
        CHECK(conflicted.contains(ids[2]));
    }
    CHECK(digests[0] == digests[1]);
    CHECK(digests[1] == digests[2]);
}

TEST_CASE("the last import can be undone exactly, and only while nothing built on it", "[exchange][merge][undo]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList ids = smallTree(*a);
    Offices::trust(*b, *a);
    x.receive(*b, x.send(*a));
    const QString before = Offices::digest(*b);
    x.tick();
    rename(*a, ids[2], QStringLiteral("新名字"));
    Organization added;
    added.type = OrgType::Branch;
    added.parentId = ids[1];
    added.name = QStringLiteral("第三支部");
    added.code = QStringLiteral("A13");
    added.termYears = 3;
    const QString third = OrganizationRepository(*a).insert(added);
    const QString pkg = x.send(*a);
    x.receive(*b, pkg);
    REQUIRE(Offices::digest(*b) == Offices::digest(*a));

    ImportLog log(*b);
    log.undoLast(QStringLiteral("test"));
    CHECK(Offices::digest(*b) == before);
    CHECK_THROWS_AS(OrganizationRepository(*b).get(third), Error);
    CHECK_FALSE(log.all().first().undoneAt.isEmpty());
    CHECK_THROWS_AS(log.undoLast(QStringLiteral("test")), Error); // once

    // The same package can be imported again after an undo.
    x.receive(*b, pkg);
    CHECK(Offices::digest(*b) == Offices::digest(*a));
    // Once a row the import wrote has been changed here, undo would lose that: refused.
    x.tick();
    rename(*b, third, QStringLiteral("第三党支部"));
    const QString changed = Offices::digest(*b);
    CHECK_THROWS_WITH(log.undoLast(QStringLiteral("test")), Catch::Contains("changed since"));
    CHECK(Offices::digest(*b) == changed);
}

TEST_CASE("scopes carry a subtree, a year or the schemes, with what they refer to", "[exchange][scope]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList ids = smallTree(*a);
    Offices::trust(*b, *a);
    const ImportOutcome o = x.receive(*b, x.send(*a, QStringLiteral("org:A11")));
    // The branch and the chain above it (so nothing dangles), not its sibling.
    CHECK(count(o, ImportCounts::New) == 3);
    CHECK_NOTHROW(OrganizationRepository(*b).get(ids[2]));
    CHECK_THROWS_AS(OrganizationRepository(*b).get(ids[3]), Error);
    CHECK_THROWS_WITH(x.send(*a, QStringLiteral("org:NOPE")), Catch::Contains("NOPE"));
    CHECK_THROWS_AS(ExchangeScope::parse(QStringLiteral("year:19")), Error);
    CHECK(x.receive(*b, x.send(*a, QStringLiteral("schemes"))).nothingToDo); // none made yet
}

TEST_CASE("an incremental package carries only what changed since the last one to that office", "[exchange][scope]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList ids = smallTree(*a);
    Offices::trust(*b, *a);
    CHECK(count(x.receive(*b, x.send(*a, QStringLiteral("all"), true, b.get())), ImportCounts::New) == 4);
    x.tick();
    rename(*a, ids[3], QStringLiteral("第二党支部"));
    const QString inc = x.send(*a, QStringLiteral("all"), true, b.get());
    const ImportOutcome o = x.receive(*b, inc);
    CHECK(count(o, ImportCounts::Updated) == 1);
    // The renamed branch and, so nothing dangles, the organisations above it; not its sibling.
    CHECK(count(o, ImportCounts::Unchanged) == 2);
    CHECK(PackageReader(inc).header().incremental);
    CHECK(PackageReader(inc).header().sequence == 2);
    CHECK(Offices::digest(*a) == Offices::digest(*b));
}

TEST_CASE("a missing package in a sender's sequence is shown as a warning", "[exchange][merge]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList ids = smallTree(*a);
    Offices::trust(*b, *a);
    CHECK(x.receive(*b, x.send(*a, QStringLiteral("all"), false, b.get())).gapWarning.isEmpty());
    x.tick();
    rename(*a, ids[2], QStringLiteral("一"));
    x.send(*a, QStringLiteral("all"), false, b.get()); // lost on the way
    x.tick();
    rename(*a, ids[2], QStringLiteral("二"));
    const ImportOutcome o = x.receive(*b, x.send(*a, QStringLiteral("all"), false, b.get()));
    CHECK_THAT(o.gapWarning.toStdString(), Catch::Contains("2"));
    CHECK(ImportLog(*b).all().first().expectedSequence == 2);
}
