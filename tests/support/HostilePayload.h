#pragma once

#include "ExchangeFixture.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/PackageHeader.h"
#include "exchange/PackageWriter.h"
#include "exchange/PayloadBuilder.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

// A package properly signed by `from` whose payload was edited after it was built: `sql` runs
// on the payload with its CHECK constraints ignored and, for each table in `nullable`, its NOT
// NULLs lifted for the edit (the schema text is put back after, as a forger with a hex editor
// would leave it). Only the import's own checks stand between such a package and the file.
inline QString hostilePackage(Offices &x, dj::Database &from, const QByteArray &sql, const QStringList &nullable = {})
{
    const QString payload = x.path(QStringLiteral("hostile-payload.sqlite"));
    QFile::remove(payload);
    dj::PayloadBuilder(from).build(payload, dj::ExchangeScope{});
    const auto exec = [&](sqlite3 *p, const QByteArray &q) {
        char *err = nullptr;
        const int rc = sqlite3_exec(p, q.constData(), nullptr, nullptr, &err);
        INFO((err ? err : "") << " in " << q.constData());
        sqlite3_free(err);
        REQUIRE(rc == SQLITE_OK);
    };
    sqlite3 *p = nullptr;
    QList<QPair<QString, QByteArray>> kept;
    if (!nullable.isEmpty()) {
        REQUIRE(sqlite3_open(payload.toUtf8().constData(), &p) == SQLITE_OK);
        exec(p, "PRAGMA writable_schema = ON");
        for (const QString &t : nullable) {
            sqlite3_stmt *s = nullptr;
            REQUIRE(sqlite3_prepare_v2(p, "SELECT sql FROM sqlite_schema WHERE name = ?1", -1, &s, nullptr) == SQLITE_OK);
            const QByteArray name = t.toUtf8();
            sqlite3_bind_text(s, 1, name.constData(), -1, SQLITE_TRANSIENT);
            REQUIRE(sqlite3_step(s) == SQLITE_ROW);
            const QByteArray original = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
            sqlite3_finalize(s);
            kept.append({t, original});
            QByteArray loose = original;
            loose.replace("PRIMARY KEY NOT NULL", "PRIMARY KEY").replace("NOT NULL", "");
            sqlite3_stmt *u = nullptr;
            REQUIRE(sqlite3_prepare_v2(p, "UPDATE sqlite_schema SET sql = ?1 WHERE name = ?2", -1, &u, nullptr) == SQLITE_OK);
            sqlite3_bind_text(u, 1, loose.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(u, 2, name.constData(), -1, SQLITE_TRANSIENT);
            REQUIRE(sqlite3_step(u) == SQLITE_DONE);
            sqlite3_finalize(u);
        }
        sqlite3_close(p);
    }
    REQUIRE(sqlite3_open(payload.toUtf8().constData(), &p) == SQLITE_OK);
    exec(p, "PRAGMA ignore_check_constraints = 1");
    exec(p, sql);
    if (!kept.isEmpty()) {
        exec(p, "PRAGMA writable_schema = ON");
        for (const auto &k : kept) {
            sqlite3_stmt *u = nullptr;
            REQUIRE(sqlite3_prepare_v2(p, "UPDATE sqlite_schema SET sql = ?1 WHERE name = ?2", -1, &u, nullptr) == SQLITE_OK);
            const QByteArray name = k.first.toUtf8();
            sqlite3_bind_text(u, 1, k.second.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(u, 2, name.constData(), -1, SQLITE_TRANSIENT);
            REQUIRE(sqlite3_step(u) == SQLITE_DONE);
            sqlite3_finalize(u);
        }
    }
    sqlite3_close(p);
    dj::PackageHeader h;
    h.sender = dj::OfficeIdentity::publicKey(from);
    h.scope = QStringLiteral("all");
    h.schemaVersion = from.schemaVersion();
    h.sequence = 1;
    const QString out = x.path(QStringLiteral("hostile%1.djpkg").arg(++x.packages));
    dj::PackageWriter::write(out, h, payload, dj::OfficeIdentity::secretKey(from), {});
    return out;
}
