#pragma once

#include "Account.h"

#include <QList>
#include <optional>

namespace dj {

class Database;

// The accounts of a data file. Only an administrator changes them (checked here, not only
// in the window); anyone may change their own password. A file has accounts once the
// first one, an administrator, is added; removing the last account turns sign-in off again.
class AccountRepository
{
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    // True when `db` asks for a sign-in (it has at least one account).
    static bool enabled(const Database &db);

    QList<Account> list() const;
    std::optional<Account> find(const QString &name) const;

    // The first account of a file must be an enabled administrator.
    void add(const Account &account, const QString &password);
    // Display name, role, scope and disabled; never leaves the file without an enabled
    // administrator while it has accounts.
    void update(const Account &account);
    void setPassword(const QString &name, const QString &password);
    // The signed-in user's own password, after checking the current one.
    void changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    // Lets a locked-out account try again at once.
    void clearLockout(const QString &name);
    void remove(const QString &name);

private:
    void requireAdmin() const;
    void validate(const Account &account) const;
    void requireAnAdminLeft(const QString &changing, const Account *after) const;
    QString hashOf(const QString &name) const;

    Database &m_db;
};

} // namespace dj
