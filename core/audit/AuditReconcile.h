#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace dj {

class Database;

// One row whose content the audit log does not account for.
struct AuditDrift
{
    enum class Kind {
        Changed,  // its content differs from the digest of its last entry
        Unlogged, // it has no entry at all
        Removed,  // its last entry says it exists, but it is gone
    };
    Kind kind = Kind::Changed;
    QString table;
    QString rowId;
    QByteArray digest; // the row's digest now (empty when removed)
};

// Compares every audited row with the last entry the log has for it. The log chains what this
// program wrote; a change made with another program (an sqlite3 shell) leaves the chain whole
// but the row no longer matches its last digest — this finds that, by table and row.
class AuditReconcile
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Every row that drifted (read-only connections too). `progress` returning false stops.
    static QList<AuditDrift> find(const Database &db, const Progress &progress = {});
    // Writes a 'baseline' entry (the row's digest now) for every row `find` reports, so the log
    // covers it from here on: for a new file's first rows and after an upgrade changed the
    // tables (a new column changes every digest). Needs the audit trail installed.
    static int baseline(Database &db);
    // "Table 行 row: what" in words, for check and the log viewer.
    static QString describe(const AuditDrift &d);
};

} // namespace dj
