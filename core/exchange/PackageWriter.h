#pragma once

#include "exchange/PackageHeader.h"

#include <QByteArray>
#include <QString>

namespace dj {

// Writes a package (.djpkg, format in PackageHeader.h) around a payload file, streaming it in
// chunks. Atomic: the package is written to `dest` + ".part", synced, read back and verified,
// and only then renamed over `dest`; on any failure or cancel the partial files are removed
// and an existing `dest` is left as it was.
class PackageWriter
{
public:
    struct WriteOptions
    {
        PackageHeader::Encryption mode = PackageHeader::Encryption::None;
        QByteArray recipientPublicKey; // Ed25519, 32 bytes: for mode Recipient
        QByteArray passphrase;         // for mode Passphrase (Argon2id, MODERATE limits)
    };

    // Fills payloadLength, payloadHash, plainLength, encryption and encryptionParams of
    // `header`, and packageId, createdAt and sender.publicKey when they are empty (the public
    // key must otherwise match `senderSecretKey`, the 64-byte Ed25519 secret key). `progress`
    // sees bytes processed (hashing or encrypting, writing, verifying); returning false
    // cancels. Throws Invalid (bad keys or options, a cancel), Storage (I/O, with the path and
    // the system's reason), NotFound (no payload file).
    static void write(const QString &dest, PackageHeader header, const QString &payloadPath,
                      const QByteArray &senderSecretKey, const WriteOptions &opts,
                      const package::Progress &progress = {});
};

} // namespace dj
