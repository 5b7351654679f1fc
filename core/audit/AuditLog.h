#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dj {

class Database;

// One entry of the audit log: who changed which row of which table, and when (`at` is the
// ISO-8601 UTC stamp with milliseconds). The digests are BLAKE2b-256 of the row before and
// after (empty for an insert's before and a delete's after); `chain` links the entry to
// all those before it.
struct AuditEntry
{
    qint64 seq = 0;
    QString at, user, table, rowId, op;
    QByteArray oldDigest, newDigest, chain;
};

// Which entries to read; an empty field matches everything. `from` is inclusive and `to`
// exclusive; `limit` 0 means all.
struct AuditFilter
{
    QString user;
    QString table;
    QString rowId;
    QString op; // insert, update or delete
    QDateTime from, to;
    int limit = 0;
};

struct AuditVerdict
{
    bool ok = true;
    qint64 entries = 0;     // entries read
    qint64 firstBadSeq = 0; // the first entry changed or missing; 0 when none or not one entry
    QString problem;        // one sentence saying what was found, for the user
    QByteArray head;        // the chain of the last entry: note it down to compare later
};

// Reads, verifies and exports the audit log that AuditTrail writes. Works on read-only
// connections (check, the viewer) as on writable ones. Reading entries needs
// Permission::ReadAuditLog (administrators and the 机关党委; dj::Error(Denied) otherwise);
// verifying does not: it shows no entry's content.
//
// Every entry's chain is BLAKE2b-256 over (the previous entry's chain, seq, at, user, table,
// row id, op, old digest, new digest) — see AuditHash for the encoding — starting from 32 zero
// bytes, and audit_head holds the number and chain of the last entry. So a changed entry no
// longer matches its chain, an entry removed in the middle leaves a gap in the numbers and
// breaks the next link, and entries removed from the end no longer reach the head. A person
// who rewrites every chain from the change onwards and the head as well is not caught: compare
// the head with one noted earlier (`dangjian-cli check` prints it) or with a backup copy.
class AuditLog
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit AuditLog(const Database &db);
    // Whether the file has the audit tables (schema 7 and later).
    static bool present(const Database &db);

    // Newest first.
    QList<AuditEntry> entries(const AuditFilter &filter = {}) const;
    qint64 count(const AuditFilter &filter = {}) const;
    QStringList users() const;
    QStringList tables() const;

    // Walks every entry in order; `progress` returning false stops (the verdict then says so).
    AuditVerdict verify(const Progress &progress = {}) const;

    // The entries the filter selects as CSV (header row, digests in lowercase hex), written
    // atomically. Returns false when `progress` cancelled (nothing is left at `path`).
    bool exportCsv(const QString &path, const AuditFilter &filter, const Progress &progress = {}) const;
    static QStringList csvHeaders();

private:
    const Database &m_db;
};

} // namespace dj
