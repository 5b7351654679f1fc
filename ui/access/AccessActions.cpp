#include "AccessActions.h"

#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "ChangePasswordDialog.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/Permission.h"
#include "common/Error.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

namespace accessactions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(accessactions)
};

} // namespace

QString signedInText(dj::Database &db)
{
    const dj::UserSession &u = db.user();
    if (!u.signedIn)
        return {};
    QString role = dj::roleName(u.role);
    if (u.role == dj::Role::Branch && !u.scopeOrgId.isEmpty()) {
        try {
            role = Tr::tr("%1 (%2)").arg(
                role, dj::OrganizationRepository(db).get(u.scopeOrgId).displayName());
        } catch (const dj::Error &) {
            // The organisation went (dissolved and purged): the role alone still says enough.
        }
    }
    return Tr::tr("%1 · %2").arg(u.displayName.isEmpty() ? u.user : u.displayName, role);
}

bool turnOn(dj::Database &db, QWidget *parent)
{
    dj::Account first;
    first.role = dj::Role::Admin;
    AccountEditDialog d(
        db, AccountEditDialog::Mode::FirstAdmin, first,
        [&db](const dj::Account &account, const QString &password) {
            dj::AccountRepository(db).add(account, password);
            // The window keeps working: as this administrator from now on.
            dj::Authenticator::signIn(db.path(), account.name, password);
        },
        parent);
    return d.exec() == QDialog::Accepted;
}

bool manage(dj::Database &db, QWidget *parent)
{
    AccountsDialog d(db, parent);
    d.exec();
    if (!d.selfChanged())
        return false;
    if (!dj::AccountRepository::enabled(db)) {
        dj::Authenticator::signOut(db.path());
        QMessageBox::information(
            parent, Tr::tr("Accounts"),
            Tr::tr("The last account was removed: this file no longer asks anyone to sign in."));
    }
    return true;
}

void changeOwnPassword(dj::Database &db, QWidget *parent)
{
    ChangePasswordDialog d(
        Tr::tr("Change my password"),
        Tr::tr("The password of %1 for this file.").arg(db.user().user), true,
        [&db](const QString &current, const QString &fresh) {
            dj::AccountRepository(db).changeOwnPassword(current, fresh);
        },
        parent);
    d.exec();
}

void offerOnlyAllowed(QWidget *menus, const dj::UserSession &user)
{
    using dj::Permission;
    const std::pair<const char *, bool> rights[] = {
        {"actionSaveCopy", dj::allowed(user, Permission::CopyAllData)},
        {"actionBackup", dj::allowed(user, Permission::CopyAllData)},
        {"actionRestore", dj::allowed(user, Permission::RestoreBackup)},
        {"actionImportPeople", user.canWrite()},
        {"actionImportOrgs", user.canWrite()},
        {"actionExportPackage", dj::allowed(user, Permission::CopyAllData)},
        {"actionImportPackage", dj::allowed(user, Permission::ImportPackages)},
        {"actionAuditLog", dj::allowed(user, Permission::ReadAuditLog)},
    };
    for (const auto &[name, allowed] : rights)
        if (QAction *a = menus->findChild<QAction *>(QString::fromLatin1(name)))
            a->setEnabled(allowed);
}

} // namespace accessactions
