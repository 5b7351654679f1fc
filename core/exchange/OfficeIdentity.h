#pragma once

#include <QByteArray>
#include <QString>

namespace dj {

class Database;

// Who a data file speaks for when it exchanges packages: the office's UUID and name, an
// Ed25519 signing key pair and an X25519 encryption key pair (libsodium), made with the file —
// or on first use for a file from before exchange / before the encryption key. The public keys
// travel as a small key file (.djkey); the signing key is compared by its fingerprint: 32 hex
// digits in groups of four, easy to read over the phone. The secret keys rest as
// core/access/OfficeKeyVault keeps them (wrapped per account once the file has accounts).
struct OfficeKey
{
    QString officeId;
    QString officeName;
    QByteArray publicKey;    // 32 bytes, Ed25519 (signatures)
    QByteArray boxPublicKey{}; // 32 bytes, X25519 (crypto_box_seal); empty from a version-1 key file
    QByteArray boxSignature{}; // the signing key's signature over the encryption key

    QString fingerprint() const { return fingerprintOf(publicKey); }
    static QString fingerprintOf(const QByteArray &publicKey);
};

class OfficeIdentity
{
public:
    // The office's key, creating the pair when the file has none yet (needs a writable file).
    static OfficeKey ensure(Database &db);
    // The office's key; throws NotFound when the file has none yet (a read-only open).
    static OfficeKey publicKey(Database &db);
    // A detached Ed25519 signature of `message` with the office's secret key.
    static QByteArray sign(Database &db, const QByteArray &message);
    // The office's 64-byte Ed25519 secret key (for signing packages); throws NotFound when
    // the file has none, Denied when the signed-in account does not hold it. Callers wipe it
    // (sodium_memzero) when done.
    static QByteArray secretKey(Database &db);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

    // The key file: {"format": "dangjian-office-key", "formatVersion": 2, "officeId",
    // "officeName", "publicKey" (base64), "boxPublicKey" and "boxSignature"
    // (base64, from version 2; the signing key vouches for the encryption key), "fingerprint"}; written atomically. Version 1 files (no encryption key) are still read:
    // packages to such an office are encrypted the old way (to the X25519 form of its signing
    // key), which the program that made the file can open.
    static QByteArray keyFile(const OfficeKey &key);
    static void writeKeyFile(const OfficeKey &key, const QString &path);
    // Throws NotOurFile / TooNew / Corrupt (a fingerprint that does not match the key).
    static OfficeKey readKeyFile(const QString &path);
    static OfficeKey parseKeyFile(const QByteArray &json, const QString &source);
};

} // namespace dj
