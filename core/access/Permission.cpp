#include "Permission.h"

#include "UserSession.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::Permission)
};

bool adminOnly(Permission p) { return p == Permission::ManageAccounts || p == Permission::RestoreBackup || p == Permission::ChangeSettings; }

} // namespace

bool allowed(const UserSession &user, Permission p)
{
    return adminOnly(p) ? user.isAdmin() : user.canWriteAll();
}

void require(const Database &db, Permission p)
{
    if (allowed(db.user(), p))
        return;
    if (p == Permission::ReviewAssessment)
        throw Error(Error::Kind::Denied,
                    Tr::tr("Only an administrator or the organ party committee may review scores, decide grades, "
                           "seal or reopen an assessment or set its pairs; you are signed in as %1 (%2).")
                        .arg(db.user().user, roleName(db.user().role)));
    throw Error(Error::Kind::Denied,
                adminOnly(p) ? Tr::tr("Only an administrator may do this; you are signed in as %1 (%2).")
                                   .arg(db.user().user, roleName(db.user().role))
                             : Tr::tr("Only an administrator or the organ party committee may do this; you are signed "
                                      "in as %1 (%2).")
                                   .arg(db.user().user, roleName(db.user().role)));
}

} // namespace dj
