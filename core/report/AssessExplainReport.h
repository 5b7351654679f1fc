#pragma once

#include "Report.h"

namespace dj {
class Database;
}

namespace dj::report {

// 综合得分说明: how one organisation's total came to be, as a sheet to file with the results —
// the weighted components, each indicator's rule, both values with who entered them and
// when, the points, the evidence named; the party-group marks; the ballots and which were
// dropped; the grade and why. Landscape A4.
class AssessExplainReport
{
public:
    // Throws NotFound when the year has no assessment or the organisation is not in it.
    static Report build(Database &db, int year, const QString &orgId);
};

} // namespace dj::report
