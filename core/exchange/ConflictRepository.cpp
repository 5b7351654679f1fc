#include "ConflictRepository.h"

#include "RowCodec.h"
#include "RowHistory.h"
#include "SqlStmt.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ConflictRepository)
};

const QByteArray kSelect = "SELECT id, tbl, row_id, sender_office, detected_at, ifnull(resolved_at, ''), "
                           "ifnull(resolution, ''), other_is_mine, other_row, other_history FROM sync_conflict";

SyncConflict read(sqlite3 *h, SqlStmt &s)
{
    SyncConflict c;
    c.id = s.int64(0);
    c.table = s.text(1);
    c.rowId = s.text(2);
    c.senderOffice = s.text(3);
    c.detectedAt = s.text(4);
    c.resolvedAt = s.text(5);
    c.resolution = s.text(6);
    const bool otherIsMine = s.int64(7) != 0;
    c.tableHoldsTheirs = otherIsMine;
    c.columns = tableColumns(h, c.table);
    const QVariantList other = RowCodec::decode(s.blob(8));
    SqlStmt row(h, "SELECT * FROM main." + quoteIdent(c.table) + " WHERE id = ?1");
    row.bind(1, c.rowId);
    const QVariantList current = row.step() ? RowCodec::decode(RowCodec::encode(row.handle(), 0, row.columnCount()))
                                            : QVariantList();
    c.mine = otherIsMine ? other : current;
    c.theirs = otherIsMine ? current : other;
    return c;
}
} // namespace

QStringList SyncConflict::differing() const
{
    QStringList out;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &name = columns.at(i);
        if (name == QLatin1String("version") || name == QLatin1String("updated_at"))
            continue;
        if (mine.value(i) != theirs.value(i) || mine.value(i).typeId() != theirs.value(i).typeId())
            out << name;
    }
    return out;
}

QList<SyncConflict> ConflictRepository::list(bool openOnly) const
{
    SqlStmt s(m_db.handle(), kSelect + (openOnly ? " WHERE resolved_at IS NULL" : "") + " ORDER BY id");
    QList<SyncConflict> out;
    while (s.step())
        out.append(read(m_db.handle(), s));
    return out;
}

SyncConflict ConflictRepository::get(qint64 id) const
{
    SqlStmt s(m_db.handle(), kSelect + " WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        throw Error(Error::Kind::NotFound, Tr::tr("There is no conflict number %1.").arg(id));
    return read(m_db.handle(), s);
}

int ConflictRepository::openCount() const
{
    return int(SqlStmt::scalar(m_db.handle(), "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"));
}

void ConflictRepository::resolve(qint64 id, Take take, const QString &byWhom)
{
    const SyncConflict c = get(id);
    write(c, take == Take::Mine ? c.mine : c.theirs, take == Take::Mine ? QStringLiteral("mine") : QStringLiteral("theirs"),
          byWhom);
}

void ConflictRepository::resolveFields(qint64 id, const QSet<QString> &theirsColumns, const QString &byWhom)
{
    const SyncConflict c = get(id);
    QVariantList chosen = c.mine;
    for (int i = 0; i < c.columns.size(); ++i)
        if (theirsColumns.contains(c.columns.at(i)))
            chosen[i] = c.theirs.value(i);
    write(c, chosen, QStringLiteral("fields"), byWhom);
}

void ConflictRepository::write(const SyncConflict &c, const QVariantList &chosen, const QString &how, const QString &byWhom)
{
    if (!c.resolvedAt.isEmpty())
        throw Error(Error::Kind::Conflict, Tr::tr("Conflict %1 was already settled on %2.").arg(c.id).arg(c.resolvedAt));
    if (c.mine.isEmpty() || c.theirs.isEmpty())
        throw Error(Error::Kind::NotFound, Tr::tr("The row of conflict %1 is no longer there.").arg(c.id));
    sqlite3 *h = m_db.handle();
    const int version = int(c.columns.indexOf(QStringLiteral("version")));
    const int updatedAt = int(c.columns.indexOf(QStringLiteral("updated_at")));
    QVariantList row = chosen;
    // Above both versions: whoever imports it later takes it as newer than either.
    row[version] = qMax(c.mine.value(version).toLongLong(), c.theirs.value(version).toLongLong()) + 1;
    row[updatedAt] = Clock::stamp();

    Transaction tx(m_db);
    SqlStmt up(h, "UPDATE main." + quoteIdent(c.table) + " SET " + assignments(c.columns) + " WHERE id = ?1");
    RowCodec::bind(up.handle(), 1, RowCodec::encode(row));
    try {
        up.exec();
    } catch (const Error &e) {
        throw Error(Error::Kind::Conflict, Tr::tr("This choice clashes with another row here (%1).").arg(e.message()));
    }
    // The version not kept, and all it came from, are now ancestors of the row.
    const QVariantList &other = c.tableHoldsTheirs ? c.mine : c.theirs;
    SqlStmt hist(h, "INSERT OR IGNORE INTO row_history VALUES (?1, ?2, ?3)");
    hist.bind(1, c.rowId).bind(2, other.value(version).toLongLong()).bind(3, other.value(updatedAt).toString()).exec();
    SqlStmt stored(h, "SELECT other_history FROM sync_conflict WHERE id = ?1");
    stored.bind(1, c.id);
    if (stored.step())
        addRowHistory(h, c.rowId, stored.text(0));
    SqlStmt done(h, "UPDATE sync_conflict SET resolved_at = ?1, resolution = ?2, resolved_by = ?3 WHERE id = ?4");
    done.bind(1, Clock::stamp()).bind(2, how).bind(3, byWhom).bind(4, c.id).exec();
    tx.commit();
}

} // namespace dj
