#pragma once

#include <QString>

namespace cli {

// Signs in for a data file that has accounts, before a command is run again: the name and
// password come from DJ_USER and DJ_PASSWORD when set (scripts), else they are asked for on
// the terminal (the password without echo, three tries). Throws dj::Error(Denied) when it
// cannot sign in, and (SignInRequired) when there is no terminal to ask on.
void signIn(const QString &path);
// A new password for an account: DJ_NEW_PASSWORD when set, else asked twice on the terminal.
// Throws dj::Error(Invalid) when the two differ or there is no terminal.
QString newPassword();

} // namespace cli
