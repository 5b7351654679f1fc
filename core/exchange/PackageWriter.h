#pragma once

#include "exchange/PackageHeader.h"

#include <QByteArray>
#include <QString>
#include <sodium.h>

namespace dj {

// Writes a package (.djpkg, format in PackageHeader.h). Atomic: the package is written to
// `dest` + ".part" — header room first, then the payload (built there in place, copied, or
// encrypted), then the header and signature — synced, read back, and only then renamed over
// `dest`; on any failure or cancel the partial file is removed and an existing `dest` is left
// as it was. The payload hash is taken by reading the written payload back from the file.
class PackageWriter
{
public:
    struct WriteOptions
    {
        PackageHeader::Encryption mode = PackageHeader::Encryption::None;
        QByteArray recipientPublicKey; // Ed25519, 32 bytes: for mode Recipient
        // X25519, 32 bytes: the recipient's encryption key (key file version 2). When empty the
        // package is sealed to the X25519 form of recipientPublicKey, as before (version 1 files).
        QByteArray recipientBoxKey;
        QByteArray passphrase;         // for mode Passphrase (Argon2id, MODERATE limits)
    };

    // Checks the keys, makes the encryption key and reserves the header's room in dest.part.
    // Fills packageId, createdAt and sender.publicKey of `header` when they are empty (the
    // public key must otherwise match `senderSecretKey`, the 64-byte Ed25519 secret key).
    // `progress` sees bytes processed (copying or encrypting, then hashing); returning false
    // cancels. Throws Invalid (bad keys or options, a cancel) or Storage (I/O, with the path
    // and the system's reason).
    PackageWriter(const QString &dest, PackageHeader header, const QByteArray &senderSecretKey,
                  const WriteOptions &opts, const package::Progress &progress = {});
    ~PackageWriter();
    PackageWriter(const PackageWriter &) = delete;
    PackageWriter &operator=(const PackageWriter &) = delete;

    // For an unencrypted package: the file and offset at which a SQLite payload is to be
    // built in place (see OffsetVfs) instead of calling addPayload().
    const QString &partPath() const { return m_part; }
    qint64 payloadOffset() const;
    // Stores a payload file: copied, or encrypted chunk by chunk. Throws NotFound (no file).
    void addPayload(const QString &payloadPath);
    // Hashes the payload, writes header and signature, syncs, verifies, renames over dest.
    // Returns the header as written (payloadLength, payloadHash, plainLength, encryption).
    const PackageHeader &finish();

    // The three steps for a payload file.
    static void write(const QString &dest, const PackageHeader &header, const QString &payloadPath,
                      const QByteArray &senderSecretKey, const WriteOptions &opts,
                      const package::Progress &progress = {});

private:
    void start(const WriteOptions &opts);
    void discard(); // removes the unfinished file and wipes the keys
    void advance(qint64 n);
    QByteArray prefix() const; // magic, header length, header padded to the reserved room
    void readBack(const QByteArray &prefix, const QByteArray &signature) const;
    void rename();

    QString m_dest;
    QString m_part;
    PackageHeader m_header;
    QByteArray m_secretKey;
    package::Progress m_progress;
    qint64 m_reserved = 0;     // bytes before the payload
    qint64 m_done = 0, m_total = 0;
    bool m_added = false;      // addPayload() ran
    QByteArray m_addedHash;    // the hash of what addPayload() wrote, to compare on read-back
    bool m_finished = false;
    unsigned char m_streamKey[crypto_secretstream_xchacha20poly1305_KEYBYTES] = {};
    crypto_secretstream_xchacha20poly1305_state m_stream = {};
};

} // namespace dj
