#pragma once

#include <QString>

class QWidget;

namespace dj {
class Database;
struct UserSession;
} // namespace dj

// The Accounts menu of the main window: who is signed in, turning accounts on for a file,
// managing them and changing one's own password. The window reopens the file when told to,
// so the rights of the new session apply everywhere.
namespace accessactions {
// "张三 · 支部（办公室党支部）" for the status bar; empty for a file without accounts.
QString signedInText(dj::Database &db);
// Asks for the first administrator of a file without accounts, adds it and signs in as it.
// Returns true when accounts are now on (the window reopens the file).
bool turnOn(dj::Database &db, QWidget *parent);
// The accounts dialog. Returns true when the window must reopen the file: the signed-in
// user's own account changed, or the last account was removed (then nobody is signed in).
bool manage(dj::Database &db, QWidget *parent);
// The signed-in user's own password.
void changeOwnPassword(dj::Database &db, QWidget *parent);
// Disables the window's actions (found by objectName under `menus`) that `user`'s role may
// not use: imports, copies, packages, restoring. Core refuses them anyway, with a message
// naming the role needed; the menus just do not offer them. Call after enabling the actions
// that need an open file.
void offerOnlyAllowed(QWidget *menus, const dj::UserSession &user);
} // namespace accessactions
