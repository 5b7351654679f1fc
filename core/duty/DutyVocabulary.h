#pragma once

#include "org/OrgVocabulary.h"
#include "org/PostVocabulary.h"

#include <QList>
#include <QString>

namespace dj {

// Whose list it is: the four levels (四个层级) and the five posts (五个岗位).
enum class DutySubject {
    PartyGroup,       // 部门党组（党委） 主体责任
    LeadingGroup,     // 党建工作领导小组 议事协调责任
    OrganCommittee,   // 机关党委 协助责任
    Grassroots,       // 基层党组织（党总支、党支部） 具体落实责任
    PgSecretary,      // 党组（党委）书记 第一责任人
    PgMember,         // 党组（党委）成员 一岗双责
    OcSecretary,      // 机关党委书记
    OcFullTimeDeputy, // 机关党委专职副书记
    BrSecretary,      // 党支部书记
};

// How often an item is due within the year.
enum class Frequency { Once, Monthly, Quarterly, HalfYearly, Yearly, ByDate };

namespace vocab {
const QList<DutySubject> &dutySubjects();
QString code(DutySubject s);
DutySubject dutySubjectFromCode(const QString &code, bool *ok = nullptr);
QString label(DutySubject s);        // translated, for the interface
QString officialName(DutySubject s); // Chinese, for printed forms
bool isPostSubject(DutySubject s);
// The organisation types a level list is made for (党总支 and 党支部 for the grassroots).
QList<OrgType> subjectOrgTypes(DutySubject s);
// The posts whose holders get a post list (党组副书记 are 党组成员; 党总支书记 get the
// branch secretary's list).
QList<PostType> subjectPostTypes(DutySubject s);
// The subject whose items this subject's items carry out (none for the 党组 itself).
bool parentSubject(DutySubject s, DutySubject *out);

const QList<Frequency> &frequencies();
QString code(Frequency f);
Frequency frequencyFromCode(const QString &code, bool *ok = nullptr);
QString label(Frequency f);        // translated
QString officialName(Frequency f); // 每月, 每季度 … for printed forms
// Once and by-date items need a deadline; yearly ones may have one.
bool needsDeadline(Frequency f);
} // namespace vocab

} // namespace dj
