#include "UserSession.h"

#include <QtGlobal>

namespace dj {

UserSession UserSession::unnamed()
{
    UserSession s;
    // USER on Linux, USERNAME on Windows: who was at the computer, for the audit log.
    s.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (s.user.isEmpty())
        s.user = QStringLiteral("-");
    s.displayName = s.user;
    return s;
}

QString UserSession::enteredBy(const QString &given) const
{
    if (!signedIn)
        return given.trimmed();
    return displayName.trimmed().isEmpty() ? user : displayName.trimmed();
}

} // namespace dj
