#include "SignInRegistry.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace dj {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, UserSession> &signIns()
{
    static QHash<QString, UserSession> h;
    return h;
}

QHash<QString, QString> &persons()
{
    static QHash<QString, QString> h;
    return h;
}

} // namespace

QString SignInRegistry::key(const QString &path)
{
    const QFileInfo fi(path);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

void SignInRegistry::set(const QString &path, const UserSession &session)
{
    QMutexLocker lock(&mutex());
    signIns().insert(key(path), session);
}

std::optional<UserSession> SignInRegistry::get(const QString &path)
{
    QMutexLocker lock(&mutex());
    const auto it = signIns().constFind(key(path));
    if (it == signIns().constEnd())
        return std::nullopt;
    return *it;
}

void SignInRegistry::forget(const QString &path)
{
    QMutexLocker lock(&mutex());
    signIns().remove(key(path));
}

void SignInRegistry::setPerson(const QString &path, const QString &name)
{
    const QString k = key(path);
    QMutexLocker lock(&mutex());
    if (name.trimmed().isEmpty())
        persons().remove(k);
    else
        persons().insert(k, name.trimmed());
}

QString SignInRegistry::person(const QString &path)
{
    const QString k = key(path);
    QMutexLocker lock(&mutex());
    return persons().value(k);
}

} // namespace dj
