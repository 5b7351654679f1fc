#include "AccountsWereOn.h"

#include "OfficeKeyVault.h"

#include "common/Error.h"
#include "exchange/SqlStmt.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>

#include <sqlite3.h>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AccountsWereOn)
};

bool hasAuditLog(sqlite3 *h)
{
    return SqlStmt::scalar(h, "SELECT count(*) FROM main.sqlite_schema WHERE type = 'table' AND name IN "
                              "('audit_log', 'audit_head')") == 2;
}

// Accounts the log says exist: added (or taken over by a baseline) and not deleted since.
int liveInLog(sqlite3 *h)
{
    QHash<QString, bool> live;
    SqlStmt s(h, "SELECT row_id, op FROM main.audit_log WHERE table_name = 'account' ORDER BY seq");
    while (s.step())
        live.insert(s.text(0).toLower(), s.text(1) != QLatin1String("delete")); // names are NOCASE
    int n = 0;
    for (bool on : std::as_const(live))
        n += on ? 1 : 0;
    return n;
}

qint64 lastSeq(sqlite3 *h, const QByteArray &where)
{
    // sql-identifiers-only: fixed conditions from this file
    return SqlStmt::scalar(h, "SELECT coalesce(max(seq), 0) FROM main.audit_log WHERE " + where);
}

// The newest backup copy of this file (a head kept outside it): when it had accounts, this
// log must still hold its last entry, or record the restore that replaced exactly that head.
QString newestCopyDisagrees(const Database &db, sqlite3 *h)
{
    const QList<BackupInfo> copies = BackupStore(db).list();
    if (copies.isEmpty())
        return {};
    const QString path = copies.first().path;
    sqlite3 *copy = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &copy, SQLITE_OPEN_READONLY, nullptr);
    const auto close = qScopeGuard([copy] { sqlite3_close_v2(copy); });
    if (rc != SQLITE_OK)
        return {};
    qint64 seq = 0;
    QByteArray chain;
    try {
        SqlStmt office(copy, "SELECT value FROM local_meta WHERE key = 'office_id'");
        SqlStmt mine(h, "SELECT value FROM main.local_meta WHERE key = 'office_id'");
        if (!office.step() || !mine.step() || office.text(0) != mine.text(0))
            return {}; // another office's file under a similar name says nothing about this one
        if (SqlStmt::scalar(copy, "SELECT EXISTS (SELECT 1 FROM account)") == 0)
            return {};
        SqlStmt head(copy, "SELECT seq, chain FROM audit_head WHERE id = 1");
        if (!head.step())
            return {};
        seq = head.int64(0);
        chain = head.blob(1);
    } catch (const Error &) {
        return {}; // a copy from before accounts and the log: nothing to compare
    }
    SqlStmt here(h, "SELECT chain FROM main.audit_log WHERE seq = ?1");
    here.bind(1, seq);
    if (here.step() && here.blob(0) == chain)
        return {};
    SqlStmt restored(h, "SELECT EXISTS (SELECT 1 FROM main.audit_log WHERE table_name = 'restore' AND op = 'event' "
                        "AND old_digest = ?1)");
    restored.bindBlob(1, chain);
    if (restored.step() && restored.int64(0) != 0)
        return {};
    return Tr::tr("the backup copy %1 has accounts and an audit log this file no longer holds")
        .arg(QFileInfo(path).fileName());
}

} // namespace

QString AccountsWereOn::evidence(const Database &db)
{
    sqlite3 *h = db.handle();
    if (!h || db.schemaVersion() < 7)
        return {};
    if (hasAuditLog(h)) {
        if (liveInLog(h) > 0)
            return Tr::tr("its audit log records accounts that were never removed in Dangjian Desk");
        const qint64 on = lastSeq(h, "table_name = 'accounts-on' AND op = 'event'");
        const qint64 off = lastSeq(h, "table_name = 'accounts-off' AND op = 'event'");
        if (on > off)
            return Tr::tr("its audit log says sign-in was turned on and never turned off");
        // A sign-in after the last account went: the entries removing that account were cut out.
        const qint64 signIn = lastSeq(h, "table_name = 'sign-in' AND op = 'event'");
        const qint64 removed = qMax(off, lastSeq(h, "table_name = 'account' AND op = 'delete'"));
        if (signIn > removed)
            return Tr::tr("its audit log records a sign-in after the last account was removed");
        if (const QString copy = newestCopyDisagrees(db, h); !copy.isEmpty())
            return copy;
    }
    // The office key wrapped per account (OfficeKeyVault): only removing the last account in
    // the program puts it back in plain text, so a vault without accounts is an emptied table.
    if (OfficeKeyVault::sealed(db))
        return Tr::tr("its office key is still stored wrapped for its accounts");
    return {};
}

} // namespace dj
