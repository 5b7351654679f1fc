#include "SignInRegistry.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <sodium.h>

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

QHash<QString, QByteArray> &vaultKeys()
{
    static QHash<QString, QByteArray> h;
    return h;
}

void wipeVaultKey(const QString &k)
{
    auto it = vaultKeys().find(k);
    if (it == vaultKeys().end())
        return;
    sodium_memzero(it->data(), size_t(it->size()));
    vaultKeys().erase(it);
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
    const QString k = key(path);
    QMutexLocker lock(&mutex());
    wipeVaultKey(k); // a key unwrapped for someone else is not this session's
    signIns().insert(k, session);
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
    const QString k = key(path);
    QMutexLocker lock(&mutex());
    wipeVaultKey(k);
    signIns().remove(k);
}

void SignInRegistry::setVaultKey(const QString &path, const QByteArray &vaultKey)
{
    const QString k = key(path);
    QMutexLocker lock(&mutex());
    wipeVaultKey(k);
    QByteArray copy(vaultKey.constData(), vaultKey.size()); // a deep copy we own and wipe
    vaultKeys().insert(k, copy);
}

QByteArray SignInRegistry::vaultKey(const QString &path)
{
    const QString k = key(path);
    QMutexLocker lock(&mutex());
    const auto it = vaultKeys().constFind(k);
    return it == vaultKeys().constEnd() ? QByteArray() : QByteArray(it->constData(), it->size());
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
