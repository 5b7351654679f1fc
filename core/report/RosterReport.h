#pragma once

#include "Report.h"

#include "org/Organization.h"

#include <QDate>
#include <QList>

namespace dj {
class Database;
}

namespace dj::report {

// 党员花名册: the members of an organisation subtree (everyone when `orgId` is empty), sorted
// by branch (tree order) then name, with their current party posts; landscape A4.
struct BranchRoster
{
    Organization branch;
    Report report;
};

class RosterReport
{
public:
    static Report build(Database &db, const QString &orgId, const QDate &today);
    // One roster per active 党支部 below `rootId` (all when empty), in tree order, reading the
    // data file once for all of them (batch printing).
    static QList<BranchRoster> buildPerBranch(Database &db, const QString &rootId, const QDate &today);
};

} // namespace dj::report
