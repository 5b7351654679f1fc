#pragma once

#include "SmallTree.h"
#include "duty/DutyRecordRepository.h"
#include "org/PostRepository.h"

// SmallTree with post holders on 2026-01-01: a 党组书记 and a 党组成员, a 机关党委书记, and a
// secretary for each branch.
struct DutyTree : SmallTree
{
    QString pgSecretary, pgMember, ocSecretary, secretary1, secretary2;
    DutyTree()
    {
        pgSecretary = hold(QStringLiteral("赵书记"), branch1, 21, dj::PostType::PgSecretary, partyGroup);
        pgMember = hold(QStringLiteral("钱成员"), branch1, 22, dj::PostType::PgMember, partyGroup);
        ocSecretary = hold(QStringLiteral("孙书记"), branch1, 23, dj::PostType::OcSecretary, organ);
        secretary1 = hold(QStringLiteral("李支书"), branch1, 24, dj::PostType::BrSecretary, branch1);
        secretary2 = hold(QStringLiteral("周支书"), branch2, 25, dj::PostType::BrSecretary, branch2);
    }
    // Work done on an item, recorded by 王干事.
    QString record(const QString &itemId, const QDate &on, const QString &text = QStringLiteral("已完成"))
    {
        dj::DutyRecord r;
        r.itemId = itemId;
        r.doneOn = on;
        r.text = text;
        r.recordedBy = QStringLiteral("王干事");
        return dj::DutyRecordRepository(*db).add(r);
    }
    QString hold(const QString &name, const QString &branch, int seq, dj::PostType type, const QString &org)
    {
        const QString id = person(name, branch, seq);
        dj::Post p;
        p.personId = id;
        p.orgId = org;
        p.type = type;
        p.from = QDate(2025, 1, 1);
        dj::PostRepository(*db).add(p);
        return id;
    }
};
