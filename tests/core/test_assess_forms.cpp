// The printed forms of the yearly assessment as data: how a value, a total and the method of
// the year read on paper. The whole forms are printed from the 12-branch fixture in
// tests/cli/test_cli_print_assess.cpp.
#include "report/AssessFormData.h"
#include "report/AssessScoreFormReport.h"
#include "report/AssessSummaryReport.h"

#include "TestIndicator.h"

#include <catch2/catch.hpp>

using namespace dj;
using dj::report::AssessFormData;
using dj::report::AssessScoreFormReport;

namespace {
Indicator ind(ScoreRule rule, double max, double points = 0, double target = 0)
{
    return testIndicator(rule, max, points, target);
}
} // namespace

TEST_CASE("totals print with 2 decimals rounded as ranks compare them", "[assess][report]")
{
    CHECK(AssessFormData::twoDecimals(95.2625) == QStringLiteral("95.26"));
    CHECK(AssessFormData::twoDecimals(90.36333) == QStringLiteral("90.36"));
    CHECK(AssessFormData::twoDecimals(83.4625) == QStringLiteral("83.46"));
    CHECK(AssessFormData::twoDecimals(0.125) == QStringLiteral("0.13")); // half up, not to even
    CHECK(AssessFormData::twoDecimals(0) == QStringLiteral("0.00"));
    CHECK(AssessFormData::points(10) == QStringLiteral("10"));
    CHECK(AssessFormData::points(9.5) == QStringLiteral("9.5"));
    CHECK(AssessFormData::points(10.0 * 11 / 12) == QStringLiteral("9.17"));
}

TEST_CASE("a value on the score form shows what was counted and the points", "[assess][report]")
{
    // 数值 and 得分 in two columns: what was entered, and the points it gives.
    const auto cell = [](const Indicator &i, std::optional<double> v) {
        return AssessScoreFormReport::valueCell(i, v) + QStringLiteral(" | ") + AssessScoreFormReport::pointsCell(i, v);
    };
    CHECK(cell(ind(ScoreRule::Judged, 15), 14.5) == QStringLiteral("14.5 | 14.5"));
    CHECK(cell(ind(ScoreRule::Judged, 15), std::nullopt) == QStringLiteral(" | 0"));
    CHECK(cell(ind(ScoreRule::Deduct, 10, 2), 2) == QStringLiteral("2次 | 6"));
    CHECK(cell(ind(ScoreRule::Deduct, 10, 2), 9) == QStringLiteral("9次 | 0"));
    CHECK(cell(ind(ScoreRule::Deduct, 10, 2), std::nullopt) == QStringLiteral(" | 10")); // none happened
    CHECK(cell(ind(ScoreRule::Add, 7, 3.5), 3) == QStringLiteral("3次 | 7"));
    CHECK(cell(ind(ScoreRule::Met, 8), 1) == QStringLiteral("达标 | 8"));
    CHECK(cell(ind(ScoreRule::Met, 8), 0) == QStringLiteral("未达标 | 0"));
    CHECK(cell(ind(ScoreRule::Ratio, 10, 0, 12), 11) == QStringLiteral("11 | 9.17"));
    CHECK(cell(ind(ScoreRule::Ratio, 7, 0, 100), 105) == QStringLiteral("105 | 7"));
    CHECK(cell(ind(ScoreRule::Veto, 0), 1) == QStringLiteral("1次 | 否决"));
    CHECK(cell(ind(ScoreRule::Veto, 0), 0) == QStringLiteral("0次 | —"));
    CHECK(cell(ind(ScoreRule::Veto, 0), std::nullopt) == QStringLiteral(" | —"));
}

TEST_CASE("the summary states the weights, the ballot points and the grading", "[assess][report]")
{
    Assessment as;
    as.weights = {50, 30, 20};
    QString text = report::AssessSummaryReport::method(as);
    CHECK(text.contains(
        QStringLiteral("综合得分 = 日常考核 × 50% + 党组评价 × 30% + 述职评议 × 20%")));
    CHECK(text.contains(QStringLiteral("“好”95分、“较好”85分、“一般”75分、“差”60分")));
    CHECK(text.contains(QStringLiteral("收回5张及以上时去掉一个最高分和一个最低分")));
    CHECK(text.contains(QStringLiteral("90分及以上为“好”，75分及以上为“中”，其余为“差”")));
    CHECK(text.contains(QStringLiteral("等次直接确定为“差”")));

    as.grading = Grading::parse(QStringLiteral("good4"), Grading::Method::Quota,
                                QStringLiteral("20,rest,30,10"));
    text = report::AssessSummaryReport::method(as);
    CHECK(text.contains(QStringLiteral(
        "“好”不超过参加考核党组织数的20%，其余为“较好”，“一般”不少于参加考核党组织数的30%，"
        "“差”不少于参加考核党组织数的10%")));
    CHECK(text.contains(QStringLiteral("等次直接确定为“差”")));
}
