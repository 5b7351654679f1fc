#pragma once

#include "Role.h"

#include <QString>

namespace dj {

// One row of the account table (without its password hash).
struct Account
{
    QString name;        // what is typed to sign in; unique, case-insensitive
    QString displayName; // 张三（机关党委）
    Role role = Role::ReadOnly;
    QString scopeOrgId; // Role::Branch only: the top of the subtree it works in
    bool disabled = false;
    int failedCount = 0;   // wrong passwords in a row
    QString lastFailedAt;  // ISO-8601 UTC
    QString createdAt;
};

} // namespace dj
