#include "AuditLog.h"

#include "AuditHash.h"
#include "access/Permission.h"
#include "common/Error.h"
#include "exchange/SqlStmt.h"
#include "sheet/CsvWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>
#include <sqlite3.h>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AuditLog)
};

QString stampOf(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// The filtered selection: fixed conditions for the fields that are set, values bound by
// number, so an empty field costs nothing and (table, row) can use its index.
std::unique_ptr<SqlStmt> select(const Database &db, const AuditFilter &f, bool countOnly)
{
    QByteArray where;
    const auto cond = [&where](const char *c) { where += where.isEmpty() ? " WHERE " : " AND "; where += c; };
    if (!f.user.isEmpty())
        cond("user_name = ?1");
    if (!f.table.isEmpty())
        cond("table_name = ?2");
    if (!f.rowId.isEmpty())
        cond("row_id = ?3");
    if (!f.op.isEmpty())
        cond("op = ?4");
    if (f.from.isValid())
        cond("at >= ?5");
    if (f.to.isValid())
        cond("at < ?6");
    // sql-identifiers-only: fixed columns and conditions chosen above; every value is bound
    const QByteArray sql = countOnly ? "SELECT count(*) FROM main.audit_log" + where
                                     : "SELECT seq, at, user_name, table_name, row_id, op, old_digest, new_digest, chain "
                                       "FROM main.audit_log" + where + " ORDER BY seq DESC" +
                                           (f.limit > 0 ? QByteArray(" LIMIT ?7") : QByteArray());
    auto s = std::make_unique<SqlStmt>(db.handle(), sql);
    const int count = sqlite3_bind_parameter_count(s->handle());
    const auto bind = [&](int i, const QString &v) {
        if (i <= count && sqlite3_bind_parameter_name(s->handle(), i))
            s->bind(i, v);
    };
    bind(1, f.user);
    bind(2, f.table);
    bind(3, f.rowId);
    bind(4, f.op);
    bind(5, stampOf(f.from));
    bind(6, stampOf(f.to));
    if (f.limit > 0 && !countOnly)
        s->bind(7, qint64(f.limit));
    return s;
}

AuditEntry entryAt(const SqlStmt &s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.at = s.text(1);
    e.user = s.text(2);
    e.table = s.text(3);
    e.rowId = s.text(4);
    e.op = s.text(5);
    e.oldDigest = s.blob(6);
    e.newDigest = s.blob(7);
    e.chain = s.blob(8);
    return e;
}

AuditVerdict broken(AuditVerdict v, qint64 firstBad, const QString &problem)
{
    v.ok = false;
    v.firstBadSeq = firstBad;
    v.problem = problem;
    return v;
}

} // namespace

AuditLog::AuditLog(const Database &db) : m_db(db) {}

bool AuditLog::present(const Database &db)
{
    SqlStmt s(db.handle(), "SELECT count(*) FROM main.sqlite_schema WHERE type = 'table' AND name IN ('audit_log', "
                           "'audit_head')");
    return s.step() && s.int64(0) == 2;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter) const
{
    require(m_db, Permission::ReadAuditLog);
    QList<AuditEntry> out;
    const auto s = select(m_db, filter, false);
    while (s->step())
        out << entryAt(*s);
    return out;
}

qint64 AuditLog::count(const AuditFilter &filter) const
{
    require(m_db, Permission::ReadAuditLog);
    const auto s = select(m_db, filter, true);
    return s->step() ? s->int64(0) : 0;
}

QStringList AuditLog::users() const
{
    require(m_db, Permission::ReadAuditLog);
    QStringList out;
    SqlStmt s(m_db.handle(), "SELECT DISTINCT user_name FROM main.audit_log ORDER BY user_name");
    while (s.step())
        out << s.text(0);
    return out;
}

QStringList AuditLog::tables() const
{
    require(m_db, Permission::ReadAuditLog);
    QStringList out;
    SqlStmt s(m_db.handle(), "SELECT DISTINCT table_name FROM main.audit_log ORDER BY table_name");
    while (s.step())
        out << s.text(0);
    return out;
}

AuditVerdict AuditLog::verify(const Progress &progress) const
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The audit log cannot be checked: libsodium failed to start."));
    AuditVerdict v;
    sqlite3 *h = m_db.handle();
    // The head first: without it, entries written since it went missing do not chain either,
    // and the missing head is what to report.
    SqlStmt head(h, "SELECT seq, chain FROM main.audit_head WHERE id = 1");
    const bool hasHead = head.step();
    const qint64 headSeq = hasHead ? head.int64(0) : 0;
    const QByteArray headChain = hasHead ? head.blob(1) : QByteArray();
    if (!hasHead)
        return broken(v, 0, Tr::tr("The head record of the audit log is missing."));
    const qint64 total = progress ? SqlStmt::scalar(h, "SELECT count(*) FROM main.audit_log") : 0;

    SqlStmt s(h, "SELECT seq, at, user_name, table_name, row_id, op, old_digest, new_digest, chain "
                 "FROM main.audit_log ORDER BY seq");
    QByteArray prev(AuditHash::Bytes, '\0');
    qint64 last = 0;
    while (s.step()) {
        const qint64 seq = s.int64(0);
        if (seq > last + 1)
            return broken(v, last + 1,
                          seq == last + 2 ? Tr::tr("Entry %1 of the audit log is missing.").arg(last + 1)
                                          : Tr::tr("Entries %1–%2 of the audit log are missing.").arg(last + 1).arg(seq - 1));
        AuditHash chain;
        chain.addBlob(prev);
        chain.addInteger(seq);
        for (int c = 1; c <= 7; ++c)
            chain.addColumn(s.handle(), c);
        const QByteArray stored = s.blob(8);
        if (seq != last + 1 || chain.result() != stored)
            return broken(v, seq, Tr::tr("Entry %1 of the audit log was changed.").arg(seq));
        prev = stored;
        last = seq;
        ++v.entries;
        if (progress && v.entries % 1000 == 0 && !progress(v.entries, total))
            return broken(v, 0, Tr::tr("The check of the audit log was stopped after %1 entries.").arg(v.entries));
    }
    if (headSeq > last)
        return broken(v, last + 1,
                      headSeq == last + 1
                          ? Tr::tr("The last entry of the audit log, %1, was removed (the log ends at %2).")
                                .arg(headSeq)
                                .arg(last)
                          : Tr::tr("The last %1 entries of the audit log were removed (the log ends at %2, its head "
                                   "says %3).")
                                .arg(headSeq - last)
                                .arg(last)
                                .arg(headSeq));
    if (headSeq < last)
        return broken(v, headSeq + 1,
                      last == headSeq + 1
                          ? Tr::tr("Entry %1 of the audit log was added outside Dangjian Desk (its head says %2).")
                                .arg(last)
                                .arg(headSeq)
                          : Tr::tr("Entries %1–%2 of the audit log were added outside Dangjian Desk (its head says %3).")
                                .arg(headSeq + 1)
                                .arg(last)
                                .arg(headSeq));
    if (headChain != prev)
        return broken(v, last, Tr::tr("The head record of the audit log was changed: it does not match entry %1.").arg(last));
    if (progress)
        progress(v.entries, total);
    v.head = prev;
    return v;
}

QStringList AuditLog::csvHeaders()
{
    return {Tr::tr("No."),         Tr::tr("Time (UTC)"),    Tr::tr("User"),          Tr::tr("Table"), Tr::tr("Row"),
            Tr::tr("Change"),      Tr::tr("Digest before"), Tr::tr("Digest after"),  Tr::tr("Chain")};
}

bool AuditLog::exportCsv(const QString &path, const AuditFilter &filter, const Progress &progress) const
{
    require(m_db, Permission::ReadAuditLog);
    const qint64 total = progress ? count(filter) : 0;
    CsvWriter w(path, csvHeaders());
    const auto s = select(m_db, filter, false);
    qint64 done = 0;
    while (s->step()) {
        if (progress && done % 1000 == 0 && !progress(done, total))
            return false;
        const AuditEntry e = entryAt(*s);
        w.addRow({e.seq, e.at, e.user, e.table, e.rowId, e.op, QString::fromLatin1(e.oldDigest.toHex()),
                  QString::fromLatin1(e.newDigest.toHex()), QString::fromLatin1(e.chain.toHex())});
        ++done;
    }
    if (progress && !progress(done, total))
        return false;
    w.commit();
    return true;
}

} // namespace dj
