#include "ImportLog.h"

#include "access/Permission.h"

#include "BusinessTables.h"
#include "RowCodec.h"
#include "RowHistory.h"
#include "SqlStmt.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <sqlite3.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ImportLog)
};
} // namespace

qint64 ImportLogEntry::count(const QString &category) const
{
    qint64 n = 0;
    const QJsonObject perTable = counts.value(category).toObject();
    for (auto it = perTable.begin(); it != perTable.end(); ++it)
        n += qint64(it.value().toDouble());
    return n;
}

QList<ImportLogEntry> ImportLog::all() const
{
    SqlStmt s(m_db.handle(), "SELECT id, package_id, package_hash, sender_office, sender_name, recipient, sequence, "
                             "ifnull(expected_sequence, 0), scope, created_at, imported_at, imported_by, counts, "
                             "ifnull(undone_at, '') FROM import_log ORDER BY id DESC");
    QList<ImportLogEntry> out;
    while (s.step()) {
        ImportLogEntry e;
        e.id = s.int64(0);
        e.packageId = s.text(1);
        e.packageHash = s.text(2);
        e.senderOffice = s.text(3);
        e.senderName = s.text(4);
        e.recipient = s.text(5);
        e.sequence = s.int64(6);
        e.expectedSequence = s.int64(7);
        e.scope = s.text(8);
        e.createdAt = s.text(9);
        e.importedAt = s.text(10);
        e.importedBy = s.text(11);
        e.counts = QJsonDocument::fromJson(s.text(12).toUtf8()).object();
        e.undoneAt = s.text(13);
        out.append(e);
    }
    return out;
}

ImportLogEntry ImportLog::undoLast(const QString &byWhom)
{
    Q_UNUSED(byWhom)
    require(m_db, Permission::ImportPackages); // undoing an import rewrites what it wrote
    const QList<ImportLogEntry> entries = all();
    if (entries.isEmpty())
        throw Error(Error::Kind::NotFound, Tr::tr("No package has been imported into this file."));
    const ImportLogEntry last = entries.first();
    if (!last.undoneAt.isEmpty())
        throw Error(Error::Kind::Conflict, Tr::tr("The last import (from %1) was already undone on %2; only the last import "
                                                  "can be undone.")
                                               .arg(last.senderName, last.undoneAt));
    sqlite3 *h = m_db.handle();
    Transaction tx(m_db);
    SqlStmt settled(h, "SELECT count(*) FROM sync_conflict WHERE import_id = ?1 AND resolved_at IS NOT NULL");
    settled.bind(1, last.id);
    if (settled.step() && settled.int64(0) > 0)
        throw Error(Error::Kind::Conflict, Tr::tr("A conflict from the last import has been settled since; undoing the "
                                                  "import would lose that decision."));
    for (const QString &t : businessTables()) {
        // Rows it overwrote no longer as it left them, and rows it added edited here since.
        SqlStmt changed(h, "SELECT (SELECT count(*) FROM import_change c JOIN main." + quoteIdent(t) +
                               " r ON r.id = c.row_id WHERE c.import_id = ?1 AND c.tbl = ?2 AND "
                               "(r.version <> c.after_version OR r.updated_at <> c.after_updated_at)) + "
                               "(SELECT count(*) FROM import_range g JOIN main." + quoteIdent(t) +
                               " r ON r.rowid BETWEEN g.first_rowid AND g.last_rowid WHERE g.import_id = ?1 AND "
                               "g.tbl = ?2 AND r.updated_at >= ?3)");
        changed.bind(1, last.id).bind(2, t).bind(3, last.importedAt);
        if (changed.step() && changed.int64(0) > 0)
            throw Error(Error::Kind::Conflict,
                        Tr::tr("%n row(s) of %1 written by the last import have been changed since; undoing it would lose "
                               "those changes.", nullptr, int(changed.int64(0)))
                            .arg(t));
    }

    SqlStmt::run(h, "PRAGMA defer_foreign_keys = ON; INSERT INTO exchange_write VALUES (1)");
    SqlStmt(h, "DELETE FROM row_history WHERE row_id IN (SELECT row_id FROM import_change WHERE import_id = ?1)")
        .bind(1, last.id)
        .exec();
    QList<QString> tables = businessTables();
    std::reverse(tables.begin(), tables.end()); // children before their parents
    for (const QString &t : tables) {
        const QByteArray q = quoteIdent(t);
        SqlStmt added(h, "SELECT first_rowid, last_rowid FROM import_range WHERE import_id = ?1 AND tbl = ?2");
        added.bind(1, last.id).bind(2, t);
        if (added.step()) {
            SqlStmt hist(h, "DELETE FROM row_history WHERE row_id IN (SELECT id FROM main." + q +
                                " WHERE rowid BETWEEN ?1 AND ?2)");
            hist.bind(1, added.int64(0)).bind(2, added.int64(1)).exec();
            SqlStmt rows(h, "DELETE FROM main." + q + " WHERE rowid BETWEEN ?1 AND ?2");
            rows.bind(1, added.int64(0)).bind(2, added.int64(1)).exec();
        }
        SqlStmt before(h, "SELECT row_id, before_row, before_history FROM import_change WHERE import_id = ?1 AND tbl = ?2");
        before.bind(1, last.id).bind(2, t);
        SqlStmt restore(h, "UPDATE main." + q + " SET " + assignments(tableColumns(h, t)) + " WHERE id = ?1");
        while (before.step()) {
            restore.reset();
            RowCodec::bind(restore.handle(), 1, before.blob(1));
            restore.exec();
            addRowHistory(h, before.text(0), before.text(2));
        }
    }
    SqlStmt(h, "DELETE FROM sync_conflict WHERE import_id = ?1").bind(1, last.id).exec();
    SqlStmt::run(h, "DELETE FROM exchange_write");
    SqlStmt undone(h, "UPDATE import_log SET undone_at = ?1 WHERE id = ?2");
    undone.bind(1, Clock::stamp()).bind(2, last.id).exec();
    try {
        tx.commit();
    } catch (const Error &) {
        throw Error(Error::Kind::Conflict, Tr::tr("Rows the last import added are used by entries made since; the import "
                                                  "cannot be undone."));
    }
    return all().first();
}

} // namespace dj
