#include "PackageHeader.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>
#include <cmath>
#include <limits>
#include <sodium.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PackageHeader)
};

const QString kFormat = QStringLiteral("dangjian-package");
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: a JSON number is a double
constexpr qint64 kMaxOpsLimit = 10;
static_assert(package::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);

QString modeName(PackageHeader::Encryption e)
{
    switch (e) {
    case PackageHeader::Encryption::Recipient: return QStringLiteral("recipient");
    case PackageHeader::Encryption::Passphrase: return QStringLiteral("passphrase");
    case PackageHeader::Encryption::None: break;
    }
    return QStringLiteral("none");
}

// Reads the fields of one JSON object, throwing Corrupt with the field's name.
class Fields
{
public:
    Fields(const QJsonObject &o, const QString &source, const QString &prefix = {})
        : m_o(o), m_source(source), m_prefix(prefix) {}

    [[noreturn]] void fail(const QString &name) const
    {
        throw Error(Error::Kind::Corrupt, Tr::tr("The package %1 is damaged: the header field “%2” is missing or "
                                                 "not valid.").arg(m_source, m_prefix + name));
    }
    QJsonValue value(const QString &name) const { return m_o.value(name); }
    QString string(const QString &name, bool allowEmpty = true) const
    {
        const QJsonValue v = m_o.value(name);
        if (!v.isString() || (!allowEmpty && v.toString().isEmpty()))
            fail(name);
        return v.toString();
    }
    qint64 integer(const QString &name, qint64 min, qint64 max) const
    {
        const QJsonValue v = m_o.value(name);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > kMaxExactInteger || d < double(min) || d > double(max))
            fail(name);
        return qint64(d);
    }
    bool boolean(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (!v.isBool())
            fail(name);
        return v.toBool();
    }
    QJsonObject object(const QString &name) const
    {
        const QJsonValue v = m_o.value(name);
        if (!v.isObject())
            fail(name);
        return v.toObject();
    }
    QByteArray base64(const QString &name, qsizetype size) const
    {
        const QByteArray bytes = QByteArray::fromBase64(string(name).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (bytes.size() != size)
            fail(name);
        return bytes;
    }
    QByteArray hex(const QString &name, qsizetype size) const
    {
        const QString s = string(name);
        for (const QChar c : s)
            if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')) && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
                fail(name);
        const QByteArray bytes = QByteArray::fromHex(s.toLatin1());
        if (s.size() != 2 * size || bytes.size() != size)
            fail(name);
        return bytes;
    }

private:
    QJsonObject m_o;
    QString m_source;
    QString m_prefix;
};

void readEncryption(PackageHeader &h, const QJsonObject &e, const QString &source)
{
    const Fields f(e, source, QStringLiteral("encryption."));
    const QString mode = f.string(QStringLiteral("mode"), false);
    QJsonObject params = e;
    params.remove(QStringLiteral("mode"));
    h.encryptionParams = params;
    if (mode == QLatin1String("none")) {
        h.encryption = PackageHeader::Encryption::None;
        return;
    }
    if (mode == QLatin1String("recipient") || mode == QLatin1String("recipient-x25519")) {
        h.encryption = PackageHeader::Encryption::Recipient;
        h.sealedToBoxKey = mode == QLatin1String("recipient-x25519");
        f.base64(QStringLiteral("sealedKey"), crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES);
    } else if (mode == QLatin1String("passphrase")) {
        h.encryption = PackageHeader::Encryption::Passphrase;
        f.base64(QStringLiteral("salt"), crypto_pwhash_SALTBYTES);
        // Bounded so that a crafted header cannot make the reader work for hours or ask for
        // terabytes of memory.
        f.integer(QStringLiteral("opsLimit"), qint64(crypto_pwhash_OPSLIMIT_MIN), kMaxOpsLimit);
        f.integer(QStringLiteral("memLimit"), qint64(crypto_pwhash_MEMLIMIT_MIN), qint64(crypto_pwhash_MEMLIMIT_SENSITIVE));
    } else {
        throw Error(Error::Kind::TooNew, Tr::tr("The package %1 is encrypted in a way (“%2”) this version of Dangjian "
                                                "Desk does not know; it was written by a newer version. Update the "
                                                "program to open it.").arg(source, mode));
    }
    f.base64(QStringLiteral("streamHeader"), crypto_secretstream_xchacha20poly1305_HEADERBYTES);
}
} // namespace

QByteArray PackageHeader::toJson() const
{
    QJsonObject encryptionObject = encryptionParams;
    encryptionObject.insert(QStringLiteral("mode"), encryption == Encryption::Recipient && sealedToBoxKey
                                                        ? QStringLiteral("recipient-x25519")
                                                        : modeName(encryption));
    const QJsonValue recipient = forAnyOffice()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(QJsonObject{{QStringLiteral("officeId"), recipientOfficeId},
                                 {QStringLiteral("officeName"), recipientOfficeName}});
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("formatVersion"), package::kFormatVersion},
        {QStringLiteral("packageId"), packageId},
        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("officeId"), sender.officeId},
                                               {QStringLiteral("officeName"), sender.officeName},
                                               {QStringLiteral("publicKey"), QString::fromLatin1(sender.publicKey.toBase64())}}},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("incremental"), incremental},
        {QStringLiteral("since"), since},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("payloadLength"), payloadLength},
        {QStringLiteral("payloadHash"), QString::fromLatin1(payloadHash.toHex())},
        {QStringLiteral("plainLength"), plainLength},
        {QStringLiteral("encryption"), encryptionObject},
    };
    QJsonObject withHead = o;
    if (!auditHead.isEmpty())
        withHead.insert(QStringLiteral("auditHead"), QString::fromLatin1(auditHead.toHex()));
    if (!keyChanges.isEmpty())
        withHead.insert(QStringLiteral("keyChanges"), OfficeKeyChange::toJson(keyChanges));
    return QJsonDocument(withHead).toJson(QJsonDocument::Compact);
}

PackageHeader PackageHeader::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || o.value(QLatin1String("format")).toString() != kFormat)
        throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is not an exchange package of Dangjian Desk.").arg(source));
    const Fields f(o, source);
    const qint64 version = f.integer(QStringLiteral("formatVersion"), 1, std::numeric_limits<int>::max());
    if (version > package::kFormatVersion)
        throw Error(Error::Kind::TooNew, Tr::tr("The package %1 was written by a newer version of Dangjian Desk (package "
                                                "format %2; this version reads format %3). Update the program to open "
                                                "it.").arg(source).arg(version).arg(package::kFormatVersion));
    PackageHeader h;
    h.packageId = f.string(QStringLiteral("packageId"), false);
    if (QUuid::fromString(h.packageId).isNull())
        f.fail(QStringLiteral("packageId"));

    const Fields sender(f.object(QStringLiteral("sender")), source, QStringLiteral("sender."));
    h.sender.officeId = sender.string(QStringLiteral("officeId"), false);
    h.sender.officeName = sender.string(QStringLiteral("officeName"));
    h.sender.publicKey = sender.base64(QStringLiteral("publicKey"), crypto_sign_PUBLICKEYBYTES);

    const QJsonValue recipient = f.value(QStringLiteral("recipient"));
    if (!recipient.isNull()) {
        const Fields r(f.object(QStringLiteral("recipient")), source, QStringLiteral("recipient."));
        h.recipientOfficeId = r.string(QStringLiteral("officeId"), false);
        h.recipientOfficeName = r.string(QStringLiteral("officeName"));
    }

    h.createdAt = QDateTime::fromString(f.string(QStringLiteral("createdAt"), false), Qt::ISODateWithMs);
    if (!h.createdAt.isValid())
        f.fail(QStringLiteral("createdAt"));
    h.createdAt = h.createdAt.toUTC();
    h.scope = f.string(QStringLiteral("scope"), false);
    h.incremental = f.boolean(QStringLiteral("incremental"));
    h.since = f.string(QStringLiteral("since"));
    h.schemaVersion = int(f.integer(QStringLiteral("schemaVersion"), 0, std::numeric_limits<int>::max()));
    const qint64 maxInt = qint64(kMaxExactInteger);
    h.sequence = f.integer(QStringLiteral("sequence"), -maxInt, maxInt);
    // Lengths are range-checked against the file by the reader, with both sizes in the message.
    h.payloadLength = f.integer(QStringLiteral("payloadLength"), -maxInt, maxInt);
    h.payloadHash = f.hex(QStringLiteral("payloadHash"), crypto_generichash_BYTES);
    h.plainLength = f.integer(QStringLiteral("plainLength"), 0, maxInt);
    if (o.contains(QLatin1String("auditHead")))
        h.auditHead = f.hex(QStringLiteral("auditHead"), crypto_generichash_BYTES);
    if (o.contains(QLatin1String("keyChanges"))) {
        if (!o.value(QLatin1String("keyChanges")).isArray())
            f.fail(QStringLiteral("keyChanges"));
        h.keyChanges = OfficeKeyChange::fromJson(o.value(QLatin1String("keyChanges")).toArray(), source);
    }
    readEncryption(h, f.object(QStringLiteral("encryption")), source);
    return h;
}

} // namespace dj
