#pragma once

#include <QString>
#include <QStringList>

namespace dj {

// What an account may do in a data file (issue 8). The key is what the account table stores.
enum class Role {
    Admin,     // 管理员: everything, including accounts, backups and the audit log
    Committee, // 机关党委: all organisations' data; not the accounts
    Branch,    // 支部: its own branch subtree; reads the department's shared lists
    ReadOnly,  // 只读: reads, changes nothing, sees ID and phone numbers masked
};

QString roleKey(Role role);
// Throws dj::Error(Invalid) naming the accepted keys.
Role roleFromKey(const QString &key);
QStringList roleKeys();
// The role's name as officers say it (translated).
QString roleName(Role role);

} // namespace dj
