#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <sodium.h>

struct sqlite3_value;
struct sqlite3_stmt;

namespace dj {

// BLAKE2b-256 over a sequence of SQL values, each encoded without ambiguity: a type tag
// ('N' NULL, 'I' integer, 'R' real, 'T' text, 'B' blob), then for integers and reals 8 bytes
// little-endian, for text and blobs an 8-byte little-endian length and the bytes. So NULL,
// '' and x'' differ, 1 and '1' differ, and ("ab","c") differs from ("a","bc").
// The audit triggers (row digests, chain) and the verification both hash through this class.
class AuditHash
{
public:
    static constexpr int Bytes = 32;

    AuditHash();
    void addNull();
    void addInteger(qint64 v);
    void addReal(double v);
    void addText(const QByteArray &utf8);
    void addBlob(const QByteArray &bytes);
    void addValue(sqlite3_value *v);
    void addColumn(sqlite3_stmt *stmt, int column);
    QByteArray result(); // 32 bytes; the hash cannot be fed afterwards

private:
    void addBytes(char tag, const void *data, qint64 size);
    void feed(const void *data, size_t size);
    crypto_generichash_state m_state;
};

} // namespace dj
