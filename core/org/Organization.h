#pragma once

#include "OrgVocabulary.h"

#include <QDate>
#include <QString>

namespace dj {

struct Organization
{
    QString id;
    QString parentId;
    OrgType type = OrgType::Branch;
    QString name;
    QString shortName;
    QString code;
    UnitKind unitKind = UnitKind::None;
    QDate establishedOn;
    QDate termStart;
    int termYears = 0;
    OrgStatus status = OrgStatus::Active;
    QDate dissolvedOn;
    QString contactPersonId;
    int sortOrder = 0;
    qint64 version = 0;

    // The day the current committee's term runs out; invalid when there is no term.
    QDate termEnd() const
    {
        return termStart.isValid() && termYears > 0 ? termStart.addYears(termYears) : QDate();
    }
    bool isActive() const { return status == OrgStatus::Active; }
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
};

} // namespace dj
