#include "StorageError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::StorageError)
};

QString plainReason(int primary)
{
    switch (primary) {
    case SQLITE_FULL:
        return Tr::tr("The disk is full: the change was not saved. Free some space and try again.");
    case SQLITE_IOERR:
        return Tr::tr("The disk could not be written or read: the change was not saved. Check the disk or USB stick "
                      "and try again.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Tr::tr("The data file cannot be written here (read-only): the change was not saved.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("The data file is busy in another window or program: the change was not saved. Try again in a "
                      "moment.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("The data file is damaged: the change was not saved. Restore it from a backup (File → Restore "
                      "from a backup).");
    case SQLITE_CANTOPEN:
        return Tr::tr("The data file or its journal cannot be opened: the change was not saved. Check that the folder "
                      "exists and can be written.");
    case SQLITE_NOMEM:
        return Tr::tr("The computer ran out of memory: the change was not saved.");
    default:
        return Tr::tr("The change could not be saved.");
    }
}

} // namespace

Error storageError(int sqliteCode, const QString &technical)
{
    // A change AccessGuard refused (its triggers raise "dj-denied:<why>:<table>").
    if (technical.contains(QLatin1String("dj-denied:readonly:")))
        return Error(Error::Kind::Denied,
                     Tr::tr("Your account may only read: the change was not saved."));
    if (technical.contains(QLatin1String("dj-denied:scope:")))
        return Error(Error::Kind::Denied,
                     Tr::tr("Your account may change only its own organisation and those under it: the change was "
                            "not saved."));
    if (technical.contains(QLatin1String("dj-denied:review:")))
        return Error(Error::Kind::Denied,
                     Tr::tr("Only an administrator or the organ party committee may review scores or decide grades: "
                            "the change was not saved."));
    const QString reason = plainReason(sqliteCode & 0xff);
    return Error(Error::Kind::Storage, technical.isEmpty() ? reason : reason + QStringLiteral(" (") + technical + QLatin1Char(')'));
}

} // namespace dj
