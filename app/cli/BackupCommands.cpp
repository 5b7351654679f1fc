#include "BackupCommands.h"

#include "audit/AuditEvent.h"
#include "audit/AuditedRestore.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

} // namespace

int backup(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    auto db = openData(file, false);
    if (a.options.contains(QStringLiteral("keep"))) {
        bool ok = false;
        const int keep = a.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok)
            usage(Tr::tr("--keep needs a whole number, not %1.").arg(a.value(QStringLiteral("keep"))));
        dj::BackupStore::setKeep(*db, keep);
        printLine(Tr::tr("The newest %1 automatic backups are kept.").arg(keep));
        if (!a.options.contains(QStringLiteral("out")))
            return Ok;
    }
    QString out = a.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        const QFileInfo fi(out);
        if (fi.exists() && !fi.isDir())
            usage(Tr::tr("--out names a folder; %1 is a file.").arg(out));
        out = fi.absoluteFilePath();
    }
    const dj::BackupInfo b = dj::BackupStore(*db).make(dj::BackupInfo::Reason::Manual, {}, out);
    dj::AuditEvent::record(*db, dj::AuditEvent::Kind::Backup, QFileInfo(b.path).fileName());
    printLine(Tr::tr("Backed up and verified: %1 (%2 bytes)").arg(native(b.path)).arg(b.size));
    return Ok;
}

int backups(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    auto db = openData(file, true);
    const dj::BackupStore store(*db);
    const QList<dj::BackupInfo> list = store.list();
    if (a.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const dj::BackupInfo &b : list)
            rows.append(QJsonObject{{QStringLiteral("path"), b.path},
                                    {QStringLiteral("time"), b.when.toString(Qt::ISODate)},
                                    {QStringLiteral("reason"), dj::BackupStore::reasonCode(b.reason)},
                                    {QStringLiteral("bytes"), double(b.size)}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("folder"), store.folder()},
                                            {QStringLiteral("keep"), store.keep()},
                                            {QStringLiteral("backups"), rows}}));
        return Ok;
    }
    printLine(Tr::tr("Backups in %1 (the newest %2 automatic ones are kept):").arg(native(store.folder())).arg(store.keep()));
    for (const dj::BackupInfo &b : list)
        printLine(QStringLiteral("  %1  %2  %3  %4")
                      .arg(b.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           dj::BackupStore::reasonCode(b.reason).leftJustified(8), QString::number(b.size).rightJustified(12),
                           QFileInfo(b.path).fileName()));
    if (list.isEmpty())
        printLine(Tr::tr("  (none yet)"));
    return Ok;
}

int restore(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString from = a.value(QStringLiteral("from"));
    if (from.isEmpty())
        usage(Tr::tr("restore needs --from BACKUP.djdb."));
    {
        auto db = openData(file, false);
        dj::BackupStore::verify(from, db->officeId());
        if (!a.has(QStringLiteral("yes")) &&
            !confirm(Tr::tr("%1 will be replaced by the backup %2 (a copy of it as it is now is kept first). "
                            "Type yes to restore:")
                         .arg(native(file), native(from))))
            throw dj::Error(dj::Error::Kind::Invalid, Tr::tr("Not confirmed: nothing was restored."));
        const dj::BackupInfo before = dj::AuditedRestore::run(*db, from);
        printLine(Tr::tr("Restored %1 from %2. The file as it was is kept in %3.")
                      .arg(native(file), native(from), native(before.path)));
    }
    // The backup may be older than this program: opening again upgrades it after a copy.
    auto reopened = openData(file, false);
    if (!reopened->migrationBackupPath().isEmpty())
        printLine(Tr::tr("The restored file was upgraded to schema version %1.").arg(reopened->schemaVersion()));
    return Ok;
}

} // namespace cli
