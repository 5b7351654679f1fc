#pragma once

#include "Report.h"

#include "assess/Assessment.h"

namespace dj {
class Database;
}

namespace dj::report {

// 考核结果汇总排名表: every assessed organisation of a year by rank with its three
// components, total and grade (备注: 一票否决, or 同分待定 while a quota tie waits for a
// decision), then how the total and the grades were worked out, and the stamp of the
// 机关党委. Portrait A4.
class AssessSummaryReport
{
public:
    // Throws NotFound when the year has no assessment.
    static Report build(Database &db, int year);

    // "综合得分 = 日常考核 × 50% + …": the weights, the ballot points and the grading as a
    // paragraph of the form.
    static QString method(const Assessment &as);
};

} // namespace dj::report
