#include "AuditHash.h"

#include <QtEndian>

#include <cstring>
#include <sqlite3.h>

namespace dj {

AuditHash::AuditHash() { crypto_generichash_init(&m_state, nullptr, 0, Bytes); }

void AuditHash::feed(const void *data, size_t size)
{
    crypto_generichash_update(&m_state, static_cast<const unsigned char *>(data), size);
}

void AuditHash::addNull()
{
    const char tag = 'N';
    feed(&tag, 1);
}

void AuditHash::addInteger(qint64 v)
{
    unsigned char buf[9];
    buf[0] = 'I';
    qToLittleEndian<qint64>(v, buf + 1);
    feed(buf, sizeof buf);
}

void AuditHash::addReal(double v)
{
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof v, "IEEE-754 double");
    std::memcpy(&bits, &v, sizeof bits);
    unsigned char buf[9];
    buf[0] = 'R';
    qToLittleEndian<quint64>(bits, buf + 1);
    feed(buf, sizeof buf);
}

void AuditHash::addBytes(char tag, const void *data, qint64 size)
{
    unsigned char buf[9];
    buf[0] = static_cast<unsigned char>(tag);
    qToLittleEndian<qint64>(size, buf + 1);
    feed(buf, sizeof buf);
    if (size > 0)
        feed(data, size_t(size));
}

void AuditHash::addText(const QByteArray &utf8) { addBytes('T', utf8.constData(), utf8.size()); }

void AuditHash::addBlob(const QByteArray &bytes) { addBytes('B', bytes.constData(), bytes.size()); }

void AuditHash::addValue(sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        addInteger(sqlite3_value_int64(v));
        return;
    case SQLITE_FLOAT:
        addReal(sqlite3_value_double(v));
        return;
    case SQLITE_TEXT: {
        const unsigned char *p = sqlite3_value_text(v); // before _bytes: the size of this form
        addBytes('T', p, sqlite3_value_bytes(v));
        return;
    }
    case SQLITE_BLOB: {
        const void *p = sqlite3_value_blob(v);
        addBytes('B', p, sqlite3_value_bytes(v));
        return;
    }
    default:
        addNull();
    }
}

void AuditHash::addColumn(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        addInteger(sqlite3_column_int64(stmt, column));
        return;
    case SQLITE_FLOAT:
        addReal(sqlite3_column_double(stmt, column));
        return;
    case SQLITE_TEXT: {
        const unsigned char *p = sqlite3_column_text(stmt, column);
        addBytes('T', p, sqlite3_column_bytes(stmt, column));
        return;
    }
    case SQLITE_BLOB: {
        const void *p = sqlite3_column_blob(stmt, column);
        addBytes('B', p, sqlite3_column_bytes(stmt, column));
        return;
    }
    default:
        addNull();
    }
}

QByteArray AuditHash::result()
{
    QByteArray out(Bytes, Qt::Uninitialized);
    crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), Bytes);
    return out;
}

} // namespace dj
