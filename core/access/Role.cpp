#include "Role.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::Role)
};

constexpr Role allRoles[] = {Role::Admin, Role::Committee, Role::Branch, Role::ReadOnly};

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Committee:
        return QStringLiteral("committee");
    case Role::Branch:
        return QStringLiteral("branch");
    case Role::ReadOnly:
        break;
    }
    return QStringLiteral("readonly");
}

QStringList roleKeys()
{
    QStringList keys;
    for (Role r : allRoles)
        keys << roleKey(r);
    return keys;
}

Role roleFromKey(const QString &key)
{
    for (Role r : allRoles)
        if (roleKey(r) == key.trimmed().toLower())
            return r;
    throw Error(Error::Kind::Invalid,
                Tr::tr("Unknown role \"%1\": use one of %2.").arg(key, roleKeys().join(QStringLiteral(", "))));
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return Tr::tr("Administrator");
    case Role::Committee:
        return Tr::tr("Organ party committee");
    case Role::Branch:
        return Tr::tr("Branch");
    case Role::ReadOnly:
        break;
    }
    return Tr::tr("Read only");
}

} // namespace dj
