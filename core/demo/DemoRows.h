#pragma once

#include "DemoNames.h"
#include "org/OrgVocabulary.h"
#include "org/Person.h"
#include "org/PostVocabulary.h"

#include <QDate>
#include <QString>
#include <vector>

namespace dj::demo {

// One department is built in memory (rows point at each other by index), then written.
struct OrgRow
{
    QString id, name, shortName, code;
    OrgType type = OrgType::Branch;
    UnitKind kind = UnitKind::None;
    int parent = -1, contact = -1; // org index, person index
    QDate established, termStart;
    int termYears = 0, sortOrder = 0;
};

struct PersonRow : DemoNames::Identity
{
    QString id, department, position;
    QDate memberFrom, prevFrom;
    int branch = -1, prevBranch = -1; // org indexes; prevBranch: an earlier, closed membership
    CadreKind cadre = CadreKind::None;
};

struct PostRow
{
    int person, org;
    PostType type;
    QDate from, to;
};

struct Dept
{
    std::vector<OrgRow> orgs;
    std::vector<PersonRow> people;
    std::vector<PostRow> posts;
};

} // namespace dj::demo
