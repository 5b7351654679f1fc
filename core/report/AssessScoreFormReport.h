#pragma once

#include "Report.h"

#include "assess/Scheme.h"

#include <QList>
#include <optional>

namespace dj {
class Database;
}

namespace dj::report {

// 量化考核评分表: one assessed organisation's 日常量化考核 as the sheet the branch secretary
// and the reviewer sign — every indicator by area with its 评分方式 and 分值, the branch's
// 自评 and the 审核得分 (the one that counts), area subtotals, the score on 100 and the
// veto when there is one. Landscape A4 (the 评分标准 column needs the width).
class AssessScoreFormReport
{
public:
    // The form of the organisation `orgId`, or one form per assessed organisation (each a
    // report of its own, so each starts on a new page with its own page numbers) when
    // `orgId` is empty. Throws NotFound when the year has no assessment or the organisation
    // is not assessed in it.
    static QList<Report> build(Database &db, int year, const QString &orgId);

    // A value as the form shows it: the points, with what was counted where the rule counts
    // ("2次 → 6", "达标 → 8", "98 → 6.86", "1次 → 否决"); no value gives the points the rule
    // gives for nothing entered. (A stage with no entries at all is left blank on the form.)
    static QString cell(const Indicator &indicator, std::optional<double> value);
};

} // namespace dj::report
