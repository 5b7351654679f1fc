#include "OfficeKeyChange.h"

#include "access/OfficeKeyVault.h"
#include "access/Permission.h"
#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "exchange/OfficeIdentity.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <sodium.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::OfficeKeyChange)
};

unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

QByteArray b64(const QJsonObject &o, const char *name, qsizetype size, bool &ok)
{
    const QByteArray v = QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1(),
                                                QByteArray::AbortOnBase64DecodingErrors);
    if (v.size() != size)
        ok = false;
    return v;
}
} // namespace

QByteArray KeyChangeNotice::message(const QString &officeId) const
{
    QByteArray m("dangjian-key-change-1");
    m += '\0';
    m += officeId.toUtf8();
    m += '\0';
    m += oldPublic + newPublic + newBoxPublic;
    return m;
}

bool KeyChangeNotice::verify(const QString &officeId) const
{
    return OfficeIdentity::verify(oldPublic, message(officeId), signature);
}

KeyChangeNotice OfficeKeyChange::newKey(Database &db)
{
    require(db, Permission::ChangeSettings);
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The cryptography library could not be started."));
    OfficeIdentity::ensure(db);
    OfficeSecrets old = OfficeKeyVault::secrets(db);
    OfficeSecrets fresh;
    fresh.sign = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    fresh.box = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
    KeyChangeNotice n;
    n.oldPublic = OfficeKeyVault::signPublic(db);
    n.newPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    n.newBoxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(bytes(n.newPublic), bytes(fresh.sign));
    crypto_box_keypair(bytes(n.newBoxPublic), bytes(fresh.box));
    n.signature = QByteArray(crypto_sign_BYTES, '\0');
    const QByteArray message = n.message(db.officeId());
    crypto_sign_detached(bytes(n.signature), nullptr, bytes(message), quint64(message.size()), bytes(old.sign));
    old.wipe();
    n.madeAt = Clock::stamp();

    Transaction tx(db);
    Query(db, QStringLiteral("INSERT INTO office_key_change(old_public, new_public, new_box_public, signature, made_at) "
                             "VALUES (:o, :n, :b, :s, :t)"))
        .bind(QStringLiteral(":o"), n.oldPublic)
        .bind(QStringLiteral(":n"), n.newPublic)
        .bind(QStringLiteral(":b"), n.newBoxPublic)
        .bind(QStringLiteral(":s"), n.signature)
        .bind(QStringLiteral(":t"), n.madeAt)
        .exec();
    OfficeKeyVault::replace(db, fresh);
    AuditEvent::record(db, AuditEvent::Kind::OfficeKeyChanged, OfficeKey::fingerprintOf(n.newPublic));
    tx.commit();
    return n;
}

QList<KeyChangeNotice> OfficeKeyChange::notices(const Database &db)
{
    QList<KeyChangeNotice> out;
    if (db.schemaVersion() < 9)
        return out;
    Query q(db, QStringLiteral("SELECT old_public, new_public, new_box_public, signature, made_at FROM office_key_change "
                               "ORDER BY seq"));
    q.exec();
    while (q.next())
        out << KeyChangeNotice{q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
                               q.value(3).toByteArray(), q.text(4)};
    // Only the latest ones travel: a peer more than MaxNotices changes behind trusts anew.
    return out.mid(qMax<qsizetype>(0, out.size() - MaxNotices));
}

QList<KeyChangeNotice> OfficeKeyChange::follow(const QString &officeId, const QByteArray &trusted,
                                               const QByteArray &packageKey, const QList<KeyChangeNotice> &chain)
{
    QList<KeyChangeNotice> steps;
    QByteArray current = trusted;
    for (const KeyChangeNotice &n : chain) {
        if (current == packageKey)
            break;
        if (n.oldPublic != current)
            continue; // a step from before the key this office trusts
        if (!n.verify(officeId))
            return {}; // not signed by the key it claims to replace: refused
        steps << n;
        current = n.newPublic;
    }
    return current == packageKey ? steps : QList<KeyChangeNotice>();
}

QJsonArray OfficeKeyChange::toJson(const QList<KeyChangeNotice> &notices)
{
    QJsonArray out;
    for (const KeyChangeNotice &n : notices)
        out.append(QJsonObject{{QStringLiteral("oldPublicKey"), QString::fromLatin1(n.oldPublic.toBase64())},
                               {QStringLiteral("newPublicKey"), QString::fromLatin1(n.newPublic.toBase64())},
                               {QStringLiteral("newBoxPublicKey"), QString::fromLatin1(n.newBoxPublic.toBase64())},
                               {QStringLiteral("signature"), QString::fromLatin1(n.signature.toBase64())},
                               {QStringLiteral("madeAt"), n.madeAt}});
    return out;
}

QList<KeyChangeNotice> OfficeKeyChange::fromJson(const QJsonArray &array, const QString &source)
{
    const Error bad(Error::Kind::Corrupt, Tr::tr("The package %1 is damaged: its key-change notice is not valid.").arg(source));
    if (array.size() > MaxNotices)
        throw bad;
    QList<KeyChangeNotice> out;
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            throw bad;
        const QJsonObject o = v.toObject();
        bool ok = true;
        KeyChangeNotice n;
        n.oldPublic = b64(o, "oldPublicKey", crypto_sign_PUBLICKEYBYTES, ok);
        n.newPublic = b64(o, "newPublicKey", crypto_sign_PUBLICKEYBYTES, ok);
        n.newBoxPublic = b64(o, "newBoxPublicKey", crypto_box_PUBLICKEYBYTES, ok);
        n.signature = b64(o, "signature", crypto_sign_BYTES, ok);
        n.madeAt = o.value(QLatin1String("madeAt")).toString().left(64);
        if (!ok)
            throw bad;
        out << n;
    }
    return out;
}

} // namespace dj
