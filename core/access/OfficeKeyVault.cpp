#include "OfficeKeyVault.h"

#include "Permission.h"
#include "SignInRegistry.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <sodium.h>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::OfficeKeyVault)
};

const QString kSignPublic = QStringLiteral("sign_public");
const QString kSignSecret = QStringLiteral("sign_secret");
const QString kBoxPublic = QStringLiteral("box_public");
const QString kBoxSecret = QStringLiteral("box_secret");
const QString kVault = QStringLiteral("office_key_vault");
const QString kBoxSignature = QStringLiteral("box_signature");
constexpr int kVaultKeyBytes = crypto_secretbox_KEYBYTES;
constexpr int kSecretBytes = crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES;

unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

void init()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The cryptography library could not be started."));
}

void wipe(QByteArray &b)
{
    if (!b.isEmpty())
        sodium_memzero(b.data(), size_t(b.size()));
    b.clear();
}

QByteArray fromHexMeta(const Database &db, const QString &key) { return QByteArray::fromHex(db.meta(key).toLatin1()); }
void setHexMeta(Database &db, const QString &key, const QByteArray &value)
{
    db.setMeta(key, QString::fromLatin1(value.toHex()));
}

// Removes meta rows holding secrets; secure_delete overwrites the freed bytes, so the plain key
// does not linger in free pages that a backup or "Save a copy" would carry along.
void removeMeta(Database &db, const QStringList &keys)
{
    db.execScript("PRAGMA secure_delete = ON;");
    for (const QString &k : keys)
        Query(db, QStringLiteral("DELETE FROM local_meta WHERE key = :k")).bind(QStringLiteral(":k"), k).exec();
}

bool hasAccountTable(const Database &db) { return db.schemaVersion() >= 7; }

// The key that wraps the vault key for one account: Argon2id of its password.
QByteArray passwordKey(const QString &password, const QByteArray &salt, quint64 ops, size_t mem)
{
    QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    const int rc = crypto_pwhash(bytes(key), size_t(key.size()), utf8.constData(), quint64(utf8.size()), bytes(salt), ops,
                                 mem, crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0)
        throw Error(Error::Kind::Storage, Tr::tr("There is not enough memory to unlock the office key (it needs %1 MB).")
                                              .arg(qint64(mem) / (1024 * 1024)));
    return key;
}

QByteArray secretbox(const QByteArray &plain, const QByteArray &key)
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
    randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes(out) + crypto_secretbox_NONCEBYTES, bytes(plain), quint64(plain.size()), bytes(out),
                          bytes(key));
    return out; // nonce || box
}

// Empty when `box` does not open with `key`.
QByteArray secretboxOpen(const QByteArray &box, const QByteArray &key)
{
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (box.size() < overhead || key.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray plain(box.size() - overhead, '\0');
    if (crypto_secretbox_open_easy(bytes(plain), bytes(box) + crypto_secretbox_NONCEBYTES,
                                   quint64(box.size() - crypto_secretbox_NONCEBYTES), bytes(box), bytes(key)) != 0) {
        wipe(plain);
        return {};
    }
    return plain;
}

void writeWrap(Database &db, const QString &account, const QString &password, const QByteArray &vaultKey)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray key = passwordKey(password, salt, ops, mem);
    const QByteArray box = secretbox(vaultKey, key);
    wipe(key);
    Transaction tx(db);
    Query(db, QStringLiteral("INSERT OR REPLACE INTO office_key_wrap(account_name, salt, ops_limit, mem_limit, nonce, "
                             "wrapped, created_at) VALUES (:a, :s, :o, :m, :n, :w, :c)"))
        .bind(QStringLiteral(":a"), account.trimmed())
        .bind(QStringLiteral(":s"), salt)
        .bind(QStringLiteral(":o"), qint64(ops))
        .bind(QStringLiteral(":m"), qint64(mem))
        .bind(QStringLiteral(":n"), box.left(crypto_secretbox_NONCEBYTES))
        .bind(QStringLiteral(":w"), box.mid(crypto_secretbox_NONCEBYTES))
        .bind(QStringLiteral(":c"), Clock::stamp())
        .exec();
    tx.commit();
}

// The vault key wrapped for `account`, opened with `password`; empty when there is no wrap or
// it does not open. Work limits are bounded: a row edited with sqlite3 cannot stall sign-in.
QByteArray unwrap(const Database &db, const QString &account, const QString &password)
{
    Query q(db, QStringLiteral("SELECT salt, ops_limit, mem_limit, nonce, wrapped FROM office_key_wrap "
                               "WHERE account_name = :a"));
    q.bind(QStringLiteral(":a"), account.trimmed()).exec();
    if (!q.next())
        return {};
    const QByteArray salt = q.value(0).toByteArray();
    const qint64 ops = q.int64(1), mem = q.int64(2);
    if (salt.size() != crypto_pwhash_SALTBYTES || ops < qint64(crypto_pwhash_OPSLIMIT_MIN) || ops > 10
        || mem < qint64(crypto_pwhash_MEMLIMIT_MIN) || mem > qint64(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return {};
    QByteArray key = passwordKey(password, salt, quint64(ops), size_t(mem));
    QByteArray vaultKey = secretboxOpen(q.value(3).toByteArray() + q.value(4).toByteArray(), key);
    wipe(key);
    if (vaultKey.size() != kVaultKeyBytes)
        wipe(vaultKey);
    return vaultKey;
}

OfficeSecrets openVault(const Database &db, const QByteArray &vaultKey)
{
    QByteArray plain = secretboxOpen(fromHexMeta(db, kVault), vaultKey);
    if (plain.size() != kSecretBytes) {
        wipe(plain);
        throw Error(Error::Kind::Corrupt, Tr::tr("The office key stored in this file cannot be unlocked: it was altered."));
    }
    OfficeSecrets s;
    s.sign = plain.left(crypto_sign_SECRETKEYBYTES);
    s.box = plain.mid(crypto_sign_SECRETKEYBYTES);
    wipe(plain);
    return s;
}

void writeVault(Database &db, const OfficeSecrets &s, const QByteArray &vaultKey)
{
    QByteArray plain = s.sign + s.box;
    setHexMeta(db, kVault, secretbox(plain, vaultKey));
    wipe(plain);
}

// The signing key vouches for the encryption key, so a key file altered on the way cannot
// swap it for another while the fingerprint people compare stays the same.
void writeBoxSignature(Database &db, const QByteArray &boxPk, const QByteArray &signSecret)
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    const QByteArray message = OfficeKeyVault::boxKeyMessage(db.officeId(), boxPk);
    crypto_sign_detached(bytes(sig), nullptr, bytes(message), quint64(message.size()), bytes(signSecret));
    setHexMeta(db, kBoxSignature, sig);
}

void writePublics(Database &db, const OfficeSecrets &s)
{
    QByteArray signPk(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(bytes(signPk), bytes(s.sign));
    setHexMeta(db, kSignPublic, signPk);
    QByteArray boxPk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(bytes(boxPk), bytes(s.box));
    setHexMeta(db, kBoxPublic, boxPk);
    writeBoxSignature(db, boxPk, s.sign);
}

// The vault key this session's sign-in unwrapped; throws Denied saying why there is none.
QByteArray sessionVaultKey(const Database &db)
{
    const UserSession &u = db.user();
    if (!u.signedIn || !allowed(u, Permission::CopyAllData))
        throw Error(Error::Kind::Denied,
                    Tr::tr("Your account (%1) may not sign or open packages for the office: only administrators and the "
                           "organ party committee hold the office key.")
                        .arg(u.user));
    const auto session = SignInRegistry::get(db.path());
    QByteArray key = SignInRegistry::vaultKey(db.path());
    if (key.size() != kVaultKeyBytes || !session || session->user.compare(u.user, Qt::CaseInsensitive) != 0) {
        wipe(key);
        throw Error(Error::Kind::Denied,
                    Tr::tr("The office key is not unlocked for %1. An administrator who holds it sets this account's "
                           "password again; then sign in again.")
                        .arg(u.user));
    }
    return key;
}

} // namespace

void OfficeSecrets::wipe()
{
    dj::wipe(sign);
    dj::wipe(box);
}

bool OfficeKeyVault::sealed(const Database &db) { return !db.meta(kVault).isEmpty(); }

bool OfficeKeyVault::hasWrap(const Database &db, const QString &account)
{
    if (db.schemaVersion() < 9)
        return false;
    return Query(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM office_key_wrap WHERE account_name = :a)"))
        .bind(QStringLiteral(":a"), account.trimmed())
        .scalar()
        .toBool();
}

QByteArray OfficeKeyVault::signPublic(const Database &db)
{
    const QByteArray k = fromHexMeta(db, kSignPublic);
    return k.size() == crypto_sign_PUBLICKEYBYTES ? k : QByteArray();
}

QByteArray OfficeKeyVault::boxPublic(const Database &db)
{
    const QByteArray k = fromHexMeta(db, kBoxPublic);
    return k.size() == crypto_box_PUBLICKEYBYTES ? k : QByteArray();
}

QByteArray OfficeKeyVault::boxSignature(const Database &db)
{
    const QByteArray k = fromHexMeta(db, kBoxSignature);
    return k.size() == crypto_sign_BYTES ? k : QByteArray();
}

QByteArray OfficeKeyVault::boxKeyMessage(const QString &officeId, const QByteArray &boxPublic)
{
    QByteArray m("dangjian-box-key-1");
    m += '\0';
    m += officeId.toUtf8();
    m += '\0';
    m += boxPublic;
    return m;
}

OfficeSecrets OfficeKeyVault::secrets(const Database &db)
{
    init();
    if (sealed(db)) {
        QByteArray key = sessionVaultKey(db);
        OfficeSecrets s = openVault(db, key);
        wipe(key);
        return s;
    }
    OfficeSecrets s;
    s.sign = fromHexMeta(db, kSignSecret);
    s.box = fromHexMeta(db, kBoxSecret);
    if (s.sign.size() != crypto_sign_SECRETKEYBYTES)
        throw Error(Error::Kind::NotFound, Tr::tr("This data file has no signing key."));
    if (s.box.size() != crypto_box_SECRETKEYBYTES)
        wipe(s.box); // a file from before the encryption key; ensure() makes one
    return s;
}

void OfficeKeyVault::ensure(Database &db)
{
    init();
    const bool hasSign = !signPublic(db).isEmpty();
    const bool hasBox = !boxPublic(db).isEmpty();
    if ((hasSign && hasBox) || sealed(db))
        return;
    Transaction tx(db);
    if (!hasSign) {
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0'), sk(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(bytes(pk), bytes(sk));
        setHexMeta(db, kSignPublic, pk);
        setHexMeta(db, kSignSecret, sk);
        wipe(sk);
    }
    if (!hasBox) {
        QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0'), sk(crypto_box_SECRETKEYBYTES, '\0');
        crypto_box_keypair(bytes(pk), bytes(sk));
        setHexMeta(db, kBoxPublic, pk);
        setHexMeta(db, kBoxSecret, sk);
        wipe(sk);
        QByteArray signSecret = fromHexMeta(db, kSignSecret);
        writeBoxSignature(db, pk, signSecret);
        wipe(signSecret);
    }
    tx.commit();
}

void OfficeKeyVault::replace(Database &db, const OfficeSecrets &fresh)
{
    init();
    db.execScript("PRAGMA secure_delete = ON;"); // the replaced values' bytes are overwritten
    Transaction tx(db);
    if (sealed(db)) {
        QByteArray key = sessionVaultKey(db);
        writeVault(db, fresh, key);
        wipe(key);
    } else {
        setHexMeta(db, kSignSecret, fresh.sign);
        setHexMeta(db, kBoxSecret, fresh.box);
    }
    writePublics(db, fresh);
    tx.commit();
}

void OfficeKeyVault::seal(Database &db, const QString &account, const QString &password)
{
    init();
    ensure(db);
    if (sealed(db))
        return;
    OfficeSecrets s = secrets(db);
    QByteArray vaultKey(kVaultKeyBytes, '\0');
    crypto_secretbox_keygen(bytes(vaultKey));
    Transaction tx(db);
    writeVault(db, s, vaultKey);
    writeWrap(db, account, password, vaultKey);
    removeMeta(db, {kSignSecret, kBoxSecret});
    tx.commit();
    wipe(vaultKey);
}

bool OfficeKeyVault::wrapFor(Database &db, const QString &account, const QString &password)
{
    init();
    if (!sealed(db))
        return false;
    QByteArray key = SignInRegistry::vaultKey(db.path());
    if (key.size() != kVaultKeyBytes) {
        wipe(key);
        return false;
    }
    openVault(db, key); // a stale key must not be wrapped for anyone
    writeWrap(db, account, password, key);
    wipe(key);
    return true;
}

void OfficeKeyVault::rewrap(Database &db, const QString &account, const QString &oldPassword, const QString &newPassword)
{
    init();
    if (!hasWrap(db, account))
        return;
    QByteArray key = unwrap(db, account, oldPassword);
    if (key.isEmpty())
        dropWrap(db, account); // it no longer opens: keep nothing useless
    else
        writeWrap(db, account, newPassword, key);
    wipe(key);
}

void OfficeKeyVault::dropWrap(Database &db, const QString &account)
{
    if (db.schemaVersion() < 9)
        return;
    db.execScript("PRAGMA secure_delete = ON;");
    Query(db, QStringLiteral("DELETE FROM office_key_wrap WHERE account_name = :a"))
        .bind(QStringLiteral(":a"), account.trimmed())
        .exec();
}

void OfficeKeyVault::unseal(Database &db)
{
    init();
    if (!sealed(db))
        return;
    QByteArray key = SignInRegistry::vaultKey(db.path());
    if (key.size() != kVaultKeyBytes)
        throw Error(Error::Kind::Denied, Tr::tr("The office key is not unlocked in this session: sign in again before "
                                                "removing the last account, or the office key would be lost."));
    OfficeSecrets s = openVault(db, key);
    wipe(key);
    Transaction tx(db);
    setHexMeta(db, kSignSecret, s.sign);
    setHexMeta(db, kBoxSecret, s.box);
    removeMeta(db, {kVault});
    Query(db, QStringLiteral("DELETE FROM office_key_wrap")).exec();
    tx.commit();
}

void OfficeKeyVault::unlock(Database &db, const QString &path, const QString &account, const QString &password, bool isAdmin)
{
    init();
    if (db.schemaVersion() < 9 || !hasAccountTable(db))
        return;
    if (!sealed(db) && isAdmin)
        seal(db, account, password); // a file whose accounts came before the vault
    QByteArray key = unwrap(db, account, password);
    if (!key.isEmpty())
        SignInRegistry::setVaultKey(path, key);
    wipe(key);
}

} // namespace dj
