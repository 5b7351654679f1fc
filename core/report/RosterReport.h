#pragma once

#include "Report.h"

#include <QDate>

namespace dj {
class Database;
}

namespace dj::report {

// 党员花名册: the members of an organisation subtree (everyone when `orgId` is empty), sorted
// by branch (tree order) then name, with their current party posts; landscape A4.
class RosterReport
{
public:
    static Report build(Database &db, const QString &orgId, const QDate &today);
};

} // namespace dj::report
