#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace dj {

// One verified copy of a data file.
struct BackupInfo
{
    enum class Reason { Manual, Daily, Import, Upgrade, Restore };
    QString path;
    QDateTime when; // local time, from the file name
    Reason reason = Reason::Manual;
    qint64 size = 0;
    // The first HeadDigits hex digits of the audit head the copy holds, from the name: a later
    // check can find that entry in the log and anchor the copy to it. Empty in names from
    // before issue 18 and for files without the audit log.
    QString head;
    static constexpr int HeadDigits = 16;
};

// The backups of one data file, kept in a folder "backups" beside it and named
// <file>-<yyyyMMdd-HHmmss>-<reason>-<audit head>.djdb so they sort by time, say why they were
// made and which audit log state they hold (names without the head, from older versions,
// still list).
// Every copy is verified (integrity, references, same office) before it counts; the
// automatic ones (daily, before an import) rotate, keeping the newest `keep()`; manual copies
// and the copies made before an upgrade or a restore (which hold the audit log a restore
// replaced) are never removed here.
class BackupStore
{
public:
    static constexpr int DefaultKeep = 10;
    static constexpr int MaxKeep = 365;

    explicit BackupStore(const Database &db);

    QString folder() const { return m_folder; }
    // Makes a verified copy in the folder (or in `otherFolder`, which does not rotate).
    BackupInfo make(BackupInfo::Reason reason, const Database::Progress &progress = {},
                    const QString &otherFolder = {}) const;
    // The day's first opening makes a daily copy; returns it when one was made.
    std::optional<BackupInfo> makeDailyIfDue(const Database::Progress &progress = {}) const;
    // This file's copies in the folder, newest first.
    QList<BackupInfo> list() const;

    // How many automatic copies are kept (stored in the data file, so CLI and GUI agree).
    int keep() const;
    static void setKeep(Database &db, int keep);

    // Throws dj::Error unless `path` is a whole data file of the office `officeId`
    // (any office when empty).
    static void verify(const QString &path, const QString &officeId = {});
    // Replaces the content of `db` with the backup at `path`, after verifying it and making a
    // copy of the current content (reason Restore). SQLite copies the pages inside one write
    // transaction, so a failure or a crash leaves the file as it was. Reopen `db` afterwards:
    // the backup may be of an older schema.
    static BackupInfo restore(Database &db, const QString &path, const Database::Progress &progress = {});

    static QString reasonCode(BackupInfo::Reason reason);

private:
    void rotate() const;
    const Database &m_db;
    QString m_folder;
    QString m_base;
};

} // namespace dj
