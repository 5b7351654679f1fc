#include "OfficeCommands.h"

#include "exchange/BusinessDigest.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/OfficeKeyChange.h"
#include "exchange/PeerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int officeShow(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    QString fingerprint;
    try {
        fingerprint = dj::OfficeIdentity::publicKey(*db).fingerprint();
    } catch (const dj::Error &) {
        // A file from before exchange: its key is made the first time it is opened for writing.
    }
    if (a.has(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("officeId"), db->officeId()},
                                            {QStringLiteral("officeName"), db->officeName()},
                                            {QStringLiteral("fingerprint"), fingerprint}}));
        return Ok;
    }
    printLine(Tr::tr("Office: %1").arg(db->officeName()));
    printLine(Tr::tr("Office id: %1").arg(db->officeId()));
    printLine(fingerprint.isEmpty() ? Tr::tr("Signing key: none yet (made when the file is next opened for writing)")
                                    : Tr::tr("Fingerprint: %1").arg(fingerprint));
    return Ok;
}

int officeExportKey(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        usage(Tr::tr("Give the key file to write with --out K.djkey."));
    auto db = openData(file, false);
    const dj::OfficeKey key = dj::OfficeIdentity::ensure(*db);
    dj::OfficeIdentity::writeKeyFile(key, out);
    printLine(Tr::tr("Wrote the public key of %1 to %2; fingerprint %3").arg(key.officeName, out, key.fingerprint()));
    return Ok;
}

QString speaksForOption(const CliArgs &a, dj::Database &db)
{
    if (!a.options.contains(QStringLiteral("speaks-for")))
        usage(Tr::tr("Say what the office speaks for with --speaks-for department (the whole department) or "
                     "--speaks-for ORGCODE (that organisation and below); a key is not trusted without it."));
    return dj::PeerRepository(db).parseScope(a.value(QStringLiteral("speaks-for")));
}

dj::PeerRepository::Confirmed confirmTrust(const CliArgs &a, dj::Database &db, const dj::OfficeKey &key)
{
    const dj::PeerRepository peers(db);
    dj::PeerRepository::Confirmed confirmed;
    const auto known = peers.find(key.officeId);
    printLine(Tr::tr("Office: %1 (%2)").arg(key.officeName, key.officeId));
    QString question = Tr::tr("Compare the fingerprint with the other office. Type yes to trust this key:");
    switch (peers.changeFor(key)) {
    case dj::PeerRepository::Change::KeyChanged:
        // Side by side: the office says it has a new key; only the office itself can confirm.
        printLine(Tr::tr("%1 is trusted here with another key. The new key replaces it:").arg(key.officeName));
        printLine(Tr::tr("  Old fingerprint: %1").arg(known->key.fingerprint()));
        printLine(Tr::tr("  New fingerprint: %1").arg(key.fingerprint()));
        if (a.has(QStringLiteral("yes")) && !a.has(QStringLiteral("replace-key")))
            throw dj::Error(dj::Error::Kind::Conflict, Tr::tr("The key of %1 has changed; confirm the new fingerprint with "
                                                              "that office, then add --replace-key.")
                                                           .arg(key.officeName));
        question = Tr::tr("Ask %1 whether it made a new key and compare the new fingerprint. Type yes to replace the key:")
                       .arg(key.officeName);
        confirmed.keyChange = true;
        break;
    case dj::PeerRepository::Change::Revoked:
        printLine(Tr::tr("Fingerprint: %1").arg(key.fingerprint()));
        printLine(Tr::tr("The key of %1 was revoked here on %2.").arg(key.officeName, known->revokedAt));
        if (a.has(QStringLiteral("yes")) && !a.has(QStringLiteral("reinstate")))
            throw dj::Error(dj::Error::Kind::Conflict,
                            Tr::tr("%1 was revoked here; to trust it again add --reinstate.").arg(key.officeName));
        question = Tr::tr("Type yes to trust %1 again:").arg(key.officeName);
        confirmed.reinstate = true;
        break;
    case dj::PeerRepository::Change::NewOffice:
    case dj::PeerRepository::Change::SameKey:
        printLine(Tr::tr("Fingerprint: %1").arg(key.fingerprint()));
        break;
    }
    for (const dj::Peer &p : peers.sameName(key))
        printLine(Tr::tr("Warning: another trusted office is also called %1 (fingerprint %2). Make sure this is not "
                         "someone posing as it.")
                      .arg(p.key.officeName, p.key.fingerprint()));
    if (!a.has(QStringLiteral("yes")) && !confirm(question))
        throw dj::Error(dj::Error::Kind::Invalid, Tr::tr("Not confirmed: the key was not trusted."));
    return confirmed;
}

int officeNewKey(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    auto db = openData(file, false);
    const QString oldFingerprint = dj::OfficeIdentity::ensure(*db).fingerprint();
    const dj::KeyChangeNotice n = dj::OfficeKeyChange::newKey(*db);
    printLine(Tr::tr("New key pair for %1: old fingerprint %2, new fingerprint %3.")
                  .arg(db->officeName(), oldFingerprint, dj::OfficeKey::fingerprintOf(n.newPublic)));
    printLine(Tr::tr("Every package from now on carries the change, signed with the old key; offices that trust the "
                     "old key take the new one with their next import. Give offices that have not trusted this "
                     "office yet the new key file (office export-key)."));
    return Ok;
}

int officeTrust(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString keyFile = a.value(QStringLiteral("key"));
    if (keyFile.isEmpty())
        usage(Tr::tr("Give the other office's key file with --key K.djkey."));
    const dj::OfficeKey key = dj::OfficeIdentity::readKeyFile(keyFile);
    auto db = openData(file, false);
    const QString scope = speaksForOption(a, *db);
    const dj::PeerRepository::Confirmed confirmed = confirmTrust(a, *db, key);
    dj::PeerRepository peers(*db);
    peers.trust(key, scope, currentUser(), confirmed);
    printLine(Tr::tr("Trusted %1; it speaks for %2.").arg(key.officeName, peers.describeScope(scope)));
    return Ok;
}

int officeScope(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString office = a.value(QStringLiteral("office"));
    if (office.isEmpty())
        usage(Tr::tr("Name the trusted office with --office NAME (its name or id; see office peers)."));
    auto db = openData(file, false);
    dj::PeerRepository peers(*db);
    const QString scope = speaksForOption(a, *db);
    QList<dj::Peer> matches;
    for (const dj::Peer &p : peers.all())
        if (p.trusted() && (p.key.officeId == office || p.key.officeName == office))
            matches << p;
    if (matches.isEmpty())
        throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("No trusted office is called %1.").arg(office));
    if (matches.size() > 1)
        usage(Tr::tr("Several trusted offices are called %1; name one by its id (see office peers).").arg(office));
    peers.setScope(matches.first().key.officeId, scope, currentUser());
    printLine(Tr::tr("%1 now speaks for %2.").arg(matches.first().key.officeName, peers.describeScope(scope)));
    return Ok;
}

int officePeers(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    const dj::PeerRepository peers(*db);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const dj::Peer &p : peers.all())
            list.append(QJsonObject{{QStringLiteral("officeId"), p.key.officeId},
                                    {QStringLiteral("name"), p.key.officeName},
                                    {QStringLiteral("fingerprint"), p.key.fingerprint()},
                                    {QStringLiteral("trusted"), p.trusted()},
                                    {QStringLiteral("trustedAt"), p.trustedAt},
                                    {QStringLiteral("trustedBy"), p.trustedBy},
                                    {QStringLiteral("revokedAt"), p.revokedAt},
                                    {QStringLiteral("speaksFor"), peers.scopeText(p.speaksForOrgId)}});
        printJson(QJsonDocument(list));
        return Ok;
    }
    for (const dj::Peer &p : peers.all())
        printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(p.key.officeName, p.key.fingerprint(), p.trusted() ? Tr::tr("trusted") : Tr::tr("revoked"),
                           p.key.officeId, peers.scopeText(p.speaksForOrgId)));
    return Ok;
}

int digest(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    printLine(dj::BusinessDigest::compute(*db));
    return Ok;
}

} // namespace cli
