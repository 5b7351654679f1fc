#pragma once

#include "assess/Assessment.h"
#include "assess/AssessResult.h"
#include "assess/AssessmentRepository.h"
#include "assess/Scheme.h"

#include <QString>
#include <optional>

namespace dj {
class Database;
}

namespace dj::report {

// What the printed forms of the yearly assessment (量化考核) share: the year's assessment,
// numbers as the forms print them and who heads an assessed organisation.
class AssessFormData
{
public:
    // The assessment of `year`; throws NotFound saying how to create one.
    static Assessment assessment(Database &db, int year);

    // Totals and components: always 2 decimals, rounded half up as ranks compare them
    // (95.2625 → "95.26"; centiKey in AssessResult.h).
    static QString twoDecimals(double v);
    // An indicator's points: at most 2 decimals, no trailing zeros ("9.5", "6.86", "10").
    static QString points(double v);

    // What the forms print for an organisation's result while values are missing: a
    // component with no data "未录入" (never 0); a draft total or grade "74.15（草稿）";
    // without any data "未录入" / "待录入"; the rank "—" without a total.
    static QString component(const std::optional<double> &v);
    // In a narrow table cell (`cell`) the mark goes on a line of its own: "74.15\n草稿".
    static QString total(const OrgResult &r, bool cell = false);
    static QString grade(const OrgResult &r, bool cell = false);
    static QString rank(const OrgResult &r);
    // "待录入：党组评价；未审核：A01、A03；缺评分：张三"; empty when nothing is missing.
    static QString missingNote(const OrgResult &r);
    // One sentence on how much the year still lacks, for the forms' notes; empty when none.
    static QString draftNote(const AssessResult &result);

    // The name of the 机关党委 that runs the assessment: the file's organ committee, else
    // the office name with 机关党委.
    static QString committeeName(Database &db);

    // The 党支部书记 (党总支书记 for a 党总支) in office on 31 December of `year`;
    // "（空缺）" when nobody holds the post then.
    static QString secretaryAtYearEnd(Database &db, const AssessedOrg &org, int year);

    // "测试方案（第2版）"; the revision only from the second one on.
    static QString schemeTitle(const Scheme &scheme);
};

} // namespace dj::report
