#pragma once

#include <QStringList>

namespace dj {

class Database;

// Writes the audit log (issue 8): TEMP triggers on this connection append one entry to
// audit_log for every row inserted, changed or deleted in the audited tables — who, when,
// which table and row, a digest of the row before and after — and chain each entry to the one
// before it (AuditLog::verify explains the chain). The triggers are made from PRAGMA
// table_info, so a column a later migration adds is covered without touching this code.
//
// Each trigger hands (table, row id, op, dj_audit_digest(old row), dj_audit_digest(new row))
// to AuditSink, which numbers, stamps, chains and stores the entry. dj_audit_digest is
// SQLITE_DIRECTONLY and the sink a TEMP table: a trigger or view stored in a data file can
// use neither. Further TEMP triggers refuse, on this connection, any change or deletion of an
// entry and any new or deleted head.
//
// An UPDATE that changes no column records nothing. What another program writes (an sqlite3
// shell, an older version of this one) is not logged; what it does to the log is detected.
class AuditTrail
{
public:
    // On a writable connection of a file with the audit tables (schema 7 and later);
    // does nothing otherwise. Database::create and Database::open call it.
    static void install(Database &db);
    // Drops the triggers again: for the benchmark that measures what they cost.
    static void uninstall(Database &db);
    static bool isInstalled(const Database &db);
    // Every table whose changes are logged: the business tables, accounts, trusted offices
    // and exchange conflicts.
    static const QStringList &tables();

    // "SELECT <row id>, dj_audit_digest(<every column>) FROM main.<table>": each row's id and
    // digest exactly as the triggers compute them, for comparing the rows with the log (read-only
    // connections too: it registers the function). Empty when the file has no such table.
    static QByteArray digestQuery(const Database &db, const QString &table);
};

} // namespace dj
