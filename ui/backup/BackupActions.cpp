#include "BackupActions.h"

#include "access/Permission.h"
#include "audit/AuditEvent.h"

#include "common/Error.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace backupactions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(backupactions)
};

// Runs `work` under a window-modal progress dialog that appears after half a second. A
// failure goes to `problem` when given, else to a message box; a cancel is silent.
template <typename Work>
bool withProgress(const QString &title, const QString &cancel, QWidget *parent, Work work, QString *problem = nullptr)
{
    QProgressDialog progress(title, cancel, 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const dj::Database::Progress report = [&](int done, int total) {
        progress.setValue(total > 0 ? done * 100 / total : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    try {
        work(report);
    } catch (const dj::Error &e) {
        const bool cancelled = progress.wasCanceled();
        progress.close();
        if (cancelled)
            return false;
        if (problem)
            *problem = e.message();
        else
            QMessageBox::warning(parent, Tr::tr("Backup"), e.message());
        return false;
    }
    return true;
}

// The copy stands; an entry the log could not take is said, not hidden.
void recordEvent(const dj::Database &db, dj::AuditEvent::Kind kind, const QString &path, QWidget *parent)
{
    try {
        dj::AuditEvent::record(db, kind, QFileInfo(path).fileName());
    } catch (const dj::Error &e) {
        QMessageBox::warning(parent, Tr::tr("Backup"),
                             Tr::tr("The copy was made, but the audit log could not record it: %1").arg(e.message()));
    }
}

} // namespace

bool copyTo(const dj::Database &db, const QString &dest, const QString &title, QWidget *parent)
{
    const bool copied = withProgress(title, Tr::tr("Cancel"), parent, [&](const dj::Database::Progress &p) {
        dj::require(db, dj::Permission::CopyAllData); // a whole copy, unmasked: as a backup
        db.backupTo(dest, p);
    });
    if (copied)
        recordEvent(db, dj::AuditEvent::Kind::Copy, dest, parent);
    return copied;
}

QString backUpNow(const dj::Database &db, QWidget *parent)
{
    QString path;
    withProgress(Tr::tr("Backing up…"), Tr::tr("Cancel"), parent, [&](const dj::Database::Progress &p) {
        path = dj::BackupStore(db).make(dj::BackupInfo::Reason::Manual, p).path;
    });
    if (!path.isEmpty())
        recordEvent(db, dj::AuditEvent::Kind::Backup, path, parent);
    return path;
}

QString dailyIfDue(const dj::Database &db, QWidget *parent, QString &problem)
{
    QString path;
    withProgress(Tr::tr("Making today's backup copy…"), Tr::tr("Skip"), parent,
                 [&](const dj::Database::Progress &p) {
                     if (const auto made = dj::BackupStore(db).makeDailyIfDue(p))
                         path = made->path;
                 },
                 &problem);
    return path;
}

} // namespace backupactions
