#include "PackageBytes.h"
#include "exchange/OffsetVfs.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace dj;

namespace {
void exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

QString scalarText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const QString v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return v;
}
} // namespace

TEST_CASE("a database built through the offset VFS sits after the kept bytes and opens once cut out", "[package][vfs]")
{
    QTemporaryDir dir;
    // A path with characters a URI must escape.
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("交换 #1 50%?")));
    const QString path = dir.filePath(QStringLiteral("交换 #1 50%?/p.djpkg.part"));
    const QByteArray kept(4096, 'K');
    writeAll(path, kept);

    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(OffsetVfs::uri(path, kept.size()).toUtf8().constData(), &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr) == SQLITE_OK);
    exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); BEGIN");
    for (int i = 0; i < 3000; ++i) // more than the page cache holds, so pages are written early
        exec(db, "INSERT INTO t (v) VALUES (hex(randomblob(200)))");
    exec(db, "COMMIT");
    CHECK(scalarText(db, "SELECT count(*) FROM t") == QStringLiteral("3000"));
    sqlite3_close_v2(db);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));

    const QByteArray all = readAll(path);
    CHECK(all.left(kept.size()) == kept);
    CHECK(all.mid(kept.size(), 16) == QByteArray("SQLite format 3", 16));
    const QString cut = dir.filePath(QStringLiteral("cut.sqlite"));
    writeAll(cut, all.mid(kept.size()));
    REQUIRE(sqlite3_open_v2(cut.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    CHECK(scalarText(db, "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(scalarText(db, "SELECT count(*) FROM t") == QStringLiteral("3000"));
    sqlite3_close_v2(db);
}
