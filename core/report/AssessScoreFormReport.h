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
// and the reviewer sign — every indicator by its code (A01, as on screen) and area with its
// 评分方式 and 分值, the branch's 自评 and the 审核 (the one that counts) each as 数值 and
// 得分, "未审核" where a 自评 waits for its review (the form is then a draft), area
// subtotals, the score on 100 and the veto when there is one. Landscape A4 (the 评分标准 column needs the width).
class AssessScoreFormReport
{
public:
    // The form of the organisation `orgId`, or one form per assessed organisation (each a
    // report of its own, so each starts on a new page with its own page numbers) when
    // `orgId` is empty. Throws NotFound when the year has no assessment or the organisation
    // is not assessed in it.
    static QList<Report> build(Database &db, int year, const QString &orgId);

    // The two cells of a value on the form: 数值, what was entered as the rule counts it
    // ("2次", "达标", "98", "14.5"; blank where nothing is entered), and 得分, the points
    // ("6", "9.17"; "否决" for a veto that applies, "—" for one that does not; with nothing
    // entered the points the rule gives for that). (A stage with no entries at all is left
    // blank on the form; a 审核 missing beside a 自评 prints "未审核".)
    static QString valueCell(const Indicator &indicator, std::optional<double> value);
    static QString pointsCell(const Indicator &indicator, std::optional<double> value);
};

} // namespace dj::report
