#include "TempDb.h"

#include "common/Error.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using dj::Database;
using dj::Error;

namespace {
QByteArray fileBytes(const QString &p)
{
    QFile f(p);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
Error::Kind openKind(const QString &path)
{
    try {
        Database::open(path);
    } catch (const Error &e) {
        return e.kind();
    }
    FAIL("open() accepted " << path.toStdString());
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("a new data file has our id, the latest schema and its office", "[database]")
{
    TempDb t;
    CHECK(t.db->schemaVersion() == dj::Migrations::latestVersion());
    CHECK(t.db->officeName() == QStringLiteral("测试机关"));
    CHECK(t.db->officeId().size() == 36);
    CHECK(dj::Query(*t.db, QStringLiteral("PRAGMA application_id")).scalar().toInt() == Database::ApplicationId);
    CHECK(dj::Query(*t.db, QStringLiteral("PRAGMA foreign_keys")).scalar().toInt() == 1);
    CHECK(dj::Query(*t.db, QStringLiteral("PRAGMA trusted_schema")).scalar().toInt() == 0);
    CHECK(dj::Query(*t.db, QStringLiteral("PRAGMA journal_mode")).scalar().toString() == QStringLiteral("wal"));
    CHECK(dj::Query(*t.db, QStringLiteral("PRAGMA synchronous")).scalar().toInt() == 2); // FULL
    CHECK(t.db->meta(QStringLiteral("created_at")).startsWith(QStringLiteral("2026-11-24T02:00")));
}

TEST_CASE("create refuses an existing file and an empty office name", "[database]")
{
    TempDb t;
    CHECK_THROWS_AS(Database::create(t.path(), QStringLiteral("x")), Error);
    CHECK_THROWS_AS(Database::create(t.path(QStringLiteral("b.djdb")), QStringLiteral("  ")), Error);
    CHECK_FALSE(QFile::exists(t.path(QStringLiteral("b.djdb"))));
}

TEST_CASE("reopening keeps the office and does not migrate again", "[database]")
{
    TempDb t;
    const QString id = t.db->officeId();
    t.db.reset();
    auto db = Database::open(t.path());
    CHECK(db->officeId() == id);
    CHECK(db->migrationBackupPath().isEmpty());
}

TEST_CASE("files that are not ours are refused and left untouched", "[database]")
{
    TempDb t;
    SECTION("missing") { CHECK(openKind(t.path(QStringLiteral("none.djdb"))) == Error::Kind::NotFound); }
    SECTION("text file")
    {
        const QString p = t.path(QStringLiteral("notes.djdb"));
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(200, 'x'));
        f.close();
        const QByteArray before = fileBytes(p);
        CHECK(openKind(p) == Error::Kind::NotOurFile);
        CHECK(fileBytes(p) == before);
    }
    SECTION("empty file") {
        const QString p = t.path(QStringLiteral("empty.djdb"));
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.close();
        CHECK(openKind(p) == Error::Kind::NotOurFile);
    }
    SECTION("another program's SQLite database")
    {
        const QString p = t.path(QStringLiteral("other.sqlite"));
        sqlite3 *raw = nullptr;
        sqlite3_open(p.toUtf8().constData(), &raw);
        sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        const QByteArray before = fileBytes(p);
        CHECK(openKind(p) == Error::Kind::NotOurFile);
        CHECK(fileBytes(p) == before);
    }
    SECTION("a file from a newer version")
    {
        const QString p = t.path(QStringLiteral("newer.djdb"));
        sqlite3 *raw = nullptr;
        sqlite3_open(p.toUtf8().constData(), &raw);
        const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(Database::ApplicationId) +
                               "; PRAGMA user_version = 99; CREATE TABLE future(x);";
        sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        const QByteArray before = fileBytes(p);
        try {
            Database::open(p);
            FAIL("opened a newer file");
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::TooNew);
            CHECK(e.message().contains(QStringLiteral("newer version")));
        }
        CHECK(fileBytes(p) == before);
    }
    SECTION("a damaged file")
    {
        t.db.reset();
        QFile f(t.path());
        f.open(QIODevice::ReadWrite);
        QByteArray bytes = f.readAll();
        // Keep the header (so it still looks like SQLite) and wreck the schema page.
        for (int i = 100; i < 4096 && i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        f.seek(0);
        f.write(bytes);
        f.close();
        QFile::remove(t.path() + QStringLiteral("-wal"));
        QFile::remove(t.path() + QStringLiteral("-shm"));
        const QByteArray before = fileBytes(t.path());
        CHECK(openKind(t.path()) == Error::Kind::Corrupt);
        CHECK(fileBytes(t.path()) == before);
    }
}

TEST_CASE("a copy made with the backup API is a complete data file", "[database]")
{
    TempDb t;
    t.db->setMeta(QStringLiteral("marker"), QStringLiteral("对"));
    const QString copy = t.path(QStringLiteral("copy.djdb"));
    int calls = 0;
    t.db->backupTo(copy, [&](int, int) { ++calls; return true; });
    CHECK(calls > 0);
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    auto c = Database::open(copy);
    CHECK(c->meta(QStringLiteral("marker")) == QStringLiteral("对"));
    CHECK(c->officeId() == t.db->officeId());
}

TEST_CASE("a cancelled backup leaves nothing at the destination", "[database]")
{
    TempDb t;
    const QString copy = t.path(QStringLiteral("copy.djdb"));
    CHECK_THROWS_AS(t.db->backupTo(copy, [](int, int) { return false; }), Error);
    CHECK_FALSE(QFile::exists(copy));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
}

TEST_CASE("the read-only open never writes", "[database]")
{
    TempDb t;
    t.db.reset();
    auto ro = Database::openReadOnly(t.path());
    CHECK(ro->isReadOnly());
    CHECK_THROWS_AS(ro->setMeta(QStringLiteral("k"), QStringLiteral("v")), Error);
}

TEST_CASE("business rows are tombstoned and versioned, never deleted", "[database]")
{
    TempDb t;
    dj::Query(*t.db, QStringLiteral("INSERT INTO organization (id, owner_office, updated_at, org_type, name, code) "
                                    "VALUES ('o1', 'x', 'now', 'party_group', '党组', 'C1')")).exec();
    CHECK_THROWS_AS(dj::Query(*t.db, QStringLiteral("DELETE FROM organization WHERE id = 'o1'")).exec(), Error);
    CHECK_THROWS_AS(dj::Query(*t.db, QStringLiteral("UPDATE organization SET name = 'x' WHERE id = 'o1'")).exec(), Error);
    dj::Query(*t.db, QStringLiteral("UPDATE organization SET name = 'x', version = version + 1 WHERE id = 'o1'")).exec();
    // Every business table carries the exchange columns.
    for (const char *table : {"organization", "person", "membership", "post"}) {
        dj::Query q(*t.db, QStringLiteral("SELECT name FROM pragma_table_info(:t)"));
        q.bind(QStringLiteral(":t"), QString::fromLatin1(table)).exec();
        QStringList cols;
        while (q.next())
            cols << q.text(0);
        INFO(table);
        for (const char *c : {"id", "owner_office", "version", "updated_at", "deleted"})
            CHECK(cols.contains(QString::fromLatin1(c)));
    }
}
