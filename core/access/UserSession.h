#pragma once

#include "Role.h"

#include <QString>

namespace dj {

// Who works on an open data file. A file without accounts has an unnamed session with every
// right (`signedIn` false), named after the computer's user for the audit log.
struct UserSession
{
    QString user;        // the account name, or the system user when no account is needed
    QString displayName; // as shown in the status bar
    Role role = Role::Admin;
    QString scopeOrgId; // Role::Branch: the organisation at the top of its subtree
    bool signedIn = false;

    // Writes anything at all (Role::ReadOnly writes nothing).
    bool canWrite() const { return role != Role::ReadOnly; }
    // Writes every organisation's rows and the department's shared lists and schemes.
    bool canWriteAll() const { return role == Role::Admin || role == Role::Committee; }
    bool isAdmin() const { return role == Role::Admin; }
    // The name recorded as who entered a value (录入人): a signed-in account's display name
    // (its account name when it has none) whatever a caller asks for, so nobody enters values
    // under another person's name; without accounts, the name the caller was given.
    QString enteredBy(const QString &given) const;

    // The session of a file that has no accounts.
    static UserSession unnamed();
};

} // namespace dj
