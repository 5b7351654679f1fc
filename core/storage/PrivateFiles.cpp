#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace dj::PrivateFiles {

namespace {

#ifdef Q_OS_UNIX
void dropOthers(const QString &path, mode_t keep)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return; // a link is not followed: its target may be anyone's
    if ((st.st_mode & 077) != 0 && st.st_uid == ::geteuid())
        ::chmod(native.constData(), st.st_mode & keep);
}
#endif

} // namespace

void restrictProcess()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

void makePrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    dropOthers(path, 0700);
#else
    Q_UNUSED(path);
#endif
}

void tighten(const QString &dataFile)
{
#ifdef Q_OS_UNIX
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        dropOthers(dataFile + QLatin1String(suffix), 0700);
    const QDir backups(QFileInfo(dataFile).absoluteDir().filePath(QStringLiteral("backups")));
    if (!backups.exists())
        return;
    dropOthers(backups.absolutePath(), 0700);
    const QString base = QFileInfo(dataFile).completeBaseName();
    for (const QFileInfo &fi : backups.entryInfoList({base + QStringLiteral("-*")}, QDir::Files))
        dropOthers(fi.absoluteFilePath(), 0700);
#else
    Q_UNUSED(dataFile);
#endif
}

} // namespace dj::PrivateFiles
