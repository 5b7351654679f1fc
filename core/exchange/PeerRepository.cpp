#include "PeerRepository.h"

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
    return p;
}

const QString kColumns = QStringLiteral("office_id, name, public_key, trusted_at, trusted_by, ifnull(revoked_at, '')");
} // namespace

void PeerRepository::trust(const OfficeKey &key, const QString &byWhom)
{
    if (key.officeId == m_db.officeId())
        throw Error(Error::Kind::Invalid, Tr::tr("That is this office's own key; another office's key is needed."));
    if (key.publicKey.size() != 32)
        throw Error(Error::Kind::Invalid, Tr::tr("The key is not a valid office key."));
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO peer_office (office_id, name, public_key, trusted_at, trusted_by) VALUES "
                               "(:id, :name, :key, :now, :by) ON CONFLICT(office_id) DO UPDATE SET name = excluded.name, "
                               "public_key = excluded.public_key, trusted_at = excluded.trusted_at, trusted_by = "
                               "excluded.trusted_by, revoked_at = NULL"))
        .bind(QStringLiteral(":id"), key.officeId)
        .bind(QStringLiteral(":name"), key.officeName)
        .bind(QStringLiteral(":key"), QString::fromLatin1(key.publicKey.toHex()))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":by"), byWhom.trimmed())
        .exec();
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

} // namespace dj
