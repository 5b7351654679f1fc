#pragma once

#include "UserSession.h"

#include <QString>

namespace dj {

// Signs a user in for a data file: checks the password against its Argon2id hash and, when
// it matches, records the session in SignInRegistry for every later opening of the file.
// After LockoutAfter wrong passwords in a row the account waits before the next try
// (30 s, doubling with each further failure, at most 15 min) — guessing stays slow even for
// someone who keeps the program running.
class Authenticator
{
public:
    static constexpr int LockoutAfter = 3;
    static constexpr int FirstWaitSecs = 30;
    static constexpr int LongestWaitSecs = 15 * 60;

    // Throws dj::Error(Denied) for an unknown or disabled account, a wrong password or a
    // locked account (the message says how long to wait); (Invalid) when the file has no
    // accounts.
    static UserSession signIn(const QString &path, const QString &name, const QString &password);
    static void signOut(const QString &path);
    // Seconds to wait after `failedCount` failures in a row.
    static int waitSecs(int failedCount);
};

} // namespace dj
