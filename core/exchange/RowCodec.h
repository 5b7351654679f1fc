#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace dj {

// A business row as exact bytes: every column type-tagged (integer, REAL bits, text, BLOB,
// NULL), so a row kept for undo or for a conflict comes back bit for bit.
class RowCodec
{
public:
    // Encodes `count` result columns of the current row of `stmt` starting at `first`.
    static QByteArray encode(sqlite3_stmt *stmt, int first, int count);
    // Binds the encoded values to parameters first, first+1, …; returns how many were bound.
    static int bind(sqlite3_stmt *stmt, int first, const QByteArray &row);
    static QVariantList decode(const QByteArray &row);
    static QByteArray encode(const QVariantList &values);
    // 16-byte BLAKE2b of the encoded row: the last tie-break between two versions.
    static QByteArray hash(const QByteArray &row);
};

// The columns of `table` in declaration order (PRAGMA table_info), in schema `schema`.
QStringList tableColumns(sqlite3 *db, const QString &table, const QByteArray &schema = QByteArrayLiteral("main"));
// "c1", "c2", … quoted, optionally each prefixed by `alias.`.
QByteArray columnList(const QStringList &columns, const QByteArray &alias = {});
// "c2" = ?2, "c3" = ?3, …: every column but the first (the id, bound as ?1), for an UPDATE
// that writes a whole row given as RowCodec bytes.
QByteArray assignments(const QStringList &columns);

} // namespace dj
