#pragma once

#include "Report.h"

#include <QDate>

namespace dj {
class Database;
}

namespace dj::report {

// 组织机构及班子成员一览表: the organisation tree (below `rootId`, or all of it) with each
// body's type, 书记, committee members and term; terms ending within 6 months are marked.
class OrgListReport
{
public:
    static Report build(Database &db, const QString &rootId, const QDate &today);
};

} // namespace dj::report
