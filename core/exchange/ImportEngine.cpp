#include "ImportEngine.h"

#include "BusinessTables.h"
#include "RowCodec.h"
#include "RowHistory.h"
#include "SqlStmt.h"
#include "common/Clock.h"
#include "common/CrashPoint.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <sqlite3.h>
#include <tuple>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ImportEngine)
};

enum Class { Same = 1, TheirsNewer = 2, TheirsOlder = 3, Both = 4 };

QByteArray tbl(const QString &t) { return quoteIdent(t); }

QByteArray encodedRow(sqlite3 *h, const QByteArray &schema, const QString &table, const QString &id)
{
    SqlStmt s(h, "SELECT * FROM " + schema + '.' + tbl(table) + " WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        throw Error(Error::Kind::NotFound, Tr::tr("Row %1 of %2 vanished during the import.").arg(id, table));
    return RowCodec::encode(s.handle(), 0, s.columnCount());
}

// (version, updated_at, content hash): the order that picks the same provisional winner everywhere.
std::tuple<qint64, QString, QByteArray> rank(const QByteArray &row, const QStringList &columns)
{
    const QVariantList v = RowCodec::decode(row);
    return {v.value(int(columns.indexOf(QStringLiteral("version")))).toLongLong(),
            v.value(int(columns.indexOf(QStringLiteral("updated_at")))).toString(), RowCodec::hash(row)};
}
} // namespace

ImportCounts ImportEngine::run(bool checkNow, const Progress &progress)
{
    // Claims of descent SenderRules did not believe (relayed versions): compared as both changed.
    SqlStmt::run(m_db.handle(), "CREATE TEMP TABLE IF NOT EXISTS dj_unproven (id TEXT PRIMARY KEY)");
    ImportCounts counts;
    const QStringList &tables = businessTables();
    int done = 0;
    for (const QString &t : tables) {
        const qint64 existing = compareExisting(t, counts); // first: rows inserted next are not "unchanged"
        insertNew(t, counts, existing);
        if (done == int(tables.size()) / 2)
            crashPoint("import-midway");
        if (progress && !progress(++done, int(tables.size()) + 1))
            throw Error(Error::Kind::Invalid, Tr::tr("The import was cancelled; nothing was changed."));
    }
    if (checkNow)
        checkReferences();
    // The history that came with every row the package overwrote (driven by the history,
    // which is small, not by the rows, which may be a million).
    SqlStmt merge(m_db.handle(), "INSERT OR IGNORE INTO main.row_history SELECT h.* FROM p.row_history h WHERE EXISTS "
                                 "(SELECT 1 FROM main.import_change c WHERE c.import_id = ?1 AND c.row_id = h.row_id)");
    merge.bind(1, m_importId).exec();
    if (progress)
        progress(++done, int(tables.size()) + 1);
    return counts;
}

void ImportEngine::insertNew(const QString &table, ImportCounts &counts, qint64 existing)
{
    sqlite3 *h = m_db.handle();
    const QByteArray t = tbl(table);
    if (existing == SqlStmt::scalar(h, "SELECT count(*) FROM p." + t))
        return;
    const qint64 before = SqlStmt::scalar(h, "SELECT ifnull(max(rowid), 0) FROM main." + t);
    // In the payload's own order: rows arrive as the sender wrote them, so the table's other
    // indexes fill almost in order, as in a plain copy. Only when some rows exist here is
    // main.t consulted (SQLite then stages the new rows first: fine for a small package).
    const QByteArray missing = existing == 0 ? QByteArray()
                                             : " WHERE NOT EXISTS (SELECT 1 FROM main." + t + " m WHERE m.id = x.id)";
    const QByteArray insert = "INSERT INTO main." + t + " SELECT x.* FROM p." + t + " x" + missing;
    SqlStmt::run(h, "SAVEPOINT dj_new");
    qint64 n = 0;
    try {
        n = SqlStmt(h, insert).exec();
        SqlStmt::run(h, "RELEASE dj_new");
    } catch (const Error &) {
        SqlStmt::run(h, "ROLLBACK TO dj_new; RELEASE dj_new");
        // Find the row for the message: one at a time, each failing alone.
        SqlStmt ids(h, "SELECT x.id FROM p." + t + " x" + missing);
        while (ids.step()) {
            SqlStmt one(h, "INSERT INTO main." + t + " SELECT * FROM p." + t + " WHERE id = ?1");
            one.bind(1, ids.text(0));
            try {
                one.exec();
            } catch (const Error &e) {
                throw Error(Error::Kind::Invalid,
                            Tr::tr("The package cannot be imported: its new row %1 in %2 does not fit this file (%3). "
                                   "Nothing was imported.")
                                .arg(ids.text(0), table, e.message()));
            }
        }
        throw;
    }
    if (n == 0)
        return;
    const qint64 last = SqlStmt::scalar(h, "SELECT max(rowid) FROM main." + t);
    SqlStmt range(h, "INSERT INTO main.import_range VALUES (?1, ?2, ?3, ?4)");
    range.bind(1, m_importId).bind(2, table).bind(3, before + 1).bind(4, last).exec();
    QStringList sample;
    SqlStmt s(h, "SELECT id FROM main." + t + " WHERE rowid > ?1 LIMIT " + QByteArray::number(ImportCounts::SampleLimit));
    s.bind(1, before);
    while (s.step())
        sample << s.text(0);
    counts.addBulk(table, ImportCounts::New, n, sample);
    // The history that came with the new rows.
    SqlStmt hist(h, "INSERT OR IGNORE INTO main.row_history SELECT x.* FROM p.row_history x JOIN main." + t +
                        " r ON r.id = x.row_id WHERE r.rowid > ?1");
    hist.bind(1, before).exec();
}

qint64 ImportEngine::compareExisting(const QString &table, ImportCounts &counts)
{
    sqlite3 *h = m_db.handle();
    const QByteArray t = tbl(table);
    QByteArray same;
    for (const QString &c : columns(table)) {
        same += same.isEmpty() ? "" : " AND ";
        same += "m." + quoteIdent(c) + " IS x." + quoteIdent(c);
    }
    SqlStmt s(h, "SELECT x.id, CASE WHEN " + same +
                     " THEN 1 WHEN EXISTS (SELECT 1 FROM p.row_history r WHERE r.row_id = x.id AND r.version = m.version "
                     "AND r.updated_at = m.updated_at) AND x.id NOT IN (SELECT id FROM temp.dj_unproven) THEN 2 WHEN EXISTS (SELECT 1 FROM main.row_history r WHERE "
                     "r.row_id = x.id AND r.version = x.version AND r.updated_at = x.updated_at) THEN 3 ELSE 4 END, "
                     "x.deleted > m.deleted FROM p." + t + " x JOIN main." + t + " m ON m.id = x.id");
    QList<QPair<QString, bool>> newer;
    QStringList both;
    qint64 existing = 0;
    while (s.step()) {
        ++existing;
        switch (int(s.int64(1))) {
        case Same:
            counts.add(table, ImportCounts::Unchanged, s.text(0));
            break;
        case TheirsOlder:
            counts.add(table, ImportCounts::Older, s.text(0));
            break;
        case TheirsNewer:
            newer.append({s.text(0), s.int64(2) != 0});
            break;
        default:
            both << s.text(0);
        }
    }
    for (const auto &n : newer)
        applyTheirs(table, n.first, n.second, counts);
    for (const QString &id : both)
        recordConflict(table, id, counts);
    return existing;
}

void ImportEngine::rememberBefore(const QString &table, const QString &id, const QByteArray &before)
{
    SqlStmt s(m_db.handle(), "INSERT INTO main.import_change (import_id, row_id, tbl, before_row, before_history, "
                             "after_version, after_updated_at) SELECT ?1, ?2, ?3, ?4, ?5, version, updated_at FROM p." +
                                 tbl(table) + " WHERE id = ?2");
    s.bind(1, m_importId).bind(2, id).bind(3, table).bindBlob(4, before).bind(5, historyOf(id)).exec();
}

QString ImportEngine::historyOf(const QString &id) const { return rowHistoryJson(m_db.handle(), "main", id); }

const QStringList &ImportEngine::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end())
        it = m_columns.insert(table, tableColumns(m_db.handle(), table));
    return *it;
}

void ImportEngine::takeTheirs(const QString &table, const QString &id)
{
    const QByteArray cols = columnList(columns(table));
    SqlStmt(m_db.handle(), "UPDATE main." + tbl(table) + " SET (" + cols + ") = (SELECT " + cols + " FROM p." + tbl(table) +
                               " WHERE id = ?1) WHERE id = ?1")
        .bind(1, id)
        .exec();
}

void ImportEngine::applyTheirs(const QString &table, const QString &id, bool deletes, ImportCounts &counts)
{
    sqlite3 *h = m_db.handle();
    rememberBefore(table, id, encodedRow(h, "main", table, id));
    takeTheirs(table, id);
    counts.add(table, deletes ? ImportCounts::Deleted : ImportCounts::Updated, id);
}

void ImportEngine::recordConflict(const QString &table, const QString &id, ImportCounts &counts)
{
    sqlite3 *h = m_db.handle();
    const QByteArray mine = encodedRow(h, "main", table, id);
    const QByteArray theirs = encodedRow(h, "p", table, id);
    {
        // The same version of theirs already waits for a decision: nothing new.
        SqlStmt known(h, "SELECT 1 FROM main.sync_conflict WHERE row_id = ?1 AND kind = 'edit' AND other_row = ?2");
        if (known.bind(1, id).bindBlob(2, theirs).step()) {
            counts.add(table, ImportCounts::Unchanged, id);
            return;
        }
    }
    const bool theirsWins = rank(theirs, columns(table)) > rank(mine, columns(table));
    QString otherHistory;
    if (theirsWins) {
        otherHistory = historyOf(id);
        rememberBefore(table, id, mine);
        SqlStmt(h, "DELETE FROM main.row_history WHERE row_id = ?1").bind(1, id).exec();
        takeTheirs(table, id);
    } else {
        otherHistory = rowHistoryJson(h, "p", id);
    }
    SqlStmt c(h, "INSERT INTO main.sync_conflict (tbl, row_id, kind, local_row_id, other_row, other_history, "
                 "other_is_mine, sender_office, import_id, detected_at) VALUES (?1, ?2, 'edit', ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    c.bind(1, table).bind(2, id).bindBlob(3, theirsWins ? mine : theirs).bind(4, otherHistory);
    c.bind(5, qint64(theirsWins ? 1 : 0)).bind(6, m_sender).bind(7, m_importId).bind(8, Clock::stamp()).exec();
    counts.add(table, ImportCounts::Conflict, id);
    counts.conflictIds.append(sqlite3_last_insert_rowid(h));
}

void ImportEngine::checkReferences()
{
    sqlite3 *h = m_db.handle();
    for (const QString &t : businessTables()) {
        SqlStmt fk(h, "PRAGMA main.foreign_key_list(" + tbl(t) + ")");
        while (fk.step()) {
            const QByteArray col = quoteIdent(fk.text(3));
            SqlStmt s(h, "SELECT x.id, x." + col + " FROM p." + tbl(t) + " x WHERE x." + col + " IS NOT NULL AND NOT EXISTS "
                         "(SELECT 1 FROM main." + quoteIdent(fk.text(2)) + " r WHERE r.id = x." + col + ") LIMIT 1");
            if (s.step())
                throw Error(Error::Kind::Invalid,
                            Tr::tr("The package cannot be imported: row %1 of %2 refers to %3 in %4, which neither the "
                                   "package nor this file has. Nothing was imported.")
                                .arg(s.text(0), t, s.text(1), fk.text(2)));
        }
    }
}

} // namespace dj
