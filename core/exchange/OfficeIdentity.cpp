#include "OfficeIdentity.h"

#include "access/OfficeKeyVault.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::OfficeIdentity)
};

const QString kFormat = QStringLiteral("dangjian-office-key");
constexpr int kFormatVersion = 2;
constexpr qint64 kMaxKeyFile = 64 * 1024;

void init()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The cryptography library could not be started."));
}
} // namespace

QString OfficeKey::fingerprintOf(const QByteArray &publicKey)
{
    init();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       size_t(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex()).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

OfficeKey OfficeIdentity::publicKey(Database &db)
{
    const QByteArray key = OfficeKeyVault::signPublic(db);
    if (key.isEmpty())
        throw Error(Error::Kind::NotFound, Tr::tr("This data file has no signing key yet; open it once for writing to "
                                                  "create one."));
    return OfficeKey{db.officeId(), db.officeName(), key, OfficeKeyVault::boxPublic(db), OfficeKeyVault::boxSignature(db)};
}

OfficeKey OfficeIdentity::ensure(Database &db)
{
    init();
    if (!db.isReadOnly())
        OfficeKeyVault::ensure(db);
    return publicKey(db);
}

QByteArray OfficeIdentity::sign(Database &db, const QByteArray &message)
{
    init();
    const OfficeSecrets secrets = OfficeKeyVault::secrets(db);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(secrets.sign.constData()));
    return signature;
}

QByteArray OfficeIdentity::secretKey(Database &db)
{
    const OfficeSecrets secrets = OfficeKeyVault::secrets(db);
    return QByteArray(secrets.sign.constData(), secrets.sign.size()); // a deep copy the caller wipes
}

bool OfficeIdentity::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    init();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray OfficeIdentity::keyFile(const OfficeKey &key)
{
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("formatVersion"), kFormatVersion},
                  {QStringLiteral("officeId"), key.officeId},
                  {QStringLiteral("officeName"), key.officeName},
                  {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey.toBase64())},
                  {QStringLiteral("fingerprint"), key.fingerprint()}};
    if (!key.boxPublicKey.isEmpty() && !key.boxSignature.isEmpty()) {
        o.insert(QStringLiteral("boxPublicKey"), QString::fromLatin1(key.boxPublicKey.toBase64()));
        o.insert(QStringLiteral("boxSignature"), QString::fromLatin1(key.boxSignature.toBase64()));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void OfficeIdentity::writeKeyFile(const OfficeKey &key, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(keyFile(key)) < 0 || !out.commit())
        throw Error(Error::Kind::Storage, Tr::tr("The key file %1 could not be written: %2").arg(path, out.errorString()));
}

OfficeKey OfficeIdentity::parseKeyFile(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toString() != kFormat)
        throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is not an office key file of Dangjian Desk.").arg(source));
    if (o.value(QLatin1String("formatVersion")).toInt() > kFormatVersion)
        throw Error(Error::Kind::TooNew, Tr::tr("%1 was written by a newer version of Dangjian Desk.").arg(source));
    OfficeKey key;
    key.officeId = o.value(QLatin1String("officeId")).toString();
    key.officeName = o.value(QLatin1String("officeName")).toString();
    key.publicKey = QByteArray::fromBase64(o.value(QLatin1String("publicKey")).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
    const bool hasBox = o.contains(QLatin1String("boxPublicKey"));
    if (hasBox) {
        key.boxPublicKey = QByteArray::fromBase64(o.value(QLatin1String("boxPublicKey")).toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
        key.boxSignature = QByteArray::fromBase64(o.value(QLatin1String("boxSignature")).toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    }
    if (key.officeId.isEmpty() || key.publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || (hasBox && key.boxPublicKey.size() != crypto_box_PUBLICKEYBYTES))
        throw Error(Error::Kind::Corrupt, Tr::tr("%1 does not hold a valid office key.").arg(source));
    // The fingerprint in the file is for people; it must agree with the key it describes.
    if (o.contains(QLatin1String("fingerprint")) && o.value(QLatin1String("fingerprint")).toString() != key.fingerprint())
        throw Error(Error::Kind::Corrupt, Tr::tr("%1: the fingerprint does not match the key; the file was altered.").arg(source));
    if (hasBox && !verify(key.publicKey, OfficeKeyVault::boxKeyMessage(key.officeId, key.boxPublicKey), key.boxSignature))
        throw Error(Error::Kind::Corrupt, Tr::tr("%1: the encryption key is not vouched for by the office's signing key; "
                                                 "the file was altered.").arg(source));
    return key;
}

OfficeKey OfficeIdentity::readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, Tr::tr("The key file %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxKeyFile)
        throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is too large to be an office key file.").arg(path));
    return parseKeyFile(f.readAll(), path);
}

} // namespace dj
