#include "BusinessDigest.h"

#include "BusinessTables.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <sodium.h>
#include <sqlite3.h>

namespace dj {

namespace {
void feed(crypto_generichash_state &h, const void *data, size_t size)
{
    crypto_generichash_update(&h, static_cast<const unsigned char *>(data), size);
}

void feedValue(crypto_generichash_state &h, sqlite3_stmt *stmt, int column)
{
    // Type tag, length, bytes: "1" and 1 and x'31' hash differently, as they are different data.
    const int type = sqlite3_column_type(stmt, column);
    const unsigned char tag = static_cast<unsigned char>(type);
    feed(h, &tag, 1);
    const void *bytes = nullptr;
    qint64 size = 0;
    QByteArray text;
    switch (type) {
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(stmt, column);
        feed(h, &v, sizeof v);
        return;
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(stmt, column);
        feed(h, &v, sizeof v);
        return;
    }
    case SQLITE_NULL:
        return;
    default:
        bytes = type == SQLITE_BLOB ? sqlite3_column_blob(stmt, column) : static_cast<const void *>(sqlite3_column_text(stmt, column));
        size = sqlite3_column_bytes(stmt, column);
    }
    feed(h, &size, sizeof size);
    if (size > 0)
        feed(h, bytes, size_t(size));
}
} // namespace

QString BusinessDigest::compute(Database &db)
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, QStringLiteral("libsodium could not be initialised."));
    crypto_generichash_state h;
    crypto_generichash_init(&h, nullptr, 0, crypto_generichash_BYTES);
    for (const QString &table : businessTables()) {
        // Table names come from our own list, never from input.
        const QByteArray sql = "SELECT * FROM " + table.toLatin1() + " ORDER BY id";
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            throw Error(Error::Kind::Storage, QString::fromUtf8(sqlite3_errmsg(db.handle())));
        const QByteArray name = table.toLatin1();
        feed(h, name.constData(), size_t(name.size() + 1));
        const int columns = sqlite3_column_count(stmt);
        for (int c = 0; c < columns; ++c) {
            const char *column = sqlite3_column_name(stmt, c);
            feed(h, column, strlen(column) + 1);
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            for (int c = 0; c < columns; ++c)
                feedValue(h, stmt, c);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            throw Error(Error::Kind::Storage, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash_final(&h, out, sizeof out);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace dj
