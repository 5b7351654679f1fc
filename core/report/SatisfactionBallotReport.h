#pragma once

#include "Report.h"

namespace dj {
class Database;
}

namespace dj::report {

// The blank 满意度测评票 of the 机关党委 for a year: respondent kind, one row per item with a
// box for each option, a line for suggestions. Portrait A4.
class SatisfactionBallotReport
{
public:
    // Throws NotFound when the year has no satisfaction survey.
    static Report build(Database &db, int year);
};

} // namespace dj::report
