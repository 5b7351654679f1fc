#include "ExchangeFixture.h"
#include "SmallTree.h"
#include "common/Error.h"
#include "storage/BackupStore.h"
#include "audit/AuditEvent.h"
#include "Tamper.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using dj::BackupInfo;
using dj::BackupStore;

namespace {

int people(dj::Database &db) { return dj::Query(db, QStringLiteral("SELECT count(*) FROM person")).scalar().toInt(); }

QStringList backupNames(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.djdb")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("a backup is a verified copy in the folder beside the file, named by time and reason", "[backup]")
{
    SmallTree t;
    t.person(QStringLiteral("张三"), t.branch1);
    const QString head = QString::fromLatin1(dj::AuditEvent::head(*t.db).toHex().left(BackupInfo::HeadDigits));
    REQUIRE(head.size() == BackupInfo::HeadDigits);
    const BackupInfo b = BackupStore(*t.db).make(BackupInfo::Reason::Manual);
    CHECK(b.path == t.path(QStringLiteral("backups/test-20261124-%1-manual-%2.djdb")
                               .arg(t.clock.nowUtc().toLocalTime().toString(QStringLiteral("HHmmss")), head)));
    CHECK(b.head == head);
    CHECK(b.size == QFileInfo(b.path).size());
    CHECK(backupNames(t.path(QStringLiteral("backups"))).size() == 1); // no .part or journal left
    auto copy = dj::Database::openReadOnly(b.path);
    CHECK(people(*copy) == 1);
    CHECK(copy->officeId() == t.db->officeId());

    // Two in the same second do not overwrite each other.
    const BackupInfo again = BackupStore(*t.db).make(BackupInfo::Reason::Manual);
    CHECK(again.path.endsWith(QStringLiteral("-manual-%1-2.djdb").arg(head)));
    const QList<BackupInfo> all = BackupStore(*t.db).list();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).reason == BackupInfo::Reason::Manual);
    CHECK(all.at(0).head == head);
}

TEST_CASE("automatic backups rotate, manual and upgrade copies stay", "[backup]")
{
    TempDb t;
    BackupStore::setKeep(*t.db, 3);
    const BackupStore store(*t.db);
    store.make(BackupInfo::Reason::Manual);
    t.clock.advanceSecs(1);
    store.make(BackupInfo::Reason::Upgrade);
    QStringList made;
    for (int i = 0; i < 6; ++i) {
        t.clock.advanceSecs(60);
        made << store.make(i % 2 ? BackupInfo::Reason::Import : BackupInfo::Reason::Daily).path;
    }
    const QList<BackupInfo> left = store.list();
    REQUIRE(left.size() == 5);
    CHECK(left.at(0).path == made.at(5));
    CHECK(left.at(2).path == made.at(3));
    CHECK(left.at(3).reason == BackupInfo::Reason::Upgrade);
    CHECK(left.at(4).reason == BackupInfo::Reason::Manual);
    CHECK_FALSE(QFile::exists(made.at(0)));

    CHECK_THROWS_AS(BackupStore::setKeep(*t.db, 0), dj::Error);
    CHECK_THROWS_AS(BackupStore::setKeep(*t.db, BackupStore::MaxKeep + 1), dj::Error);
    CHECK(store.keep() == 3);
}

TEST_CASE("the daily copy is made once a day", "[backup]")
{
    TempDb t;
    const BackupStore store(*t.db);
    REQUIRE(store.makeDailyIfDue().has_value());
    t.clock.advanceSecs(3600);
    CHECK_FALSE(store.makeDailyIfDue().has_value());
    t.clock.advanceSecs(24 * 3600);
    const auto next = store.makeDailyIfDue();
    REQUIRE(next.has_value());
    CHECK(next->reason == BackupInfo::Reason::Daily);
    CHECK(store.list().size() == 2);
}

TEST_CASE("a backup into another folder does not rotate the backups folder", "[backup]")
{
    TempDb t;
    const QString usb = t.path(QStringLiteral("U盘/备份"));
    const BackupInfo b = BackupStore(*t.db).make(BackupInfo::Reason::Manual, {}, usb);
    CHECK(b.path.startsWith(usb + QLatin1Char('/')));
    CHECK(dj::Database::probe(b.path) >= 1);
    CHECK(BackupStore(*t.db).list().isEmpty());
}

TEST_CASE("a backup that cannot be written leaves nothing and says why", "[backup]")
{
    TempDb t;
    QFile blocker(t.path(QStringLiteral("backups")));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    try {
        BackupStore(*t.db).make(BackupInfo::Reason::Manual);
        FAIL("no error");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Storage);
        CHECK(e.message().contains(QStringLiteral("backups")));
    }
}

TEST_CASE("verify refuses a damaged copy and another office's file", "[backup]")
{
    TempDb t;
    dj::Query(*t.db, QStringLiteral("CREATE TABLE filler(x)")).exec();
    for (int i = 0; i < 200; ++i)
        dj::Query(*t.db, QStringLiteral("INSERT INTO filler VALUES (randomblob(1000))")).exec();
    const BackupInfo b = BackupStore(*t.db).make(BackupInfo::Reason::Manual);
    CHECK_NOTHROW(BackupStore::verify(b.path, t.db->officeId()));

    QFile f(b.path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(8192, '\x5a'));
    f.close();
    CHECK_THROWS_AS(BackupStore::verify(b.path, t.db->officeId()), dj::Error);

    auto other = dj::Database::create(t.path(QStringLiteral("other.djdb")), QStringLiteral("别的机关"));
    CHECK_THROWS_WITH(BackupStore::verify(other->path(), t.db->officeId()), Catch::Contains("别的机关"));
}

TEST_CASE("restore puts the backup's content back and keeps the current one first", "[backup]")
{
    SmallTree t;
    t.person(QStringLiteral("张三"), t.branch1, 11);
    const BackupInfo before = BackupStore(*t.db).make(BackupInfo::Reason::Manual);
    t.person(QStringLiteral("李四"), t.branch1, 13);
    REQUIRE(people(*t.db) == 2);

    t.clock.advanceSecs(5);
    const BackupInfo kept = BackupStore::restore(*t.db, before.path);
    CHECK(kept.reason == BackupInfo::Reason::Restore);
    CHECK(people(*t.db) == 1);
    t.db.reset();
    auto reopened = dj::Database::open(t.path());
    CHECK(people(*reopened) == 1);
    CHECK(dj::Query(*reopened, QStringLiteral("PRAGMA integrity_check")).scalar().toString() == QStringLiteral("ok"));
    CHECK(people(*dj::Database::openReadOnly(kept.path)) == 2);

    // Restoring the copy made before the restore undoes it.
    BackupStore::restore(*reopened, kept.path);
    CHECK(people(*reopened) == 2);
}

TEST_CASE("restore refuses another office's file and a damaged one, changing nothing", "[backup]")
{
    SmallTree t;
    t.person(QStringLiteral("张三"), t.branch1);
    auto other = dj::Database::create(t.path(QStringLiteral("other.djdb")), QStringLiteral("别的机关"));
    const QString otherPath = other->path();
    other.reset();
    CHECK_THROWS_AS(BackupStore::restore(*t.db, otherPath), dj::Error);
    CHECK_THROWS_AS(BackupStore::restore(*t.db, t.path()), dj::Error);
    QFile junk(t.path(QStringLiteral("junk.djdb")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all");
    junk.close();
    CHECK_THROWS_AS(BackupStore::restore(*t.db, junk.fileName()), dj::Error);
    CHECK(people(*t.db) == 1);
    CHECK(BackupStore(*t.db).list().isEmpty()); // refused before the copy of the current content
}

TEST_CASE("an import keeps a copy of the file as it was, a preview or a package with nothing new does not",
          "[backup][exchange]")
{
    Offices o;
    auto a = o.make(QStringLiteral("甲"));
    auto b = o.make(QStringLiteral("乙"));
    Offices::trust(*b, *a);
    addOrg(*a, dj::OrgType::PartyGroup, {}, QStringLiteral("中共甲党组"), QStringLiteral("JIA"));
    const QString package = o.send(*a);
    const QString digestBefore = Offices::digest(*b);

    CHECK(o.receive(*b, package, /*dryRun=*/true).backupPath.isEmpty());
    const dj::ImportOutcome done = o.receive(*b, package);
    REQUIRE_FALSE(done.backupPath.isEmpty());
    CHECK(Offices::digest(*dj::Database::openReadOnly(done.backupPath)) == digestBefore);
    CHECK(BackupStore(*b).list().size() == 1);

    const dj::ImportOutcome again = o.receive(*b, package);
    CHECK(again.nothingToDo);
    CHECK(again.backupPath.isEmpty());
    CHECK(BackupStore(*b).list().size() == 1);
}

TEST_CASE("a backup's name carries the audit head the copy holds; older names still list", "[backup]")
{
    SmallTree t;
    t.person(QStringLiteral("张三"), t.branch1);
    const BackupInfo b = BackupStore(*t.db).make(BackupInfo::Reason::Manual);
    auto copy = dj::Database::openReadOnly(b.path);
    // The copy's own head: a later check can find this entry in the log and anchor the copy.
    CHECK(b.head == QString::fromLatin1(dj::AuditEvent::head(*copy).toHex().left(BackupInfo::HeadDigits)));
    CHECK(b.head != QString(BackupInfo::HeadDigits, QLatin1Char('0'))); // the edits above were logged
    copy.reset();
    // Names from before issue 18 (no head) list as they did, with their reason and time.
    for (const QString &old : {QStringLiteral("test-20250101-080000-manual.djdb"),
                               QStringLiteral("test-20250101-080000-manual-2.djdb"),
                               QStringLiteral("test-20250102-080000-upgrade.djdb")})
        REQUIRE(QFile::copy(b.path, t.path(QStringLiteral("backups/") + old)));
    const QList<BackupInfo> all = BackupStore(*t.db).list();
    REQUIRE(all.size() == 4);
    CHECK(all.at(0).head == b.head);
    CHECK(all.at(1).reason == BackupInfo::Reason::Upgrade);
    CHECK(all.at(1).head.isEmpty());
    CHECK(all.at(1).when == QDateTime(QDate(2025, 1, 2), QTime(8, 0)));
    CHECK(all.at(3).reason == BackupInfo::Reason::Manual);
}

TEST_CASE("restore refuses a backup whose layout is not its data format's, before replacing anything", "[backup]")
{
    SmallTree t;
    t.person(QStringLiteral("张三"), t.branch1);
    const BackupInfo good = BackupStore(*t.db).make(BackupInfo::Reason::Manual);
    const QList<QByteArray> forgeries = {
        // a trigger that would run in the program's connection after the restore
        "CREATE TRIGGER evil AFTER INSERT ON person BEGIN DELETE FROM membership; END",
        // a data format one lower: reopening would run the last migration again over it
        "PRAGMA user_version = " + QByteArray::number(dj::Migrations::latestVersion() - 1),
        // a table gone, an index gone, a table too many
        "PRAGMA foreign_keys = OFF; DROP TABLE post",
        "DROP INDEX person_name",
        "CREATE TABLE extra (x)",
    };
    int n = 0;
    for (const QByteArray &sql : forgeries) {
        CAPTURE(sql.constData());
        const QString path = t.path(QStringLiteral("forged%1.djdb").arg(++n));
        REQUIRE(QFile::copy(good.path, path));
        tamper(path, sql);
        const int backups = int(BackupStore(*t.db).list().size());
        CHECK_THROWS_WITH(BackupStore::restore(*t.db, path), Catch::Contains("cannot be restored"));
        CHECK(BackupStore(*t.db).list().size() == backups); // not even the copy before a restore
        CHECK(people(*t.db) == 1);
    }
    // The sound copy still restores.
    CHECK_NOTHROW(BackupStore::restore(*t.db, good.path));
}
