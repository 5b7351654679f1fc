#include "PeerRepository.h"

#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PeerRepository)
};

Peer peerFrom(const Query &q)
{
    Peer p;
    p.key.officeId = q.text(0);
    p.key.officeName = q.text(1);
    p.key.publicKey = QByteArray::fromHex(q.text(2).toLatin1());
    p.trustedAt = q.text(3);
    p.trustedBy = q.text(4);
    p.revokedAt = q.text(5);
    p.speaksForOrgId = q.text(6);
    return p;
}

const QString kColumns =
    QStringLiteral("office_id, name, public_key, trusted_at, trusted_by, ifnull(revoked_at, ''), ifnull(speaks_for_org, '')");
} // namespace

PeerRepository::Change PeerRepository::changeFor(const OfficeKey &key) const
{
    const auto known = find(key.officeId);
    if (!known)
        return Change::NewOffice;
    if (!known->trusted())
        return Change::Revoked;
    return known->key.publicKey == key.publicKey ? Change::SameKey : Change::KeyChanged;
}

QList<Peer> PeerRepository::sameName(const OfficeKey &key) const
{
    QList<Peer> out;
    for (const Peer &p : all())
        if (p.trusted() && p.key.officeId != key.officeId &&
            p.key.officeName.trimmed().compare(key.officeName.trimmed(), Qt::CaseInsensitive) == 0)
            out << p;
    return out;
}

void PeerRepository::checkOrg(const QString &orgId) const
{
    if (orgId.isEmpty())
        return;
    Query q(m_db, QStringLiteral("SELECT 1 FROM organization WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), orgId).exec();
    if (!q.next())
        throw Error(Error::Kind::Invalid, Tr::tr("The organisation an office is to speak for is not in this file."));
}

void PeerRepository::trust(const OfficeKey &key, const QString &speaksForOrgId, const QString &byWhom, Confirmed confirmed)
{
    if (key.officeId == m_db.officeId())
        throw Error(Error::Kind::Invalid, Tr::tr("That is this office's own key; another office's key is needed."));
    if (key.publicKey.size() != 32)
        throw Error(Error::Kind::Invalid, Tr::tr("The key is not a valid office key."));
    checkOrg(speaksForOrgId);
    const auto known = find(key.officeId);
    switch (changeFor(key)) {
    case Change::KeyChanged:
        if (!confirmed.keyChange)
            throw Error(Error::Kind::Conflict,
                        Tr::tr("%1 is trusted here with another key (fingerprint %2); the new key (fingerprint %3) "
                               "replaces it only when that is confirmed.")
                            .arg(key.officeName, known->key.fingerprint(), key.fingerprint()));
        break;
    case Change::Revoked:
        if (!confirmed.reinstate)
            throw Error(Error::Kind::Conflict, Tr::tr("The key of %1 was revoked here on %2; it is trusted again only "
                                                      "when that is confirmed.")
                                                   .arg(key.officeName, known->revokedAt));
        break;
    case Change::NewOffice:
    case Change::SameKey:
        break;
    }
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO peer_office (office_id, name, public_key, trusted_at, trusted_by, speaks_for_org) "
                               "VALUES (:id, :name, :key, :now, :by, :scope) ON CONFLICT(office_id) DO UPDATE SET "
                               "name = excluded.name, public_key = excluded.public_key, trusted_at = excluded.trusted_at, "
                               "trusted_by = excluded.trusted_by, revoked_at = NULL, speaks_for_org = excluded.speaks_for_org"))
        .bind(QStringLiteral(":id"), key.officeId)
        .bind(QStringLiteral(":name"), key.officeName)
        .bind(QStringLiteral(":key"), QString::fromLatin1(key.publicKey.toHex()))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":by"), m_db.user().signedIn ? m_db.user().user : byWhom.trimmed())
        .bind(QStringLiteral(":scope"), speaksForOrgId.isEmpty() ? QVariant() : QVariant(speaksForOrgId))
        .exec();
    QString subject = QStringLiteral("%1 (%2): trusted, speaks for %3, fingerprint %4")
                          .arg(key.officeName, key.officeId, scopeText(speaksForOrgId), key.fingerprint());
    if (known && known->key.publicKey != key.publicKey)
        subject += QStringLiteral(", replacing %1").arg(known->key.fingerprint());
    if (known && !known->trusted())
        subject += QStringLiteral(", revoked %1 before").arg(known->revokedAt);
    AuditEvent::record(m_db, AuditEvent::Kind::Trust, subject);
    tx.commit();
}

void PeerRepository::setScope(const QString &officeId, const QString &speaksForOrgId, const QString &byWhom)
{
    Q_UNUSED(byWhom) // the audit entry names the account that is signed in
    const auto known = find(officeId);
    if (!known || !known->trusted())
        throw Error(Error::Kind::NotFound, Tr::tr("That office is not trusted here."));
    checkOrg(speaksForOrgId);
    if (known->speaksForOrgId == speaksForOrgId)
        return;
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("UPDATE peer_office SET speaks_for_org = :scope WHERE office_id = :id"))
        .bind(QStringLiteral(":scope"), speaksForOrgId.isEmpty() ? QVariant() : QVariant(speaksForOrgId))
        .bind(QStringLiteral(":id"), officeId)
        .exec();
    AuditEvent::record(m_db, AuditEvent::Kind::Trust,
                       QStringLiteral("%1 (%2): speaks for %3, was %4")
                           .arg(known->key.officeName, officeId, scopeText(speaksForOrgId), scopeText(known->speaksForOrgId)));
    tx.commit();
}

void PeerRepository::replaceKey(const QString &officeId, const QByteArray &newPublicKey)
{
    if (newPublicKey.size() != 32)
        throw Error(Error::Kind::Invalid, Tr::tr("The key is not a valid office key."));
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE peer_office SET public_key = :key WHERE office_id = :id AND revoked_at IS NULL"));
    q.bind(QStringLiteral(":key"), QString::fromLatin1(newPublicKey.toHex())).bind(QStringLiteral(":id"), officeId).exec();
    if (q.rowsAffected() == 0)
        throw Error(Error::Kind::NotFound, Tr::tr("That office is not trusted here."));
    tx.commit();
}

void PeerRepository::revoke(const QString &officeId)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE peer_office SET revoked_at = :now WHERE office_id = :id AND revoked_at IS NULL"));
    q.bind(QStringLiteral(":now"), Clock::stamp()).bind(QStringLiteral(":id"), officeId).exec();
    if (q.rowsAffected() == 0)
        throw Error(Error::Kind::NotFound, Tr::tr("That office is not trusted here."));
    AuditEvent::record(m_db, AuditEvent::Kind::Trust, QStringLiteral("%1: revoked").arg(officeId));
    tx.commit();
}

std::optional<Peer> PeerRepository::find(const QString &officeId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM peer_office WHERE office_id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), officeId).exec();
    if (!q.next())
        return std::nullopt;
    return peerFrom(q);
}

QList<Peer> PeerRepository::all() const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM peer_office ORDER BY name").arg(kColumns));
    q.exec();
    QList<Peer> out;
    while (q.next())
        out << peerFrom(q);
    return out;
}

QString PeerRepository::scopeText(const QString &speaksForOrgId) const
{
    if (speaksForOrgId.isEmpty())
        return QStringLiteral("department");
    Query q(m_db, QStringLiteral("SELECT code FROM organization WHERE id = :id"));
    q.bind(QStringLiteral(":id"), speaksForOrgId).exec();
    return q.next() ? q.text(0) : speaksForOrgId;
}

QString PeerRepository::describeScope(const QString &speaksForOrgId) const
{
    if (speaksForOrgId.isEmpty())
        return Tr::tr("the whole department");
    Query q(m_db, QStringLiteral("SELECT code, name FROM organization WHERE id = :id"));
    q.bind(QStringLiteral(":id"), speaksForOrgId).exec();
    if (!q.next())
        return Tr::tr("an organisation no longer in this file");
    return Tr::tr("%1 %2 and below").arg(q.text(0), q.text(1));
}

QString PeerRepository::parseScope(const QString &text) const
{
    const QString t = text.trimmed();
    if (t == QLatin1String("department"))
        return {};
    if (!t.isEmpty()) {
        Query q(m_db, QStringLiteral("SELECT id FROM organization WHERE code = :code AND deleted = 0"));
        q.bind(QStringLiteral(":code"), t).exec();
        if (q.next())
            return q.text(0);
    }
    throw Error(Error::Kind::Invalid, Tr::tr("What an office speaks for is \"department\" (the whole department) or the code "
                                             "of an organisation in this file; \"%1\" is neither.")
                                          .arg(text));
}

} // namespace dj
