#include "OrgVocabulary.h"

#include <QCoreApplication>

namespace dj::vocab {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dj::vocab", s); }
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::vocab)
};

struct TypeInfo
{
    OrgType type;
    const char *code;
    const char *label;
    int termYears;
    const char *official;
};
// Labels are the official names; the English source strings are for non-Chinese locales.
const TypeInfo kTypes[] = {
    {OrgType::PartyGroup, "party_group", QT_TRANSLATE_NOOP("dj::vocab", "Party leadership group"), 0, "部门党组（党委）"},
    {OrgType::LeadingGroup, "leading_group", QT_TRANSLATE_NOOP("dj::vocab", "Party building leading group"), 0, "党的建设工作领导小组"},
    {OrgType::OrganCommittee, "organ_committee", QT_TRANSLATE_NOOP("dj::vocab", "Organ party committee"), 5, "机关党委"},
    {OrgType::DisciplineCommittee, "discipline_committee", QT_TRANSLATE_NOOP("dj::vocab", "Organ discipline committee"), 5, "机关纪委"},
    {OrgType::GeneralBranch, "general_branch", QT_TRANSLATE_NOOP("dj::vocab", "General party branch"), 3, "党总支"},
    {OrgType::Branch, "branch", QT_TRANSLATE_NOOP("dj::vocab", "Party branch"), 3, "党支部"},
    {OrgType::Group, "group", QT_TRANSLATE_NOOP("dj::vocab", "Party group (cell)"), 0, "党小组"},
};

const TypeInfo &info(OrgType t) { return kTypes[static_cast<int>(t)]; }

struct KindInfo
{
    UnitKind kind;
    const char *code;
    const char *label;
    const char *official;
};
const KindInfo kKinds[] = {
    {UnitKind::None, "", QT_TRANSLATE_NOOP("dj::vocab", "(not set)"), ""},
    {UnitKind::Internal, "internal", QT_TRANSLATE_NOOP("dj::vocab", "Internal division"), "机关内设处室"},
    {UnitKind::Affiliated, "affiliated", QT_TRANSLATE_NOOP("dj::vocab", "Directly affiliated unit"), "直属单位"},
    {UnitKind::Enterprise, "enterprise", QT_TRANSLATE_NOOP("dj::vocab", "Enterprise or public institution"), "所属企事业单位"},
    {UnitKind::BranchOffice, "branch_office", QT_TRANSLATE_NOOP("dj::vocab", "Branch office"), "分支机构"},
    {UnitKind::Overseas, "overseas", QT_TRANSLATE_NOOP("dj::vocab", "Overseas office"), "驻外机构"},
};
} // namespace

const QList<OrgType> &orgTypes()
{
    static const QList<OrgType> all = {OrgType::PartyGroup,    OrgType::LeadingGroup,
                                       OrgType::OrganCommittee, OrgType::DisciplineCommittee,
                                       OrgType::GeneralBranch, OrgType::Branch,
                                       OrgType::Group};
    return all;
}

QString code(OrgType t) { return QString::fromLatin1(info(t).code); }

OrgType orgTypeFromCode(const QString &c, bool *ok)
{
    for (const TypeInfo &i : kTypes) {
        if (c == QLatin1String(i.code)) {
            if (ok)
                *ok = true;
            return i.type;
        }
    }
    if (ok)
        *ok = false;
    return OrgType::Branch;
}

QString label(OrgType t) { return tr(info(t).label); }

QString officialName(OrgType t) { return QString::fromUtf8(info(t).official); }

int defaultTermYears(OrgType t) { return info(t).termYears; }

QList<OrgType> allowedParents(OrgType t)
{
    switch (t) {
    case OrgType::PartyGroup:
        return {};
    case OrgType::LeadingGroup:
    case OrgType::OrganCommittee:
        return {OrgType::PartyGroup};
    case OrgType::DisciplineCommittee:
        return {OrgType::OrganCommittee, OrgType::PartyGroup};
    case OrgType::GeneralBranch:
        return {OrgType::OrganCommittee};
    case OrgType::Branch:
        return {OrgType::OrganCommittee, OrgType::GeneralBranch};
    case OrgType::Group:
        return {OrgType::Branch};
    }
    return {};
}

bool holdsMembers(OrgType t) { return t == OrgType::Branch; }

const QList<UnitKind> &unitKinds()
{
    static const QList<UnitKind> all = {UnitKind::None,       UnitKind::Internal,
                                        UnitKind::Affiliated, UnitKind::Enterprise,
                                        UnitKind::BranchOffice, UnitKind::Overseas};
    return all;
}

QString code(UnitKind k) { return QString::fromLatin1(kKinds[static_cast<int>(k)].code); }

UnitKind unitKindFromCode(const QString &c, bool *ok)
{
    for (const KindInfo &i : kKinds) {
        if (c == QLatin1String(i.code)) {
            if (ok)
                *ok = true;
            return i.kind;
        }
    }
    if (ok)
        *ok = false;
    return UnitKind::None;
}

QString label(UnitKind k) { return tr(kKinds[static_cast<int>(k)].label); }

QString officialName(UnitKind k) { return QString::fromUtf8(kKinds[static_cast<int>(k)].official); }

QString code(OrgStatus s)
{
    return s == OrgStatus::Active ? QStringLiteral("active") : QStringLiteral("dissolved");
}

OrgStatus orgStatusFromCode(const QString &c)
{
    return c == QLatin1String("dissolved") ? OrgStatus::Dissolved : OrgStatus::Active;
}

QString label(OrgStatus s)
{
    return s == OrgStatus::Active ? Tr::tr("Active") : Tr::tr("Dissolved");
}

} // namespace dj::vocab
