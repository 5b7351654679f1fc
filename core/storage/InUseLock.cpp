#include "InUseLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::InUseLock)
};

} // namespace

InUseLock::InUseLock(const QString &dataPath)
    : m_path(QFileInfo(dataPath).absoluteFilePath()), m_lock(m_path + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0); // stale only when its process is gone, however long it ran
}

bool InUseLock::acquire()
{
    if (m_lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    if (m_lock.error() == QLockFile::LockFailedError && m_lock.getLockInfo(&pid, &host, &app)) {
        m_message = Tr::tr("%1 is already open in another window of Dangjian Desk (computer %2, process %3). Two "
                           "windows on one file would overwrite each other's changes: switch to that window, or close "
                           "it first.")
                        .arg(QDir::toNativeSeparators(m_path), host)
                        .arg(pid);
    } else {
        m_message = Tr::tr("%1 cannot be marked as in use (%2): check that its folder can be written.")
                        .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(m_lock.fileName()));
    }
    return false;
}

} // namespace dj
