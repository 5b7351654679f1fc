#include "AuditReconcile.h"

#include "AuditLog.h"
#include "AuditTrail.h"
#include "exchange/SqlStmt.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AuditReconcile)
};

// Each row's last digest in the log (null after a delete), keyed by table and row id.
QHash<QString, QHash<QString, QByteArray>> lastDigests(sqlite3 *h)
{
    QHash<QString, QHash<QString, QByteArray>> out;
    SqlStmt q(h, "SELECT l.table_name, l.row_id, l.op, l.new_digest FROM main.audit_log l "
                 "JOIN (SELECT max(seq) AS seq FROM main.audit_log WHERE op <> 'event' "
                 "GROUP BY table_name, row_id) last ON last.seq = l.seq");
    while (q.step()) {
        const QByteArray digest = q.text(2) == QLatin1String("delete") ? QByteArray() : q.blob(3);
        out[q.text(0)].insert(q.text(1), digest.isEmpty() ? QByteArray() : digest);
    }
    return out;
}

} // namespace

QList<AuditDrift> AuditReconcile::find(const Database &db, const Progress &progress)
{
    QList<AuditDrift> out;
    if (!AuditLog::present(db))
        return out;
    sqlite3 *h = db.handle();
    auto logged = lastDigests(h);
    const QStringList &tables = AuditTrail::tables();
    qint64 done = 0;
    for (const QString &table : tables) {
        if (progress && !progress(done++, tables.size()))
            break;
        const QByteArray sql = AuditTrail::digestQuery(db, table);
        if (sql.isEmpty())
            continue;
        QHash<QString, QByteArray> rows = logged.take(table);
        SqlStmt q(h, sql);
        while (q.step()) {
            const QString id = q.text(0);
            const QByteArray digest = q.blob(1);
            const auto it = rows.constFind(id);
            if (it == rows.cend() || it->isNull())
                // No entry, or the last one deleted it: the row came back without the program.
                out.append({it == rows.cend() ? AuditDrift::Kind::Unlogged : AuditDrift::Kind::Changed, table, id, digest});
            else if (*it != digest)
                out.append({AuditDrift::Kind::Changed, table, id, digest});
            if (it != rows.cend())
                rows.erase(it);
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (!it->isNull())
                out.append({AuditDrift::Kind::Removed, table, it.key(), {}});
    }
    return out;
}

int AuditReconcile::baseline(Database &db)
{
    if (!AuditTrail::isInstalled(db))
        return 0;
    const QList<AuditDrift> drift = find(db);
    if (drift.isEmpty())
        return 0;
    Transaction tx(db);
    SqlStmt add(db.handle(), "INSERT INTO temp.dj_audit_sink VALUES (?1, ?2, 'baseline', NULL, ?3)");
    for (const AuditDrift &d : drift) {
        add.bind(1, d.table).bind(2, d.rowId);
        if (d.digest.isEmpty())
            add.bindNull(3);
        else
            add.bindBlob(3, d.digest);
        add.exec();
        add.reset();
    }
    tx.commit();
    return int(drift.size());
}

QString AuditReconcile::describe(const AuditDrift &d)
{
    switch (d.kind) {
    case AuditDrift::Kind::Changed:
        return Tr::tr("table %1, row %2: changed without this program (it differs from its last logged state)")
            .arg(d.table, d.rowId);
    case AuditDrift::Kind::Unlogged:
        return Tr::tr("table %1, row %2: added without this program (the audit log has no entry for it)")
            .arg(d.table, d.rowId);
    case AuditDrift::Kind::Removed:
        return Tr::tr("table %1, row %2: removed without this program (the audit log still has it)")
            .arg(d.table, d.rowId);
    }
    return {};
}

} // namespace dj
