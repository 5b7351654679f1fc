#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

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
    // The copy beside the file is named with the old version and still opens as version 1.
    REQUIRE(db->migrationBackupPath().endsWith(QStringLiteral("golden-schema-v1-backup.djdb")));
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
    QFile::copy(path, dir.filePath(QStringLiteral("golden-schema-v1-backup.djdb")));
    auto db = dj::Database::open(path);
    CHECK(db->migrationBackupPath().endsWith(QStringLiteral("golden-schema-v1-backup-2.djdb")));
}
