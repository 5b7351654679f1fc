#pragma once

#include "UserSession.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace dj {

// Who has signed in for which data file in this process. The window and the command line
// sign in once; every Database opened on that file afterwards (worker threads included)
// takes its session from here, so no connection can be opened around the sign-in.
class SignInRegistry
{
public:
    static void set(const QString &path, const UserSession &session);
    static std::optional<UserSession> get(const QString &path);
    static void forget(const QString &path);

    // The office key vault's key, unwrapped at sign-in for an account allowed to export
    // (core/access/OfficeKeyVault). Held only in memory, wiped on forget() or a new set().
    static void setVaultKey(const QString &path, const QByteArray &key);
    static QByteArray vaultKey(const QString &path);

    // For a file without accounts: the person the window asked for (录入人), whom the audit
    // log names instead of the computer's user; empty clears it.
    static void setPerson(const QString &path, const QString &name);
    static QString person(const QString &path);

private:
    static QString key(const QString &path);
};

} // namespace dj
