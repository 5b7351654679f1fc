#pragma once

#include "access/AccountRepository.h"
#include "storage/Database.h"

// Accounts on: an administrator "admin" (who holds the office key) and a read-only "chakan"
// (who does not), both with the same password.
inline void addAdminAndReader(dj::Database &db, const QString &password)
{
    dj::AccountRepository repo(db);
    dj::Account admin;
    admin.name = QStringLiteral("admin");
    admin.role = dj::Role::Admin;
    repo.add(admin, password);
    dj::Account reader;
    reader.name = QStringLiteral("chakan");
    reader.role = dj::Role::ReadOnly;
    repo.add(reader, password);
}
