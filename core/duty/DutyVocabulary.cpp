#include "DutyVocabulary.h"

#include <QCoreApplication>

namespace dj::vocab {

namespace {
struct SubjectInfo
{
    DutySubject subject;
    const char *code;
    const char *label;
    const char *official;
};
const SubjectInfo kSubjects[] = {
    {DutySubject::PartyGroup, "party_group", QT_TRANSLATE_NOOP("dj::vocab", "Party leadership group (primary responsibility)"), "部门党组（党委）主体责任"},
    {DutySubject::LeadingGroup, "leading_group", QT_TRANSLATE_NOOP("dj::vocab", "Leading group (coordination)"), "党建工作领导小组议事协调责任"},
    {DutySubject::OrganCommittee, "organ_committee", QT_TRANSLATE_NOOP("dj::vocab", "Organ party committee (assisting responsibility)"), "机关党委协助责任"},
    {DutySubject::Grassroots, "grassroots", QT_TRANSLATE_NOOP("dj::vocab", "Grassroots organisations (carrying out)"), "基层党组织具体落实责任"},
    {DutySubject::PgSecretary, "pg_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Party group secretary (first responsible)"), "党组（党委）书记第一责任人责任"},
    {DutySubject::PgMember, "pg_member", QT_TRANSLATE_NOOP("dj::vocab", "Party group members (dual duty)"), "党组（党委）成员一岗双责"},
    {DutySubject::OcSecretary, "oc_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Organ party committee secretary"), "机关党委书记责任"},
    {DutySubject::OcFullTimeDeputy, "oc_fulltime_deputy", QT_TRANSLATE_NOOP("dj::vocab", "Full-time deputy secretary"), "机关党委专职副书记责任"},
    {DutySubject::BrSecretary, "br_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Branch secretaries"), "党支部书记责任"},
};

struct FrequencyInfo
{
    Frequency frequency;
    const char *code;
    const char *label;
    const char *official;
};
const FrequencyInfo kFrequencies[] = {
    {Frequency::Once, "once", QT_TRANSLATE_NOOP("dj::vocab", "Once"), "一次"},
    {Frequency::Monthly, "monthly", QT_TRANSLATE_NOOP("dj::vocab", "Monthly"), "每月"},
    {Frequency::Quarterly, "quarterly", QT_TRANSLATE_NOOP("dj::vocab", "Quarterly"), "每季度"},
    {Frequency::HalfYearly, "half_yearly", QT_TRANSLATE_NOOP("dj::vocab", "Half-yearly"), "每半年"},
    {Frequency::Yearly, "yearly", QT_TRANSLATE_NOOP("dj::vocab", "Yearly"), "每年"},
    {Frequency::ByDate, "by_date", QT_TRANSLATE_NOOP("dj::vocab", "By a date"), "限期"},
};

QString tr(const char *s) { return QCoreApplication::translate("dj::vocab", s); }
} // namespace

const QList<DutySubject> &dutySubjects()
{
    static const QList<DutySubject> all = [] {
        QList<DutySubject> l;
        for (const SubjectInfo &i : kSubjects)
            l << i.subject;
        return l;
    }();
    return all;
}

QString code(DutySubject s) { return QString::fromLatin1(kSubjects[int(s)].code); }

DutySubject dutySubjectFromCode(const QString &code, bool *ok)
{
    for (const SubjectInfo &i : kSubjects) {
        if (code == QLatin1String(i.code)) {
            if (ok)
                *ok = true;
            return i.subject;
        }
    }
    if (ok)
        *ok = false;
    return DutySubject::Grassroots;
}

QString label(DutySubject s) { return tr(kSubjects[int(s)].label); }
QString officialName(DutySubject s) { return QString::fromUtf8(kSubjects[int(s)].official); }
bool isPostSubject(DutySubject s) { return int(s) >= int(DutySubject::PgSecretary); }

QList<OrgType> subjectOrgTypes(DutySubject s)
{
    switch (s) {
    case DutySubject::PartyGroup: return {OrgType::PartyGroup};
    case DutySubject::LeadingGroup: return {OrgType::LeadingGroup};
    case DutySubject::OrganCommittee: return {OrgType::OrganCommittee};
    case DutySubject::Grassroots: return {OrgType::GeneralBranch, OrgType::Branch};
    default: return {};
    }
}

QList<PostType> subjectPostTypes(DutySubject s)
{
    switch (s) {
    case DutySubject::PgSecretary: return {PostType::PgSecretary};
    case DutySubject::PgMember: return {PostType::PgDeputy, PostType::PgMember};
    case DutySubject::OcSecretary: return {PostType::OcSecretary};
    case DutySubject::OcFullTimeDeputy: return {PostType::OcFullTimeDeputy};
    case DutySubject::BrSecretary: return {PostType::GbSecretary, PostType::BrSecretary};
    default: return {};
    }
}

bool parentSubject(DutySubject s, DutySubject *out)
{
    switch (s) {
    case DutySubject::PartyGroup: return false;
    case DutySubject::LeadingGroup:
    case DutySubject::OrganCommittee:
    case DutySubject::PgSecretary:
    case DutySubject::PgMember: *out = DutySubject::PartyGroup; return true;
    case DutySubject::Grassroots:
    case DutySubject::OcSecretary:
    case DutySubject::OcFullTimeDeputy: *out = DutySubject::OrganCommittee; return true;
    case DutySubject::BrSecretary: *out = DutySubject::Grassroots; return true;
    }
    return false;
}

const QList<Frequency> &frequencies()
{
    static const QList<Frequency> all = [] {
        QList<Frequency> l;
        for (const FrequencyInfo &i : kFrequencies)
            l << i.frequency;
        return l;
    }();
    return all;
}

QString code(Frequency f) { return QString::fromLatin1(kFrequencies[int(f)].code); }

Frequency frequencyFromCode(const QString &code, bool *ok)
{
    for (const FrequencyInfo &i : kFrequencies) {
        if (code == QLatin1String(i.code)) {
            if (ok)
                *ok = true;
            return i.frequency;
        }
    }
    if (ok)
        *ok = false;
    return Frequency::Yearly;
}

QString label(Frequency f) { return tr(kFrequencies[int(f)].label); }
QString officialName(Frequency f) { return QString::fromUtf8(kFrequencies[int(f)].official); }
bool needsDeadline(Frequency f) { return f == Frequency::Once || f == Frequency::ByDate; }

} // namespace dj::vocab
