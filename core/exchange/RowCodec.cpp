#include "RowCodec.h"

#include "SqlStmt.h"
#include "common/Error.h"

#include <cstring>
#include <sodium.h>
#include <sqlite3.h>

namespace dj {

namespace {
enum Tag : quint8 { Integer = 1, Real = 2, Text = 3, Blob = 4, Null = 5 };

void put(QByteArray &out, const void *p, int n) { out.append(static_cast<const char *>(p), n); }
void putBytes(QByteArray &out, quint8 tag, const char *p, int n)
{
    out.append(char(tag));
    const quint32 len = quint32(n);
    put(out, &len, sizeof len);
    if (n > 0)
        out.append(p, n);
}

[[noreturn]] void damaged()
{
    throw Error(Error::Kind::Corrupt, QStringLiteral("A stored row copy is damaged."));
}
} // namespace

QByteArray RowCodec::encode(sqlite3_stmt *stmt, int first, int count)
{
    QByteArray out;
    for (int c = first; c < first + count; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER: {
            const qint64 v = sqlite3_column_int64(stmt, c);
            out.append(char(Integer));
            put(out, &v, sizeof v);
            break;
        }
        case SQLITE_FLOAT: {
            const double v = sqlite3_column_double(stmt, c);
            out.append(char(Real));
            put(out, &v, sizeof v);
            break;
        }
        case SQLITE_TEXT:
            putBytes(out, Text, reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)), sqlite3_column_bytes(stmt, c));
            break;
        case SQLITE_BLOB:
            putBytes(out, Blob, static_cast<const char *>(sqlite3_column_blob(stmt, c)), sqlite3_column_bytes(stmt, c));
            break;
        default:
            out.append(char(Null));
        }
    }
    return out;
}

QVariantList RowCodec::decode(const QByteArray &row)
{
    QVariantList values;
    int i = 0;
    const int n = int(row.size());
    while (i < n) {
        const quint8 tag = quint8(row.at(i++));
        if (tag == Null) {
            values.append(QVariant());
        } else if (tag == Integer || tag == Real) {
            if (i + 8 > n)
                damaged();
            if (tag == Integer) {
                qint64 v;
                std::memcpy(&v, row.constData() + i, 8);
                values.append(v);
            } else {
                double v;
                std::memcpy(&v, row.constData() + i, 8);
                values.append(v);
            }
            i += 8;
        } else if (tag == Text || tag == Blob) {
            quint32 len;
            if (i + 4 > n)
                damaged();
            std::memcpy(&len, row.constData() + i, 4);
            i += 4;
            if (qint64(i) + len > n)
                damaged();
            const QByteArray bytes = row.mid(i, int(len));
            values.append(tag == Text ? QVariant(QString::fromUtf8(bytes)) : QVariant(bytes));
            i += int(len);
        } else {
            damaged();
        }
    }
    return values;
}

QByteArray RowCodec::encode(const QVariantList &values)
{
    QByteArray out;
    for (const QVariant &v : values) {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            out.append(char(Null));
            break;
        case QMetaType::Double: {
            const double d = v.toDouble();
            out.append(char(Real));
            put(out, &d, sizeof d);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            putBytes(out, Blob, b.constData(), int(b.size()));
            break;
        }
        case QMetaType::QString: {
            const QByteArray t = v.toString().toUtf8();
            putBytes(out, Text, t.constData(), int(t.size()));
            break;
        }
        default: {
            const qint64 x = v.toLongLong();
            out.append(char(Integer));
            put(out, &x, sizeof x);
        }
        }
    }
    return out;
}

int RowCodec::bind(sqlite3_stmt *stmt, int first, const QByteArray &row)
{
    const QVariantList values = decode(row);
    int p = first;
    for (const QVariant &v : values) {
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(stmt, p);
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(stmt, p, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            rc = sqlite3_bind_blob(stmt, p, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QString: {
            const QByteArray t = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, p, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            break;
        }
        default:
            rc = sqlite3_bind_int64(stmt, p, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            throw Error(Error::Kind::Storage, QString::fromUtf8(sqlite3_errstr(rc)));
        ++p;
    }
    return p - first;
}

QByteArray RowCodec::hash(const QByteArray &row)
{
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(row.constData()), size_t(row.size()),
                       nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out);
}

QStringList tableColumns(sqlite3 *db, const QString &table, const QByteArray &schema)
{
    SqlStmt s(db, "PRAGMA " + schema + ".table_info(" + quoteIdent(table) + ")");
    QStringList columns;
    while (s.step())
        columns << s.text(1);
    return columns;
}

QByteArray columnList(const QStringList &columns, const QByteArray &alias)
{
    QByteArray out;
    for (const QString &c : columns) {
        if (!out.isEmpty())
            out += ", ";
        if (!alias.isEmpty())
            out += alias + '.';
        out += quoteIdent(c);
    }
    return out;
}

QByteArray assignments(const QStringList &columns)
{
    QByteArray sets;
    for (int i = 1; i < columns.size(); ++i)
        sets += (sets.isEmpty() ? "" : ", ") + quoteIdent(columns.at(i)) + " = ?" + QByteArray::number(i + 1);
    return sets;
}

} // namespace dj
