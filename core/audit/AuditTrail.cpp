#include "AuditTrail.h"

#include "AuditHash.h"
#include "AuditSink.h"
#include "common/Error.h"
#include "exchange/BusinessTables.h"
#include "exchange/SqlStmt.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QMap>

#include <sqlite3.h>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AuditTrail)
};

void auditDigest(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    AuditHash h;
    for (int i = 0; i < argc; ++i)
        h.addValue(argv[i]);
    const QByteArray d = h.result();
    sqlite3_result_blob(ctx, d.constData(), int(d.size()), SQLITE_TRANSIENT);
}

// DIRECTONLY: a trigger or view stored in a data file cannot call it (TEMP triggers of this
// connection can: SQLite trusts the TEMP schema).
void registerDigest(sqlite3 *h)
{
    if (const int rc = sqlite3_create_function_v2(h, "dj_audit_digest", -1,
                                                  SQLITE_UTF8 | SQLITE_DIRECTONLY | SQLITE_DETERMINISTIC, nullptr,
                                                  auditDigest, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        throw storageError(rc, Tr::tr("The audit log could not be set up: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(h))));
}

// The columns of a table as declared, and its primary key columns in key order.
struct Shape
{
    QString table;
    QList<QByteArray> columns;
    QList<QByteArray> key;
};

Shape shapeOf(sqlite3 *h, const QString &table)
{
    Shape s{table, {}, {}};
    QMap<int, QByteArray> key;
    SqlStmt info(h, "SELECT name, pk FROM pragma_table_info(?1, 'main') ORDER BY cid");
    info.bind(1, table);
    while (info.step()) {
        const QByteArray column = quoteIdent(info.text(0));
        s.columns << column;
        if (info.int64(1) > 0)
            key.insert(int(info.int64(1)), column);
    }
    s.key = key.values();
    return s;
}

QByteArray values(const char *row, const QList<QByteArray> &columns, const char *separator)
{
    QByteArray out;
    for (const QByteArray &c : columns) {
        if (!out.isEmpty())
            out += separator;
        out += QByteArray(row) + '.' + c;
    }
    return out;
}

// The row's key: the primary key (joined by | when it has several columns), or the rowid of
// a table without one. The sink stores it as text.
QByteArray rowIdOf(const Shape &s, const char *row)
{
    if (s.key.isEmpty())
        return QByteArray(row) + ".rowid";
    return values(row, s.key, " || '|' || ");
}

QByteArray trigger(const Shape &s, const QByteArray &op)
{
    const bool insert = op == "insert", remove = op == "delete";
    const QByteArray name = quoteIdent(QStringLiteral("dj_audit_") + s.table + QLatin1Char('_') + QLatin1String(op));
    const QByteArray rowId = rowIdOf(s, remove ? "OLD" : "NEW");
    const QByteArray oldDigest = insert ? QByteArray("NULL") : "dj_audit_digest(" + values("OLD", s.columns, ", ") + ")";
    const QByteArray newDigest = remove ? QByteArray("NULL") : "dj_audit_digest(" + values("NEW", s.columns, ", ") + ")";
    // sql-identifiers-only: table and column names from PRAGMA table_info of our own schema, quoted; op is a literal
    return "CREATE TEMP TRIGGER IF NOT EXISTS " + name + " AFTER " + op.toUpper() + " ON main." + quoteIdent(s.table) +
           " BEGIN INSERT INTO dj_audit_sink VALUES ('" + s.table.toUtf8() + "', " + rowId + ", '" + op + "', " +
           oldDigest + ", " + newDigest + "); END;\n";
}

// The log only grows, and only through the sink: anything else this connection tries is
// refused (a mistake in the program). The head is updated by the sink alone; a guard on its
// updates would give every entry a statement journal of its own, so there is none.
const char kGuards[] =
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_audit_log_no_update BEFORE UPDATE ON main.audit_log "
    "BEGIN SELECT RAISE(ABORT, 'dj-audit: the audit log is append-only'); END;\n"
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_audit_log_no_delete BEFORE DELETE ON main.audit_log "
    "BEGIN SELECT RAISE(ABORT, 'dj-audit: the audit log is append-only'); END;\n"
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_audit_head_no_insert BEFORE INSERT ON main.audit_head "
    "BEGIN SELECT RAISE(ABORT, 'dj-audit: the audit log is append-only'); END;\n"
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_audit_head_no_delete BEFORE DELETE ON main.audit_head "
    "BEGIN SELECT RAISE(ABORT, 'dj-audit: the audit log is append-only'); END;\n";

bool hasAuditTables(sqlite3 *h)
{
    SqlStmt s(h, "SELECT count(*) FROM main.sqlite_schema WHERE type = 'table' AND name IN ('audit_log', 'audit_head')");
    return s.step() && s.int64(0) == 2;
}

} // namespace

const QStringList &AuditTrail::tables()
{
    static const QStringList list =
        businessTables() + QStringList{QStringLiteral("account"), QStringLiteral("peer_office"), QStringLiteral("sync_conflict")};
    return list;
}

void AuditTrail::install(Database &db)
{
    sqlite3 *h = db.handle();
    if (db.isReadOnly() || !h || !hasAuditTables(h))
        return;
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The audit log could not be set up: libsodium failed to start."));
    if (isInstalled(db))
        return;
    registerDigest(h);
    AuditSink::create(db);
    QByteArray sql = kGuards;
    for (const QString &table : tables()) {
        const Shape s = shapeOf(h, table);
        if (s.columns.isEmpty())
            continue; // not in this file's schema
        for (const char *op : {"insert", "update", "delete"})
            sql += trigger(s, op);
    }
    db.execScript(sql);
}

void AuditTrail::uninstall(Database &db)
{
    QStringList names;
    {
        SqlStmt s(db.handle(), "SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'dj\\_audit\\_%' "
                               "ESCAPE '\\'");
        while (s.step())
            names << s.text(0);
    }
    for (const QString &name : names)
        // sql-identifiers-only: names of our own TEMP triggers, quoted
        db.execScript("DROP TRIGGER IF EXISTS temp." + quoteIdent(name));
    db.execScript("DROP TABLE IF EXISTS temp.dj_audit_sink");
}

QByteArray AuditTrail::digestQuery(const Database &db, const QString &table)
{
    sqlite3 *h = db.handle();
    registerDigest(h);
    Shape s = shapeOf(h, table);
    if (s.columns.isEmpty())
        return {};
    // The same expressions as the triggers' with the table's own columns for NEW's.
    const QByteArray row = "main." + quoteIdent(table);
    // sql-identifiers-only: table and column names from PRAGMA table_info of our own schema, quoted
    return "SELECT " + rowIdOf(s, row.constData()) + ", dj_audit_digest(" + values(row.constData(), s.columns, ", ") +
           ") FROM " + row;
}

bool AuditTrail::isInstalled(const Database &db)
{
    SqlStmt s(db.handle(), "SELECT count(*) FROM temp.sqlite_schema WHERE type = 'trigger' AND name = 'dj_audit_log_no_update'");
    return s.step() && s.int64(0) > 0;
}

} // namespace dj
