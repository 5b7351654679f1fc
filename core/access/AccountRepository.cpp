#include "AccountRepository.h"

#include "OfficeKeyVault.h"
#include "PasswordHash.h"
#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AccountRepository)
};

Account accountFrom(Query &q)
{
    Account a;
    a.name = q.text(0);
    a.displayName = q.text(1);
    a.role = roleFromKey(q.text(2));
    a.scopeOrgId = q.text(3);
    a.disabled = q.value(4).toInt() != 0;
    a.failedCount = q.value(5).toInt();
    a.lastFailedAt = q.text(6);
    a.createdAt = q.text(7);
    return a;
}

const QString columns = QStringLiteral(
    "name, display_name, role, coalesce(scope_org_id, ''), disabled, failed_count, coalesce(last_failed_at, ''), created_at");

// Accounts that export packages hold the office key (wrapped under their password).
bool holdsOfficeKey(const Account &a) { return !a.disabled && (a.role == Role::Admin || a.role == Role::Committee); }

[[noreturn]] void notFound(const QString &name)
{
    throw Error(Error::Kind::NotFound, Tr::tr("There is no account \"%1\".").arg(name));
}

} // namespace

bool AccountRepository::enabled(const Database &db)
{
    if (db.schemaVersion() < 7)
        return false;
    return Query(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)")).scalar().toBool();
}

QList<Account> AccountRepository::list() const
{
    // sql-identifiers-only: a fixed column list
    Query q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM account ORDER BY dj_name_key(name), name"));
    q.exec();
    QList<Account> out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

std::optional<Account> AccountRepository::find(const QString &name) const
{
    // sql-identifiers-only: a fixed column list
    Query q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM account WHERE name = :n"));
    q.bind(QStringLiteral(":n"), name.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

void AccountRepository::requireAdmin() const
{
    if (!m_db.user().isAdmin())
        throw Error(Error::Kind::Denied, Tr::tr("Only an administrator may change accounts."));
}

void AccountRepository::validate(const Account &a) const
{
    if (a.name.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("The account name must not be empty."));
    fieldcheck::text(Tr::tr("The account name"), a.name, limits::AccountNameMax);
    if (a.name.trimmed().contains(QLatin1Char(' ')))
        throw Error(Error::Kind::Invalid, Tr::tr("The account name must not contain spaces."));
    fieldcheck::text(Tr::tr("The display name"), a.displayName, limits::PersonNameMax);
    if (a.role == Role::Branch) {
        if (a.scopeOrgId.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("A branch account needs the organisation it works for."));
        const bool exists =
            Query(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM organization WHERE id = :id AND deleted = 0)"))
                .bind(QStringLiteral(":id"), a.scopeOrgId)
                .scalar()
                .toBool();
        if (!exists)
            throw Error(Error::Kind::NotFound, Tr::tr("The organisation of the branch account does not exist."));
    }
}

// Refuses a change after which the file would have accounts but no enabled administrator:
// nobody could then manage them. `after` is the changed account, or nullptr when removed.
void AccountRepository::requireAnAdminLeft(const QString &changing, const Account *after) const
{
    const int others = Query(m_db, QStringLiteral("SELECT count(*) FROM account WHERE role = 'admin' AND disabled = 0 "
                                                  "AND name <> :n"))
                           .bind(QStringLiteral(":n"), changing)
                           .scalar()
                           .toInt();
    const bool staysAdmin = after && after->role == Role::Admin && !after->disabled;
    if (others > 0 || staysAdmin)
        return;
    const int accounts = Query(m_db, QStringLiteral("SELECT count(*) FROM account WHERE name <> :n"))
                             .bind(QStringLiteral(":n"), changing)
                             .scalar()
                             .toInt();
    if (!after && accounts == 0)
        return; // the last account goes: sign-in is turned off
    throw Error(Error::Kind::Conflict,
                Tr::tr("\"%1\" is the last enabled administrator: make another account an administrator first.")
                    .arg(changing));
}

void AccountRepository::add(const Account &account, const QString &password)
{
    requireAdmin();
    validate(account);
    PasswordHash::checkStrength(password);
    const bool first = !enabled(m_db);
    if (first && (account.role != Role::Admin || account.disabled))
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The first account must be an enabled administrator, or nobody could manage the accounts."));
    if (find(account.name))
        throw Error(Error::Kind::Conflict, Tr::tr("The account \"%1\" already exists.").arg(account.name.trimmed()));
    const QString hash = PasswordHash::make(password); // slow: outside the write lock
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO account(name, display_name, role, scope_org_id, password_hash, disabled, "
                               "created_at) VALUES (:n, :d, :r, :s, :h, :x, :c)"))
        .bind(QStringLiteral(":n"), account.name.trimmed())
        .bind(QStringLiteral(":d"), account.displayName.trimmed())
        .bind(QStringLiteral(":r"), roleKey(account.role))
        .bind(QStringLiteral(":s"), account.role == Role::Branch ? QVariant(account.scopeOrgId) : QVariant())
        .bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":x"), account.disabled ? 1 : 0)
        .bind(QStringLiteral(":c"), Clock::stamp())
        .exec();
    // In the hash chain: removing the account rows with another program no longer turns
    // sign-in off (AccountsWereOn).
    if (first)
        AuditEvent::record(m_db, AuditEvent::Kind::AccountsOn, account.name.trimmed());
    // From the first account on, the office key rests only wrapped; a later account allowed to
    // export gets it from the administrator adding it (who unlocked it at sign-in).
    if (first)
        OfficeKeyVault::seal(m_db, account.name, password);
    else if (holdsOfficeKey(account))
        OfficeKeyVault::wrapFor(m_db, account.name, password);
    tx.commit();
}

void AccountRepository::update(const Account &account)
{
    requireAdmin();
    validate(account);
    const auto old = find(account.name);
    if (!old)
        notFound(account.name);
    Transaction tx(m_db);
    requireAnAdminLeft(old->name, &account);
    Query(m_db, QStringLiteral("UPDATE account SET display_name = :d, role = :r, scope_org_id = :s, disabled = :x "
                               "WHERE name = :n"))
        .bind(QStringLiteral(":n"), old->name)
        .bind(QStringLiteral(":d"), account.displayName.trimmed())
        .bind(QStringLiteral(":r"), roleKey(account.role))
        .bind(QStringLiteral(":s"), account.role == Role::Branch ? QVariant(account.scopeOrgId) : QVariant())
        .bind(QStringLiteral(":x"), account.disabled ? 1 : 0)
        .exec();
    // Granting export needs the password to wrap for: it follows with the next password set.
    if (!holdsOfficeKey(account))
        OfficeKeyVault::dropWrap(m_db, old->name);
    tx.commit();
}

void AccountRepository::setPassword(const QString &name, const QString &password)
{
    requireAdmin();
    PasswordHash::checkStrength(password);
    const auto old = find(name);
    if (!old)
        notFound(name);
    const QString hash = PasswordHash::make(password);
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("UPDATE account SET password_hash = :h, failed_count = 0, last_failed_at = NULL "
                               "WHERE name = :n"))
        .bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":n"), old->name)
        .exec();
    // The wrap under the old password goes; the administrator's unlocked key wraps anew.
    OfficeKeyVault::dropWrap(m_db, old->name);
    if (holdsOfficeKey(*old))
        OfficeKeyVault::wrapFor(m_db, old->name, password);
    tx.commit();
}

QString AccountRepository::hashOf(const QString &name) const
{
    return Query(m_db, QStringLiteral("SELECT password_hash FROM account WHERE name = :n"))
        .bind(QStringLiteral(":n"), name)
        .scalar()
        .toString();
}

void AccountRepository::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    const UserSession &s = m_db.user();
    if (!s.signedIn)
        throw Error(Error::Kind::Invalid, Tr::tr("This file has no accounts, so there is no password to change."));
    if (!PasswordHash::matches(hashOf(s.user), oldPassword))
        throw Error(Error::Kind::Denied, Tr::tr("The current password is wrong."));
    PasswordHash::checkStrength(newPassword);
    const QString hash = PasswordHash::make(newPassword);
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("UPDATE account SET password_hash = :h WHERE name = :n"))
        .bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":n"), s.user)
        .exec();
    OfficeKeyVault::rewrap(m_db, s.user, oldPassword, newPassword);
    tx.commit();
}

void AccountRepository::clearLockout(const QString &name)
{
    requireAdmin();
    if (!find(name))
        notFound(name);
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("UPDATE account SET failed_count = 0, last_failed_at = NULL WHERE name = :n"))
        .bind(QStringLiteral(":n"), name.trimmed())
        .exec();
    tx.commit();
}

void AccountRepository::remove(const QString &name)
{
    requireAdmin();
    const auto old = find(name);
    if (!old)
        notFound(name);
    Transaction tx(m_db);
    requireAnAdminLeft(old->name, nullptr);
    const bool last = Query(m_db, QStringLiteral("SELECT count(*) FROM account")).scalar().toInt() == 1;
    if (last)
        OfficeKeyVault::unseal(m_db); // sign-in turns off: the key goes back to plain text
    OfficeKeyVault::dropWrap(m_db, old->name);
    Query(m_db, QStringLiteral("DELETE FROM account WHERE name = :n")).bind(QStringLiteral(":n"), old->name).exec();
    if (!enabled(m_db))
        AuditEvent::record(m_db, AuditEvent::Kind::AccountsOff, old->name);
    tx.commit();
}

} // namespace dj
