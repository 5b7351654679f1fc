#pragma once

#include "AddOrg.h"
#include "TempDb.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "org/IdNumber.h"

// 党组 → 机关党委 → (党总支 → 第二支部), 第一支部 → 第一党小组; enough to exercise the rules.
struct SmallTree : TempDb
{
    QString partyGroup, organ, general, branch1, branch2, group1;
    dj::OrganizationRepository orgs{*db};
    dj::PersonRepository people{*db};

    SmallTree()
    {
        partyGroup = add(dj::OrgType::PartyGroup, {}, QStringLiteral("中共市商务局党组"), QStringLiteral("SW"));
        organ = add(dj::OrgType::OrganCommittee, partyGroup, QStringLiteral("机关党委"), QStringLiteral("SW-JG"));
        general = add(dj::OrgType::GeneralBranch, organ, QStringLiteral("服务中心党总支"), QStringLiteral("SW-ZZ1"));
        branch1 = add(dj::OrgType::Branch, organ, QStringLiteral("办公室党支部"), QStringLiteral("SW-ZB01"));
        branch2 = add(dj::OrgType::Branch, general, QStringLiteral("服务中心第一党支部"), QStringLiteral("SW-ZB02"));
        group1 = add(dj::OrgType::Group, branch1, QStringLiteral("第一党小组"), QStringLiteral("SW-ZB01-1"));
    }
    QString add(dj::OrgType type, const QString &parent, const QString &name, const QString &code)
    {
        return addOrg(*db, type, parent, name, code);
    }
    // A member born 1980-05-06 whose ID number ends in `seq` (idNumberOf(seq)).
    QString person(const QString &name, const QString &branch, int seq = 11, const QString &phone = {})
    {
        dj::Person p;
        p.phone = phone;
        p.name = name;
        p.birthDate = QDate(1980, 5, 6);
        p.gender = seq % 2 ? QLatin1Char('M') : QLatin1Char('F');
        p.idNumber = idNumberOf(seq);
        p.joinedOn = QDate(2005, 7, 1);
        p.fullMemberOn = QDate(2006, 7, 1);
        p.branchId = branch;
        return people.insert(p, QDate(2020, 1, 1));
    }
    static QString idNumberOf(int seq) { return dj::IdNumber::compose(QStringLiteral("110101"), QDate(1980, 5, 6), seq); }
};
