#pragma once

// The container of an exchange package (.djpkg): a signed, optionally encrypted envelope
// around one opaque payload file (in practice a SQLite file).
//
//   magic    8 bytes  "DJPKG\r\n\x1a" ('D','J','P','K','G','\r','\n',0x1a)
//   H        uint32 little-endian: length of the header, 1..65536
//   header   H bytes: compact UTF-8 JSON (below), followed by spaces; the writer pads it so
//            that the payload starts on a 4096-byte boundary (it builds the payload in place
//            before it knows the header's final length).
//   payload  P bytes: the stored payload, P = payloadLength. Either the plain file, or the
//            file encrypted with crypto_secretstream_xchacha20poly1305 in 64 KiB plaintext
//            chunks (each stored chunk is 17 bytes longer), the last chunk tagged FINAL (an
//            empty file is one empty FINAL chunk).
//   sig      64 bytes: Ed25519ph signature (crypto_sign_init/update/final_create) of magic,
//            H and header; the header holds payloadHash, so the signature binds the payload
//            too, and a large payload is hashed once rather than twice.
// The file is exactly 8 + 4 + H + P + 64 bytes long.
//
// Header fields:
//   format "dangjian-package", formatVersion 1, packageId (UUID),
//   sender {officeId, officeName, publicKey (base64 of the 32-byte Ed25519 key)},
//   recipient {officeId, officeName} or null for "any office",
//   createdAt (ISO-8601 UTC with milliseconds), scope ("all", "org:A01", "year:2025",
//   "schemes"...), incremental (bool), since (string, may be empty), schemaVersion (int),
//   sequence (int64), payloadLength (int64 = P), payloadHash (hex; see PayloadHash.h: BLAKE2b-256
//   of P and of the BLAKE2b-256 of each 1 MiB piece of the stored bytes), plainLength (int64, the payload before encryption), encryption:
//     {"mode": "none"}
//     {"mode": "recipient", "sealedKey": base64 (crypto_box_seal of the 32-byte stream key
//        to the recipient's X25519 key, crypto_sign_ed25519_pk_to_curve25519 of its Ed25519
//        public key), "streamHeader": base64 (24 bytes)}
//     {"mode": "recipient-x25519", "sealedKey", "streamHeader"} — the same, sealed to the
//        recipient's own X25519 encryption key (key file version 2); read as Recipient with
//        sealedToBoxKey set. Older programs refuse it as "written by a newer version".
//     {"mode": "passphrase", "salt": base64 (16 bytes), "opsLimit": int, "memLimit": int64,
//        "streamHeader": base64} — the stream key is Argon2id (crypto_pwhash_ALG_ARGON2ID13)
//        of the passphrase. Written with OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (3, 256 MiB;
//        about half a second); a reader accepts opsLimit 1..10 and memLimit 8 KiB..1 GiB.
// keyChanges (optional array, OfficeKeyChange.h): the sender's key-change notices, each signed
// by the key it replaces, so a peer trusting an older key can follow them to this one.
// The signature key in the header is informative only: a reader verifies with the key it
// trusts for the sender, never with the one the package brings.

#include "exchange/OfficeIdentity.h"
#include "exchange/OfficeKeyChange.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace dj {

namespace package {
inline constexpr char kMagic[8] = {'D', 'J', 'P', 'K', 'G', '\r', '\n', '\x1a'};
inline constexpr qint64 kMagicSize = 8;
inline constexpr qint64 kLengthSize = 4;
inline constexpr qint64 kMaxHeader = 65536;
inline constexpr qint64 kSignatureSize = 64;
// The largest package (and so payload: stored plain or encrypted chunk by chunk, never larger
// than its package) read at all. The biggest real one, a whole city's file (16,700
// organisations, 122,000 members, 4.1 million rows), is about 1.7 GB; 8 GB leaves room for
// growth and evidence files, and a forged size is refused before anything is read or written.
inline constexpr qint64 kMaxPackageBytes = qint64(8) << 30;
inline constexpr qint64 kChunk = 64 * 1024; // plaintext bytes per encrypted chunk
inline constexpr qint64 kChunkOverhead = 17;  // crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr int kFormatVersion = 1;
// Bytes of work done and to do; return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;
// The stored length of `plain` bytes: itself, or with each chunk's overhead when encrypted.
constexpr qint64 storedLength(qint64 plain, bool encrypted)
{
    return encrypted ? plain + (plain == 0 ? 1 : (plain + kChunk - 1) / kChunk) * kChunkOverhead : plain;
}
} // namespace package

struct PackageHeader
{
    enum class Encryption { None, Recipient, Passphrase };

    QString packageId;           // UUID without braces; the writer makes one when empty
    OfficeKey sender;            // officeId, officeName, publicKey (32 bytes)
    QString recipientOfficeId;   // empty: for any office
    QString recipientOfficeName;
    QDateTime createdAt;         // UTC; the writer uses Clock::now() when invalid
    QString scope;
    bool incremental = false;
    QString since;
    int schemaVersion = 0;
    qint64 sequence = 0;
    // The sender's audit log head (32 bytes) as the package was made: the receiving office can
    // note it, and a later check of the sender's file anchor its log there. Empty: none.
    QByteArray auditHead;
    // Filled by the writer:
    qint64 payloadLength = 0;    // stored bytes
    QByteArray payloadHash;      // 32 bytes, BLAKE2b-256 of the stored bytes
    qint64 plainLength = 0;      // bytes before encryption
    Encryption encryption = Encryption::None;
    QJsonObject encryptionParams; // the "encryption" object without "mode"
    bool sealedToBoxKey = false;  // Recipient: sealed to the X25519 key, not the converted Ed25519 one
    QList<KeyChangeNotice> keyChanges;

    bool forAnyOffice() const { return recipientOfficeId.isEmpty(); }
    QString senderFingerprint() const { return OfficeKey::fingerprintOf(sender.publicKey); }

    QByteArray toJson() const;
    // Throws NotOurFile (not a package header), TooNew (a newer format or encryption) or
    // Corrupt (a field missing or ill-typed); `source` names the file in messages.
    static PackageHeader fromJson(const QByteArray &json, const QString &source);
};

} // namespace dj
