#include "OfficeCommands.h"

#include "exchange/BusinessDigest.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/OfficeKeyChange.h"
#include "exchange/PeerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

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
    printLine(Tr::tr("Office: %1 (%2)").arg(key.officeName, key.officeId));
    printLine(Tr::tr("Fingerprint: %1").arg(key.fingerprint()));
    if (!a.has(QStringLiteral("yes"))) {
        // Trust is a person's decision: they compare the fingerprint with the other office.
        printLine(Tr::tr("Compare the fingerprint with the other office. Type yes to trust this key:"));
        std::fflush(stdout);
        QTextStream in(stdin);
        if (in.readLine().trimmed().toLower() != QLatin1String("yes"))
            throw dj::Error(dj::Error::Kind::Invalid, Tr::tr("Not confirmed: the key was not trusted."));
    }
    dj::PeerRepository(*db).trust(key, currentUser());
    printLine(Tr::tr("Trusted %1.").arg(key.officeName));
    return Ok;
}

int officePeers(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    for (const dj::Peer &p : dj::PeerRepository(*db).all())
        printLine(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(p.key.officeName, p.key.fingerprint(), p.trusted() ? Tr::tr("trusted") : Tr::tr("revoked"),
                           p.key.officeId));
    return Ok;
}

int digest(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    printLine(dj::BusinessDigest::compute(*db));
    return Ok;
}

} // namespace cli
