#pragma once

#include "org/OrganizationRepository.h"
#include "storage/Database.h"

// One organisation with the usual term for its type; its id.
inline QString addOrg(dj::Database &db, dj::OrgType type, const QString &parent, const QString &name, const QString &code)
{
    dj::Organization o;
    o.type = type;
    o.parentId = parent;
    o.name = name;
    o.code = code;
    o.termYears = dj::vocab::defaultTermYears(type);
    return dj::OrganizationRepository(db).insert(o);
}

// 党组 A → 机关党委 A1 → 第一支部 A11, 第二支部 A12, in `db`; their ids in that order.
inline QStringList smallTree(dj::Database &db)
{
    const QString pg = addOrg(db, dj::OrgType::PartyGroup, {}, QStringLiteral("党组"), QStringLiteral("A"));
    const QString organ = addOrg(db, dj::OrgType::OrganCommittee, pg, QStringLiteral("机关党委"), QStringLiteral("A1"));
    return {pg, organ, addOrg(db, dj::OrgType::Branch, organ, QStringLiteral("第一支部"), QStringLiteral("A11")),
            addOrg(db, dj::OrgType::Branch, organ, QStringLiteral("第二支部"), QStringLiteral("A12"))};
}
