#pragma once

#include <QList>
#include <QString>

namespace dj {

// The kinds of party organisation in a department, from the 党组 down to the 党小组.
enum class OrgType {
    PartyGroup,          // 部门党组（党委）
    LeadingGroup,        // 党的建设工作领导小组
    OrganCommittee,      // 机关党委
    DisciplineCommittee, // 机关纪委
    GeneralBranch,       // 党总支
    Branch,              // 党支部
    Group,               // 党小组
};

// The kind of unit a branch sits in.
enum class UnitKind { None, Internal, Affiliated, Enterprise, BranchOffice, Overseas };

enum class OrgStatus { Active, Dissolved };

namespace vocab {

const QList<OrgType> &orgTypes();
QString code(OrgType t);
OrgType orgTypeFromCode(const QString &code, bool *ok = nullptr);
QString label(OrgType t);
// The official Chinese name, for printed forms whatever the interface language.
QString officialName(OrgType t);
// Default committee term in years (0: the body has no elected term).
int defaultTermYears(OrgType t);
// Which types may sit directly above `t`; empty means `t` is a root.
QList<OrgType> allowedParents(OrgType t);
// Whether party members are registered directly in an organisation of this type.
bool holdsMembers(OrgType t);

const QList<UnitKind> &unitKinds();
QString code(UnitKind k);
UnitKind unitKindFromCode(const QString &code, bool *ok = nullptr);
QString label(UnitKind k);
QString officialName(UnitKind k);

QString code(OrgStatus s);
OrgStatus orgStatusFromCode(const QString &code);
QString label(OrgStatus s);

} // namespace vocab
} // namespace dj
