#pragma once

#include "OfficeIdentity.h"

#include <QDateTime>
#include <optional>

namespace dj {

class Database;

// An office this one has agreed to take packages from, after a person compared the key's
// fingerprint with the other office (by phone, on paper), and what it speaks for: the whole
// department (the 机关党委 or 党组 office) or one organisation's subtree (a 党总支 or 党支部).
struct Peer
{
    OfficeKey key;
    QString trustedAt;
    QString trustedBy;
    QString revokedAt; // empty while trusted
    QString speaksForOrgId; // empty: the whole department
    bool trusted() const { return revokedAt.isEmpty(); }
    bool department() const { return speaksForOrgId.isEmpty(); }
};

// What a person confirmed beyond the fingerprint: a key that replaces another one, trust
// given again after a revocation.
struct TrustConfirmed
{
    bool keyChange = false;
    bool reinstate = false;
};

class PeerRepository
{
public:
    // What trusting a key would change for the office it names.
    enum class Change { NewOffice, SameKey, KeyChanged, Revoked };
    using Confirmed = TrustConfirmed;

    explicit PeerRepository(Database &db) : m_db(db) {}

    Change changeFor(const OfficeKey &key) const;
    // Trusted offices other than key's with the same name (a look-alike to warn about).
    QList<Peer> sameName(const OfficeKey &key) const;
    // Trusts `key` for `speaksForOrgId` (empty: the whole department). A new key for an office
    // already known (Conflict unless confirmed.keyChange) replaces the old one; a revoked
    // office is trusted again only when confirmed.reinstate. Throws Invalid for this office's
    // own key or an organisation this file does not have. Audited.
    void trust(const OfficeKey &key, const QString &speaksForOrgId, const QString &byWhom, Confirmed confirmed = {});
    // Changes what a trusted office speaks for. Audited.
    void setScope(const QString &officeId, const QString &speaksForOrgId, const QString &byWhom);
    void revoke(const QString &officeId);
    // A trusted office's key changed by a key-change notice signed with the key trusted here
    // (checked by the caller): only the key is replaced, trust stays as it was given.
    void replaceKey(const QString &officeId, const QByteArray &newPublicKey);
    std::optional<Peer> find(const QString &officeId) const;
    QList<Peer> all() const;

    // "department", or the code of the organisation at the top of the subtree.
    QString scopeText(const QString &speaksForOrgId) const;
    // For people: "the whole department" / "组织 A01 (name) and below".
    QString describeScope(const QString &speaksForOrgId) const;
    // "department" → empty; an organisation code → its id. Throws Invalid naming the forms.
    QString parseScope(const QString &text) const;

private:
    void checkOrg(const QString &orgId) const;
    Database &m_db;
};

} // namespace dj
