#pragma once

#include "ImportCounts.h"
#include "PackageReader.h"
#include "PeerRepository.h"
#include "RefusedPackage.h"

#include <QString>
#include <functional>

namespace dj {

class Database;

struct PackageImportOptions
{
    QByteArray passphrase;
    bool dryRun = false; // compare and count, change nothing (the preview)
    QString byWhom;
    bool backupFirst = true; // a verified copy in the backups folder before anything is merged
    // Import the rows the sender may change and leave out (and list) the others; without it
    // such a package is refused whole (RefusedPackage).
    bool skipRefused = false;
    // Trust the sender's key as the package brings it, committed only with the import (a
    // preview or a failed import leaves nothing trusted): after a person compared the
    // fingerprint with the sending office and said what it speaks for.
    struct TrustSender
    {
        bool on = false;
        QString speaksForOrgId; // empty: the whole department
        PeerRepository::Confirmed confirmed;
    } trust;
};

struct ImportOutcome
{
    ImportCounts counts;
    qint64 importId = 0;      // the import_log row; 0 for a preview or when nothing changed
    bool nothingToDo = false; // the file already had everything in the package
    QString gapWarning;       // packages from this sender that have not arrived
    QString backupPath;       // the copy made before merging; empty when none was kept
    QList<RefusedRow> refused; // rows the sender may not change (left out, or why a preview would be refused)
    qint64 refusedTotal = 0;   // all of them; `refused` holds the first SenderRules::ListLimit
};

// Imports one package: checks it is for this office and signed by a trusted key, verifies and
// decrypts it before reading anything inside, validates the payload through its own read-only
// connection, then merges it in one transaction and logs it. Nothing is written when any step fails.
class PackageImport
{
public:
    // KeyChanged: signed with a new key that the package's key-change notices lead to from the
    // key trusted here, each step signed by the key before it; the import records the new key.
    enum class Sender { Trusted, ThisOffice, Unknown, Revoked, OtherKey, KeyChanged };
    using Progress = std::function<bool(int percent)>;

    PackageImport(Database &db, const QString &packagePath);

    const PackageHeader &header() const { return m_reader.header(); }
    Sender sender() const;
    // For KeyChanged: the fingerprints of the key trusted here and of the package's key.
    QString trustedFingerprint() const;

    ImportOutcome run(const PackageImportOptions &options, const Progress &progress = {});

private:
    QString checkSequence(qint64 &expected) const;
    void recordKeyChange(const QString &byWhom);
    Database &m_db;
    PackageReader m_reader;
};

} // namespace dj
