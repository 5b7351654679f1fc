#pragma once

#include "Report.h"

namespace dj {
class Database;
}

namespace dj::report {

// 述职评议票: the blank ballot the raters of the 党支部书记抓党建工作述职评议 mark by hand —
// the rater's kind and the ballot number to fill in, how to mark, and one row per assessed
// organisation with its secretary at the year end, boxes for 好/较好/一般/差 and a 分数
// column. Portrait A4; what the raters mark is typed back with `assess load --ballots`.
class ReportBallotReport
{
public:
    // Throws NotFound when the year has no assessment or it assesses no organisation.
    static Report build(Database &db, int year);
};

} // namespace dj::report
