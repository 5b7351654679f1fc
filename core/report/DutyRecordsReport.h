#pragma once

#include "Report.h"

#include <QDate>

namespace dj {
class Database;
}

namespace dj::report {

// 履责纪实: what an organisation or a person recorded against their responsibility lists in a
// year — every record with its date, text, recorder and evidence files, item by item, and the
// items with nothing recorded shown as such so the gaps are visible. Landscape A4.
class DutyRecordsReport
{
public:
    // Exactly one of `orgId` (the lists held at that organisation: its level list and the
    // post lists of posts in it) and `personId` (all the person's post lists). Throws
    // NotFound for an unknown organisation or person, or when there are no lists.
    static Report build(Database &db, int year, const QString &orgId, const QString &personId,
                        const QDate &today);
};

} // namespace dj::report
