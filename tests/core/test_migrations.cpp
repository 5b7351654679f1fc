#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {
// Builds a data file from a golden SQL dump of an older schema version.
QString loadGolden(const QTemporaryDir &dir, const QString &fixture)
{
    QFile f(QStringLiteral(DJ_FIXTURES "/") + fixture);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("golden.djdb"));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, f.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    return path;
}
} // namespace

TEST_CASE("migration steps are numbered 1..N without gaps", "[migrations]")
{
    const auto &all = dj::Migrations::all();
    REQUIRE(all.size() >= 2);
    for (int i = 0; i < all.size(); ++i)
        CHECK(all.at(i).version == i + 1);
}

TEST_CASE("a version 1 file is backed up and migrated with its data intact", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = loadGolden(dir, QStringLiteral("schema_v1.sql"));
    CHECK(dj::Database::probe(path) == 1);
    auto db = dj::Database::open(path);
    CHECK(db->schemaVersion() == dj::Migrations::latestVersion());
    CHECK(db->officeName() == QStringLiteral("市商务局机关党委"));
    // The copy goes to the backups folder, says why it was made and still opens as version 1.
    REQUIRE(db->migrationBackupPath().startsWith(dir.filePath(QStringLiteral("backups/golden-"))));
    REQUIRE(db->migrationBackupPath().endsWith(QStringLiteral("-upgrade.djdb")));
    CHECK(dj::Database::probe(db->migrationBackupPath()) == 1);
    CHECK(dj::Query(*db, QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0")).scalar().toInt() == 2);
    CHECK(dj::Query(*db, QStringLiteral("SELECT name FROM organization WHERE code = 'SW-ZB01'")).scalar().toString()
          == QStringLiteral("中共市商务局办公室支部委员会"));
    CHECK(dj::Query(*db, QStringLiteral("SELECT count(*) FROM post")).scalar().toInt() == 0);
    CHECK(dj::Query(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString() == QStringLiteral("ok"));
}

TEST_CASE("a second upgrade of the same version keeps both backups", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = loadGolden(dir, QStringLiteral("schema_v1.sql"));
    dj::FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
    dj::ScopedClock scoped(clock);
    const QString stamp = clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QDir(dir.path()).mkpath(QStringLiteral("backups"));
    const QString first = dir.filePath(QStringLiteral("backups/golden-%1-upgrade.djdb").arg(stamp));
    QFile::copy(path, first);
    auto db = dj::Database::open(path);
    CHECK(db->migrationBackupPath() == dir.filePath(QStringLiteral("backups/golden-%1-upgrade-2.djdb").arg(stamp)));
    CHECK(QFile::exists(first));
}
