#pragma once

#include <QByteArray>
#include <QString>

namespace dj {

class Database;

// The office's secret keys: the Ed25519 signing key (64 bytes) and the X25519 encryption key
// (32 bytes, crypto_box_seal). Wiped (sodium_memzero) when it goes away.
struct OfficeSecrets
{
    QByteArray sign;
    QByteArray box;
    OfficeSecrets() = default;
    OfficeSecrets(const OfficeSecrets &) = delete;
    OfficeSecrets &operator=(const OfficeSecrets &) = delete;
    OfficeSecrets(OfficeSecrets &&) = default;
    ~OfficeSecrets() { wipe(); }
    void wipe();
};

// Where the office's secret keys rest. Without accounts they sit in local_meta in plain text:
// anyone with the file can sign as the office (the offices dialog says so). Once the file
// has accounts they sit only in a vault (secretbox under a random vault key), and the vault
// key only wrapped per account allowed to export (secretbox under an Argon2id key from the
// account's password, own salt; table office_key_wrap). Sign-in unwraps the vault key into
// memory (SignInRegistry); nothing else ever can.
class OfficeKeyVault
{
public:
    // True when the keys are kept wrapped. "Wrapped keys exist" = this, i.e. local_meta has
    // 'office_key_vault' (and office_key_wrap normally has rows).
    static bool sealed(const Database &db);
    static bool hasWrap(const Database &db, const QString &account);

    // The secret keys for the work of the connection's user: plain without accounts; with
    // accounts only for a signed-in account allowed to export whose sign-in unwrapped them.
    // Throws NotFound (no keys yet) or Denied (saying why). Callers let it go out of scope.
    static OfficeSecrets secrets(const Database &db);
    static QByteArray signPublic(const Database &db); // empty when none yet
    static QByteArray boxPublic(const Database &db);  // empty when none yet (a file before 0009)
    // The signing key's signature over boxKeyMessage(): travels in the key file.
    static QByteArray boxSignature(const Database &db);
    static QByteArray boxKeyMessage(const QString &officeId, const QByteArray &boxPublic);

    // Makes whatever key pair is missing (plain; for a sealed file the encryption pair always
    // exists). Needs a writable connection.
    static void ensure(Database &db);
    // Replaces both key pairs (office new-key): plain, or sealed under the same vault key.
    static void replace(Database &db, const OfficeSecrets &fresh);

    // The first account (an administrator): moves the plain keys into a new vault, wraps its
    // key for `account` and removes the plain copy.
    static void seal(Database &db, const QString &account, const QString &password);
    // Wraps the vault key for `account` (an account allowed to export); needs the vault key
    // unlocked by this session's sign-in. Returns false (nothing written) when it is not.
    static bool wrapFor(Database &db, const QString &account, const QString &password);
    // A password change: the wrap under the old password is replaced by one under the new.
    static void rewrap(Database &db, const QString &account, const QString &oldPassword, const QString &newPassword);
    static void dropWrap(Database &db, const QString &account);
    // The last account removed: the keys go back to plain text, the vault and wraps away.
    // Needs the vault key unlocked (throws Denied otherwise: the keys would be lost).
    static void unseal(Database &db);
    // At sign-in, after the password matched: unwraps the vault key into SignInRegistry for
    // `path`. A file whose keys are still plain though it has accounts (made before the vault)
    // is sealed at an administrator's sign-in.
    static void unlock(Database &db, const QString &path, const QString &account, const QString &password, bool isAdmin);
};

} // namespace dj
