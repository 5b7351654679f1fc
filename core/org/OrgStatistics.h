#pragma once

#include "Organization.h"

#include <QList>
#include <QMap>

namespace dj {

class Database;

// A committee term that ends soon or has already run out (换届 reminder).
struct TermAlert
{
    Organization org;
    QDate end;
    bool overdue = false;
};

// The numbers on the dashboard (工作台) and in `dangjian-cli info`.
struct OrgStatistics
{
    QMap<OrgType, int> activeByType;
    int fullMembers = 0;
    int probationaryMembers = 0;
    QList<TermAlert> terms;                     // by end date, overdue first
    QList<Organization> branchesWithoutSecretary;

    static OrgStatistics compute(Database &db, const QDate &today, int monthsAhead = 6);
};

} // namespace dj
