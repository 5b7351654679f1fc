#include "AuditedRestore.h"

#include "AuditEvent.h"
#include "AuditTrail.h"
#include "common/Error.h"
#include "exchange/SqlStmt.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AuditedRestore)
};

} // namespace

BackupInfo AuditedRestore::run(Database &db, const QString &path, const Database::Progress &progress)
{
    const QByteArray replaced = AuditEvent::head(db);
    const BackupInfo before = BackupStore::restore(db, path, progress);
    const QString subject = QFileInfo(path).fileName();
    try {
        // The connection still knows the old file's version; the restored one may be older.
        const qint64 restored = SqlStmt::scalar(db.handle(), "PRAGMA user_version");
        if (restored >= Migrations::latestVersion()) {
            // A backup of this version: the connection's trail writes into the restored log.
            AuditEvent::record(db, AuditEvent::Kind::Restore, subject, replaced);
        } else {
            // An older copy: opening upgrades it (as the caller's reopening would), then records.
            auto upgraded = Database::open(db.path());
            AuditEvent::record(*upgraded, AuditEvent::Kind::Restore, subject, replaced);
        }
    } catch (const Error &e) {
        throw Error(e.kind(), Tr::tr("The file was restored from %1, but the audit log could not record it: %2")
                                  .arg(QDir::toNativeSeparators(path), e.message()));
    }
    return before;
}

} // namespace dj
