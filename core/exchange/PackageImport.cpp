#include "PackageImport.h"
#include "access/Permission.h"

#include "ImportEngine.h"
#include "OfficeIdentity.h"
#include "OfficeKeyChange.h"
#include "PayloadSchema.h"
#include "access/OfficeKeyVault.h"
#include "audit/AuditEvent.h"
#include "PeerRepository.h"
#include "SenderRules.h"
#include "SqlStmt.h"
#include "common/Clock.h"
#include "common/CrashPoint.h"
#include "common/Error.h"
#include "storage/ScopedBackup.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <sodium.h>
#include <sqlite3.h>

#include <optional>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PackageImport)
};

QString stream(const PackageHeader &h) { return h.forAnyOffice() ? QStringLiteral("*") : h.recipientOfficeId; }

QByteArray countsJson(const ImportCounts &c)
{
    QJsonObject out;
    for (int k = 0; k < ImportCounts::CategoryCount; ++k)
        out.insert(ImportCounts::key(ImportCounts::Category(k)), c.tablesJson(ImportCounts::Category(k)));
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

// Detaches the payload whatever happens, after the transaction has ended.
struct Attached
{
    sqlite3 *h;
    Attached(sqlite3 *handle, const QString &path) : h(handle)
    {
        SqlStmt(h, "ATTACH DATABASE ?1 AS p").bind(1, path).exec();
    }
    ~Attached() { sqlite3_exec(h, "DETACH DATABASE p", nullptr, nullptr, nullptr); }
};
} // namespace

PackageImport::PackageImport(Database &db, const QString &packagePath) : m_db(db), m_reader(packagePath) {}

PackageImport::Sender PackageImport::sender() const
{
    const OfficeKey &key = header().sender;
    if (key.officeId == m_db.officeId())
        return key.publicKey == OfficeIdentity::publicKey(m_db).publicKey ? Sender::ThisOffice : Sender::OtherKey;
    const auto peer = PeerRepository(m_db).find(key.officeId);
    if (!peer)
        return Sender::Unknown;
    if (!peer->trusted())
        return Sender::Revoked;
    if (peer->key.publicKey == key.publicKey)
        return Sender::Trusted;
    return OfficeKeyChange::follow(key.officeId, peer->key.publicKey, key.publicKey, header().keyChanges).isEmpty()
        ? Sender::OtherKey
        : Sender::KeyChanged;
}

QString PackageImport::trustedFingerprint() const
{
    const auto peer = PeerRepository(m_db).find(header().sender.officeId);
    return peer ? peer->key.fingerprint() : QString();
}

// Inside the import's transaction: the new key is kept only with an import that commits.
void PackageImport::recordKeyChange(const QString &byWhom)
{
    const PackageHeader &h = header();
    const QString oldFingerprint = trustedFingerprint();
    PeerRepository(m_db).replaceKey(h.sender.officeId, h.sender.publicKey);
    AuditEvent::record(m_db, AuditEvent::Kind::PeerKeyChanged,
                       Tr::tr("%1: %2 → %3 (by %4)").arg(h.sender.officeName, oldFingerprint, h.senderFingerprint(), byWhom));
}

QString PackageImport::checkSequence(qint64 &expected) const
{
    SqlStmt s(m_db.handle(), "SELECT max(sequence) FROM import_log WHERE sender_office = ?1 AND recipient = ?2 "
                             "AND undone_at IS NULL");
    s.bind(1, header().sender.officeId).bind(2, stream(header()));
    const qint64 last = s.step() ? s.int64(0) : 0;
    expected = last + 1;
    if (last > 0 && header().sequence > last + 1)
        return Tr::tr("Packages %1 to %2 from %3 have not been imported here; ask that office whether they were lost.")
            .arg(last + 1)
            .arg(header().sequence - 1)
            .arg(header().sender.officeName);
    return {};
}

ImportOutcome PackageImport::run(const PackageImportOptions &options, const Progress &progress)
{
    require(m_db, Permission::ImportPackages);
    const PackageHeader &h = header();
    const OfficeKey me = OfficeIdentity::ensure(m_db);
    if (!h.forAnyOffice() && h.recipientOfficeId != me.officeId)
        throw Error(Error::Kind::Invalid, Tr::tr("This package was made for %1, not for this office (%2). Nothing was imported.")
                                              .arg(h.recipientOfficeName, me.officeName));
    QByteArray trustedKey = h.sender.publicKey;
    const Sender who = sender();
    // Trusting now: a key change or a revoked office needs its own confirmation (the
    // PeerRepository refuses it otherwise, inside the transaction below).
    const bool trusting = options.trust.on && who != Sender::ThisOffice && who != Sender::Trusted
        && who != Sender::KeyChanged;
    switch (trusting ? Sender::Trusted : who) {
    case Sender::Trusted:
    case Sender::ThisOffice:
    case Sender::KeyChanged: // the chain of notices from the trusted key leads to this one
        break;
    case Sender::Unknown:
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The package is signed by %1, an office this file does not trust yet (fingerprint %2). Compare "
                           "the fingerprint with that office, then trust its key. Nothing was imported.")
                        .arg(h.sender.officeName, h.senderFingerprint()));
    case Sender::Revoked:
        throw Error(Error::Kind::Invalid, Tr::tr("The package is signed by %1, whose key is no longer trusted here. Nothing "
                                                 "was imported.")
                                              .arg(h.sender.officeName));
    case Sender::OtherKey:
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The package says it comes from %1 but is signed with another key (fingerprint %2) than the one "
                           "trusted here. Nothing was imported.")
                        .arg(h.sender.officeName, h.senderFingerprint()));
    }
    const auto step = [&](int percent) {
        if (progress && !progress(percent))
            throw Error(Error::Kind::Invalid, Tr::tr("The import was cancelled; nothing was changed."));
    };
    m_reader.verify(trustedKey, [&](qint64 done, qint64 total) { return !progress || progress(int(done * 20 / qMax<qint64>(1, total))); });

    QTemporaryDir work;
    if (!work.isValid())
        throw Error(Error::Kind::Storage, Tr::tr("No temporary folder is available: %1").arg(work.errorString()));
    const QString payload = work.filePath(QStringLiteral("payload.sqlite"));
    PackageReader::Decryption keys;
    keys.passphrase = options.passphrase;
    if (h.encryption == PackageHeader::Encryption::Recipient) {
        const OfficeSecrets secrets = OfficeKeyVault::secrets(m_db);
        keys.recipientPublicKey = me.publicKey;
        keys.recipientSecretKey = QByteArray(secrets.sign.constData(), secrets.sign.size());
        keys.recipientBoxPublicKey = me.boxPublicKey;
        keys.recipientBoxSecretKey = QByteArray(secrets.box.constData(), secrets.box.size());
    }
    const auto wipeKeys = qScopeGuard([&] {
        sodium_memzero(keys.recipientSecretKey.data(), size_t(keys.recipientSecretKey.size()));
        sodium_memzero(keys.recipientBoxSecretKey.data(), size_t(keys.recipientBoxSecretKey.size()));
    });
    m_reader.extractPayload(payload, keys, [&](qint64 done, qint64 total) {
        return !progress || progress(20 + int(done * 20 / qMax<qint64>(1, total)));
    });
    PayloadSchema::validate(payload);
    step(45);

    ImportOutcome outcome;
    std::optional<ScopedBackup> backup; // kept only when the import changes the file
    if (options.backupFirst && !options.dryRun) {
        try {
            backup.emplace(m_db);
        } catch (const Error &e) {
            throw Error(Error::Kind::Storage,
                        Tr::tr("No backup copy could be made before importing, so nothing was imported: %1").arg(e.message()));
        }
    }
    qint64 expected = 0;
    outcome.gapWarning = checkSequence(expected);
    sqlite3 *db = m_db.handle();
    Attached attached(db, payload);
    Transaction tx(m_db);
    // The signed-in account, not what the caller names (a system user name).
    const QString byWhom = m_db.user().signedIn ? m_db.user().user : options.byWhom;
    if (trusting)
        PeerRepository(m_db).trust(h.sender, options.trust.speaksForOrgId, byWhom, options.trust.confirmed);
    if (who == Sender::KeyChanged)
        recordKeyChange(byWhom);
    QString scopeOrgId;
    if (who != Sender::ThisOffice)
        scopeOrgId = trusting ? options.trust.speaksForOrgId : PeerRepository(m_db).find(h.sender.officeId)->speaksForOrgId;
    SqlStmt::run(db, "PRAGMA defer_foreign_keys = ON; INSERT INTO exchange_write VALUES (1)");
    SqlStmt log(db, "INSERT INTO import_log (package_id, package_hash, sender_office, sender_name, recipient, sequence, "
                    "scope, created_at, imported_at, imported_by, counts, expected_sequence) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, '{}', ?11)");
    log.bind(1, h.packageId).bind(2, QString::fromLatin1(h.payloadHash.toHex())).bind(3, h.sender.officeId);
    log.bind(4, h.sender.officeName).bind(5, stream(h)).bind(6, h.sequence).bind(7, h.scope);
    log.bind(8, h.createdAt.toString(Qt::ISODateWithMs)).bind(9, Clock::stamp()).bind(10, byWhom);
    if (outcome.gapWarning.isEmpty())
        log.bindNull(11);
    else
        log.bind(11, expected);
    log.exec();
    const qint64 importId = sqlite3_last_insert_rowid(db);

    // Rows the sender may not change: the package is refused whole, or they are left out.
    SenderRules rules(m_db, h.sender.officeId, h.sender.officeName, scopeOrgId, who == Sender::ThisOffice);
    outcome.refused = rules.check();
    outcome.refusedTotal = rules.total();
    if (!outcome.refused.isEmpty()) {
        if (!options.skipRefused && !options.dryRun)
            throw RefusedPackage(rules.message(outcome.refused), outcome.refused, outcome.refusedTotal);
        rules.dropRefused(); // a preview counts what importing the rest would do
    }
    ImportEngine engine(m_db, importId, h.sender.officeId);
    outcome.counts = engine.run(options.dryRun, [&](int done, int total) { return !progress || progress(45 + done * 50 / total); });
    outcome.nothingToDo = !outcome.counts.changesAnything();
    if (options.dryRun)
        return outcome; // the guard rolls everything back, the log row and any trust included
    if (outcome.nothingToDo) {
        if (!trusting)
            return outcome;
        // Nothing to merge, but the key the person confirmed is trusted now.
        SqlStmt(db, "DELETE FROM import_log WHERE id = ?1").bind(1, importId).exec();
        SqlStmt::run(db, "DELETE FROM exchange_write");
        tx.commit();
        return outcome;
    }

    if (who != Sender::ThisOffice)
        SenderRules::recordExchanged(db, "p", h.sender.officeId, true); // versions this sender has had
    SqlStmt::run(db, "DELETE FROM exchange_write");
    SqlStmt counts(db, "UPDATE import_log SET counts = ?1 WHERE id = ?2");
    counts.bind(1, QString::fromUtf8(countsJson(outcome.counts))).bind(2, importId).exec();
    crashPoint("import-before-commit");
    try {
        tx.commit();
    } catch (const Error &) {
        // A deferred reference that does not resolve: name the row it came from. Any other
        // failure (a full or failing disk) is reported as it is.
        if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_FOREIGNKEY)
            engine.checkReferences();
        throw;
    }
    crashPoint("import-after-commit");
    outcome.importId = importId;
    if (backup)
        outcome.backupPath = backup->keep();
    if (progress)
        progress(100);
    return outcome;
}

} // namespace dj
