#pragma once

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>
#include <sqlite3.h>

// Runs `sql` on the file through a connection of its own, as another tool (sqlite3, a
// database browser) would: none of the program's TEMP triggers guard it.
inline void tamper(const QString &path, const QByteArray &sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err);
    const QByteArray message = err ? QByteArray(err) : QByteArray();
    sqlite3_free(err);
    sqlite3_close_v2(h);
    INFO(message.constData());
    REQUIRE(rc == SQLITE_OK);
}
