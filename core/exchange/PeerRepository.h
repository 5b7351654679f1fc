#pragma once

#include "OfficeIdentity.h"

#include <QDateTime>
#include <optional>

namespace dj {

class Database;

// An office this one has agreed to take packages from, after a person compared the key's
// fingerprint with the other office (by phone, on paper).
struct Peer
{
    OfficeKey key;
    QString trustedAt;
    QString trustedBy;
    QString revokedAt; // empty while trusted
    bool trusted() const { return revokedAt.isEmpty(); }
};

class PeerRepository
{
public:
    explicit PeerRepository(Database &db) : m_db(db) {}

    // Trusts `key`; a new key for an office already known replaces the old one (the old one
    // stops verifying). Throws Invalid for this office's own key.
    void trust(const OfficeKey &key, const QString &byWhom);
    void revoke(const QString &officeId);
    // A trusted office's key changed by a key-change notice signed with the key trusted here
    // (checked by the caller): only the key is replaced, trust stays as it was given.
    void replaceKey(const QString &officeId, const QByteArray &newPublicKey);
    std::optional<Peer> find(const QString &officeId) const;
    QList<Peer> all() const;

private:
    Database &m_db;
};

} // namespace dj
