#include "AccountCommands.h"

#include "SignInPrompt.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString nameOption(const CliArgs &a)
{
    const QString name = a.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        usage(Tr::tr("--name ACCOUNT is needed."));
    return name;
}

// --role and --org onto `account`; --org is an organisation code.
void applyRoleOptions(const CliArgs &a, dj::Database &db, dj::Account &account)
{
    if (a.options.contains(QStringLiteral("role"))) {
        try {
            account.role = dj::roleFromKey(a.value(QStringLiteral("role")));
        } catch (const dj::Error &e) {
            usage(e.message());
        }
    }
    if (a.options.contains(QStringLiteral("org"))) {
        const dj::Organization o = dj::OrganizationRepository(db).byCode(a.value(QStringLiteral("org")));
        if (o.id.isEmpty())
            usage(Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("org"))));
        account.scopeOrgId = o.id;
    }
    if (account.role != dj::Role::Branch)
        account.scopeOrgId.clear();
    if (a.options.contains(QStringLiteral("display-name")))
        account.displayName = a.value(QStringLiteral("display-name"));
}

QString orgName(dj::Database &db, const QString &id)
{
    if (id.isEmpty())
        return {};
    try {
        return dj::OrganizationRepository(db).get(id).name;
    } catch (const dj::Error &) {
        return id; // removed since: the id is all there is to show
    }
}

} // namespace

int accountList(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    const QList<dj::Account> list = dj::AccountRepository(*db).list();
    if (a.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const dj::Account &x : list)
            rows.append(QJsonObject{{QStringLiteral("name"), x.name},
                                    {QStringLiteral("display_name"), x.displayName},
                                    {QStringLiteral("role"), dj::roleKey(x.role)},
                                    {QStringLiteral("org"), orgName(*db, x.scopeOrgId)},
                                    {QStringLiteral("disabled"), x.disabled},
                                    {QStringLiteral("failed"), x.failedCount}});
        printJson(QJsonDocument(rows));
        return Ok;
    }
    if (list.isEmpty()) {
        printLine(Tr::tr("No accounts: nobody needs to sign in. `account add FILE --name N --role admin` turns sign-in on."));
        return Ok;
    }
    for (const dj::Account &x : list)
        printLine(QStringLiteral("%1  %2  %3  %4%5%6")
                      .arg(x.name.leftJustified(16), x.displayName.leftJustified(10), dj::roleName(x.role).leftJustified(8),
                           orgName(*db, x.scopeOrgId),
                           x.disabled ? Tr::tr("  (disabled)") : QString(),
                           x.failedCount > 0 ? Tr::tr("  (%n wrong password(s) in a row)", nullptr, x.failedCount) : QString()));
    return Ok;
}

int accountAdd(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    auto db = openData(file, false);
    dj::Account account;
    account.name = nameOption(a);
    if (!a.options.contains(QStringLiteral("role")))
        usage(Tr::tr("--role is needed: one of %1.").arg(dj::roleKeys().join(QStringLiteral(", "))));
    applyRoleOptions(a, *db, account);
    account.disabled = a.has(QStringLiteral("disabled"));
    const bool first = !dj::AccountRepository::enabled(*db);
    const QString password = newPassword();
    dj::AccountRepository(*db).add(account, password);
    printLine(Tr::tr("Account %1 added (%2).").arg(account.name, dj::roleName(account.role)));
    if (first) {
        // This process keeps working on the file as the administrator it just made.
        dj::Authenticator::signIn(file, account.name, password);
        printLine(Tr::tr("From now on everyone signs in to open %1.").arg(file));
    }
    return Ok;
}

int accountSet(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), false);
    dj::AccountRepository repo(*db);
    const QString name = nameOption(a);
    auto account = repo.find(name);
    if (!account)
        throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("There is no account \"%1\".").arg(name));
    applyRoleOptions(a, *db, *account);
    if (a.has(QStringLiteral("disable")) && a.has(QStringLiteral("enable")))
        usage(Tr::tr("--disable and --enable cannot both be given."));
    if (a.has(QStringLiteral("disable")))
        account->disabled = true;
    if (a.has(QStringLiteral("enable")))
        account->disabled = false;
    repo.update(*account);
    printLine(Tr::tr("Account %1 changed (%2%3).")
                  .arg(account->name, dj::roleName(account->role), account->disabled ? Tr::tr(", disabled") : QString()));
    return Ok;
}

int accountPassword(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), false);
    const QString name = nameOption(a);
    dj::AccountRepository(*db).setPassword(name, newPassword());
    printLine(Tr::tr("The password of %1 was set.").arg(name));
    return Ok;
}

int accountUnlock(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), false);
    const QString name = nameOption(a);
    dj::AccountRepository(*db).clearLockout(name);
    printLine(Tr::tr("%1 may sign in again at once.").arg(name));
    return Ok;
}

int accountRemove(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), false);
    const QString name = nameOption(a);
    if (!a.has(QStringLiteral("yes")) && !confirm(Tr::tr("Remove the account %1? Type yes to remove:").arg(name)))
        throw dj::Error(dj::Error::Kind::Invalid, Tr::tr("Not confirmed: nothing was removed."));
    dj::AccountRepository repo(*db);
    repo.remove(name);
    printLine(dj::AccountRepository::enabled(*db) ? Tr::tr("Account %1 removed.").arg(name)
                                                  : Tr::tr("Account %1 removed; nobody needs to sign in any more.").arg(name));
    return Ok;
}

} // namespace cli
