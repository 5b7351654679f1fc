#pragma once

#include "exchange/PackageHeader.h"

#include <QByteArray>
#include <QString>
#include <sodium.h>

namespace dj {

// The payload hash of a package: BLAKE2b-256 of the payload's length (8 bytes, little-endian)
// followed by the BLAKE2b-256 of each 1 MiB piece of the stored payload in order (the last
// piece may be shorter). Pieces hash independently, so a large payload is hashed on all cores
// at once — the hash would otherwise be the slowest step of an export and of an import check.
class PayloadHash
{
public:
    static constexpr qint64 kPiece = 1024 * 1024;

    PayloadHash();
    // Streams bytes in any slicing.
    void update(const char *data, qint64 n);
    QByteArray final(); // 32 bytes

    // Hashes `length` bytes of `path` from `offset` on several threads. Returns an empty array
    // when `progress` cancels. Throws Storage (unreadable) or Corrupt (shorter than `length`).
    static QByteArray ofFile(const QString &path, qint64 offset, qint64 length, const package::Progress &progress = {});

private:
    void endPiece();

    crypto_generichash_state m_piece;
    qint64 m_inPiece = 0;
    qint64 m_length = 0;
    QByteArray m_pieces; // 32 bytes per finished piece
};

} // namespace dj
