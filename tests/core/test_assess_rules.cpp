// The assessment arithmetic without a database: every rule at its edges, trimmed means,
// ranks with ties, grades by threshold and by quota (with boundary ties), the veto.
#include "assess/AssessCalculator.h"
#include "assess/Grader.h"
#include "assess/IndicatorRules.h"
#include "common/Error.h"

#include "TestIndicator.h"

#include <catch2/catch.hpp>

using namespace dj;

namespace {
Indicator ind(ScoreRule rule, double max, double points = 0, double target = 0)
{
    return testIndicator(rule, max, points, target);
}

OrgResult row(const QString &code, double total, bool veto = false)
{
    OrgResult r;
    r.orgId = code;
    r.code = code;
    r.total = total;
    r.veto = veto;
    return r;
}

QStringList grades(const QList<OrgResult> &rows)
{
    QStringList out;
    for (const OrgResult &r : rows)
        out << r.grade;
    return out;
}

QStringList split(const char *s) { return QString::fromUtf8(s).split(QLatin1Char(',')); }
} // namespace

TEST_CASE("each rule turns a value into points at its edges", "[assess][rules]")
{
    using indicatorrules::score;
    const Indicator judged = ind(ScoreRule::Judged, 5);
    CHECK(score(judged, 0.0) == 0);
    CHECK(score(judged, 5.0) == 5);
    CHECK(score(judged, std::nullopt) == 0);
    CHECK_NOTHROW(indicatorrules::checkValue(judged, 5));
    CHECK_THROWS_AS(indicatorrules::checkValue(judged, 5.01), Error);
    CHECK_THROWS_AS(indicatorrules::checkValue(judged, -0.5), Error);

    const Indicator deduct = ind(ScoreRule::Deduct, 4, 1.5);
    CHECK(score(deduct, std::nullopt) == 4); // nothing happened: full marks
    CHECK(score(deduct, 0.0) == 4);
    CHECK(score(deduct, 2.0) == 1);
    CHECK(score(deduct, 3.0) == 0); // 4 − 4.5: not below 0
    CHECK_THROWS_AS(indicatorrules::checkValue(deduct, -1), Error);
    CHECK_THROWS_AS(indicatorrules::checkValue(deduct, 1.5), Error); // counts are whole

    const Indicator add = ind(ScoreRule::Add, 3, 1);
    CHECK(score(add, std::nullopt) == 0);
    CHECK(score(add, 2.0) == 2);
    CHECK(score(add, 3.0) == 3);
    CHECK(score(add, 7.0) == 3); // not above the maximum

    const Indicator met = ind(ScoreRule::Met, 2);
    CHECK(score(met, 1.0) == 2);
    CHECK(score(met, 0.0) == 0);
    CHECK(indicatorrules::parseValue(met, QString::fromUtf8("是")) == 1);
    CHECK(indicatorrules::parseValue(met, QString::fromUtf8("未达标")) == 0);
    CHECK_THROWS_AS(indicatorrules::parseValue(met, QStringLiteral("2")), Error);

    const Indicator ratio = ind(ScoreRule::Ratio, 6, 0, 12);
    CHECK(score(ratio, 9.0) == Approx(4.5));
    CHECK(score(ratio, 12.0) == 6);
    CHECK(score(ratio, 15.0) == 6); // min(value / target, 1)
    CHECK(score(ratio, 0.0) == 0);

    const Indicator veto = ind(ScoreRule::Veto, 0);
    CHECK(score(veto, 1.0) == 0);
    CHECK(indicatorrules::vetoes(veto, 1.0));
    CHECK_FALSE(indicatorrules::vetoes(veto, 0.0));
    CHECK_FALSE(indicatorrules::vetoes(veto, std::nullopt));
}

TEST_CASE("an indicator that cannot work is refused with its reason", "[assess][rules]")
{
    CHECK_THROWS_WITH(indicatorrules::checkIndicator(ind(ScoreRule::Veto, 2)), Catch::Contains("maximum must be 0"));
    CHECK_THROWS_WITH(indicatorrules::checkIndicator(ind(ScoreRule::Deduct, 2)), Catch::Contains("每次分值"));
    CHECK_THROWS_WITH(indicatorrules::checkIndicator(ind(ScoreRule::Ratio, 2)), Catch::Contains("目标值"));
    CHECK_THROWS_AS(indicatorrules::checkIndicator(ind(ScoreRule::Judged, 120)), Error);
    CHECK_NOTHROW(indicatorrules::checkIndicator(ind(ScoreRule::Veto, 0)));
}

TEST_CASE("the report component drops the extremes from the threshold on", "[assess][rules]")
{
    CHECK(AssessCalculator::trimmedMean({}, 5) == 0);
    CHECK(AssessCalculator::trimmedMean({80, 90, 70, 100}, 5) == Approx(85)); // below: plain mean
    CHECK(AssessCalculator::trimmedMean({80, 90, 70, 100, 60}, 5) == Approx(80)); // at: (400−100−60)/3
    CHECK(AssessCalculator::trimmedMean({60, 60, 70, 100, 100, 90}, 5) == Approx(80)); // above; one of each
    CHECK(AssessCalculator::trimmedMean({80, 90, 70, 100}, 4) == Approx(85)); // threshold configurable
}

TEST_CASE("equal totals to 2 decimals share a rank", "[assess][rules]")
{
    QList<OrgResult> rows{row(QStringLiteral("A"), 95), row(QStringLiteral("B"), 90.004),
                          row(QStringLiteral("C"), 90.001), row(QStringLiteral("D"), 89.996),
                          row(QStringLiteral("E"), 80)};
    AssessCalculator::rank(rows);
    QList<int> ranks;
    for (const OrgResult &r : rows)
        ranks << r.rank;
    CHECK(ranks == QList<int>{1, 2, 2, 2, 5}); // 89.996 shows as 90.00 too
}

TEST_CASE("thresholds grade by the shown total, a veto takes the lowest grade", "[assess][rules]")
{
    const Grading g = Grading::parse(QStringLiteral("good3"), Grading::Method::Threshold, QStringLiteral("90,75"));
    QList<OrgResult> rows{row(QStringLiteral("A"), 89.996), row(QStringLiteral("B"), 89.99),
                          row(QStringLiteral("C"), 75), row(QStringLiteral("D"), 74.99),
                          row(QStringLiteral("E"), 99, true)};
    Grader::assign(rows, g, {}, nullptr);
    CHECK(grades(rows) == split("好,中,中,差,差"));
}

TEST_CASE("quotas count down and leave a tie across a boundary to the user", "[assess][rules]")
{
    const Grading g = Grading::parse(QStringLiteral("good3"), Grading::Method::Quota, QStringLiteral("30,rest,10"));
    // 10 organisations: 3 好 at most, 1 差 at least.
    QList<OrgResult> rows;
    const double totals[] = {98, 95, 91, 88, 85, 80, 78, 75, 70, 60};
    for (int i = 0; i < 10; ++i)
        rows << row(QStringLiteral("O%1").arg(i), totals[i]);
    QList<TieGroup> ties;
    Grader::assign(rows, g, {}, &ties);
    CHECK(grades(rows) == split("好,好,好,中,中,中,中,中,中,差"));
    CHECK(ties.isEmpty());

    SECTION("counts round down")
    {
        QList<OrgResult> nine = rows.mid(0, 9); // 2.7 → 2 好, 0.9 → 0 差
        Grader::assign(nine, g, {}, nullptr);
        CHECK(grades(nine) == split("好,好,中,中,中,中,中,中,中"));
    }
    SECTION("a veto fills the bottom quota and keeps the lowest grade")
    {
        rows[1].veto = true;
        Grader::assign(rows, g, {}, nullptr);
        CHECK(grades(rows) == split("好,差,好,好,中,中,中,中,中,中"));
    }
    SECTION("a tie across the boundary waits, then takes the decision")
    {
        rows[3].total = 91.001; // 3rd and 4th equal to 2 decimals
        Grader::assign(rows, g, {}, &ties);
        REQUIRE(ties.size() == 1);
        CHECK(ties.at(0).orgIds == QStringList{QStringLiteral("O2"), QStringLiteral("O3")});
        CHECK(ties.at(0).grades == split("好,中"));
        CHECK(ties.at(0).places == QList<int>{1, 1});
        CHECK_FALSE(ties.at(0).decided);
        CHECK(rows.at(2).grade.isEmpty());
        CHECK(rows.at(2).tie);
        CHECK(rows.at(3).tie);
        CHECK(rows.at(1).grade == QString::fromUtf8("好"));

        // Both 好 would break "at most 30 %": still undecided.
        const QString good = QString::fromUtf8("好"), mid = QString::fromUtf8("中");
        ties.clear();
        Grader::assign(rows, g, {{QStringLiteral("O2"), good}, {QStringLiteral("O3"), good}}, &ties);
        CHECK_FALSE(ties.at(0).decided);
        CHECK(rows.at(3).tie);

        // Both 中 keeps the quota (fewer than allowed): decided.
        ties.clear();
        Grader::assign(rows, g, {{QStringLiteral("O2"), mid}, {QStringLiteral("O3"), mid}}, &ties);
        CHECK(ties.at(0).decided);
        CHECK(grades(rows).mid(2, 2) == QStringList{mid, mid});

        ties.clear();
        Grader::assign(rows, g, {{QStringLiteral("O2"), mid}, {QStringLiteral("O3"), good}}, &ties);
        CHECK(ties.at(0).decided);
        CHECK(grades(rows).mid(2, 2) == QStringList{mid, good});
        CHECK_FALSE(rows.at(2).tie);
    }
}

TEST_CASE("grade settings that cannot work are refused", "[assess][rules]")
{
    using M = Grading::Method;
    CHECK_THROWS_WITH(Grading::parse(QStringLiteral("good3"), M::Threshold, QStringLiteral("75,90")), Catch::Contains("below"));
    CHECK_THROWS_WITH(Grading::parse(QStringLiteral("good4"), M::Threshold, QStringLiteral("90,75")), Catch::Contains("3 thresholds"));
    CHECK_THROWS_WITH(Grading::parse(QStringLiteral("good3"), M::Quota, QStringLiteral("30,20,10")), Catch::Contains("rest"));
    CHECK_THROWS_WITH(Grading::parse(QStringLiteral("good3"), M::Quota, QStringLiteral("70,rest,40")), Catch::Contains("100"));
    CHECK_THROWS_WITH(Grading::parse(QStringLiteral("stars"), M::Quota, QStringLiteral("30,rest,10")), Catch::Contains("Unknown grade scale"));
    CHECK(Grading::parse(QString::fromUtf8("优秀/称职/基本称职/不称职"), M::Quota, QStringLiteral("33.3,rest,0,0")).scale
          == QStringLiteral("cadre4"));
    CHECK(Grading::defaults(QStringLiteral("good4"), M::Quota).limitsText() == QStringLiteral("30,40,rest,10"));
}

TEST_CASE("the total weighs the three components", "[assess][rules]")
{
    AssessInputs in;
    in.assessment.weights = {50, 30, 20};
    Indicator a = ind(ScoreRule::Judged, 60);
    a.id = QStringLiteral("a");
    Indicator b = ind(ScoreRule::Deduct, 40, 10);
    b.id = QStringLiteral("b");
    b.code = QStringLiteral("X2");
    b.area = QStringLiteral("政治建设");
    in.scheme.indicators = {a, b};
    in.orgs = {{QStringLiteral("o1"), QStringLiteral("ZB1"), QStringLiteral("一支部"), {}}};
    in.resize();
    in.review[0] = 45; // 45 of 60
    in.review[1] = 1;  // 40 − 10
    in.partyGroup[0] = {90, 80};
    in.ballots[0] = {70, 80, 90, 100, 60};
    const AssessResult r = AssessCalculator::compute(in);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows.at(0).daily.value_or(-1) == Approx(75));     // 75 / 100
    CHECK(r.rows.at(0).partyGroup.value_or(-1) == Approx(85));
    CHECK(r.rows.at(0).report.value_or(-1) == Approx(80));    // (400 − 100 − 60) / 3
    CHECK(r.rows.at(0).total == Approx(0.5 * 75 + 0.3 * 85 + 0.2 * 80));
    CHECK(r.areas == QStringList{QStringLiteral("组织建设"), QStringLiteral("政治建设")});
    CHECK(r.rows.at(0).areas == QList<double>{45, 30});
    CHECK(r.areaMaxima == QList<double>{60, 40});
}

TEST_CASE("a component with no data is missing, not 0, and the total is a draft", "[assess][rules]")
{
    AssessInputs in;
    in.assessment.weights = {50, 30, 20};
    in.assessment.grading = Grading::defaults(QStringLiteral("good4"), Grading::Method::Threshold);
    Indicator a = ind(ScoreRule::Judged, 100);
    a.id = QStringLiteral("a");
    in.scheme.indicators = {a};
    in.orgs = {{QStringLiteral("o1"), QStringLiteral("ZB1"), QStringLiteral("一支部"), {}},
               {QStringLiteral("o2"), QStringLiteral("ZB2"), QStringLiteral("二支部"), {}},
               {QStringLiteral("o3"), QStringLiteral("ZB3"), QStringLiteral("三支部"), {}}};
    in.resize();
    in.evaluators = {QStringLiteral("甲"), QStringLiteral("乙")};
    in.review[0] = 90;
    in.partyGroup[0] = {90, 80};
    in.markedBy[0] = in.evaluators;
    in.ballots[0] = {70};
    in.review[1] = 60; // 二支部: no party-group mark yet, one ballot
    in.ballots[1] = {80};
    const AssessResult r = AssessCalculator::compute(in);
    REQUIRE(r.rows.size() == 3);
    const OrgResult &one = r.rows.at(0), &two = r.rows.at(1), &three = r.rows.at(2);
    CHECK(one.code == QStringLiteral("ZB1"));
    CHECK_FALSE(one.provisional());
    CHECK(one.total == Approx(0.5 * 90 + 0.3 * 85 + 0.2 * 70));

    CHECK(two.code == QStringLiteral("ZB2"));
    CHECK_FALSE(two.partyGroup.has_value()); // not a 0
    CHECK(two.missing == QStringList{QStringLiteral("party_group")});
    CHECK(two.provisional());
    CHECK(two.scored);
    CHECK(two.total == Approx((50 * 60 + 20 * 80) / 70.0)); // over what is there
    CHECK(two.rank == 2);

    // Nothing at all: no total, last, unranked, ungraded.
    CHECK(three.code == QStringLiteral("ZB3"));
    CHECK_FALSE(three.scored);
    CHECK(three.rank == 0);
    CHECK(three.grade.isEmpty());
    CHECK(three.missing.size() == 3);

    CHECK(r.gaps.daily == 1);
    CHECK(r.gaps.partyGroup == 2);
    CHECK(r.gaps.partyGroupMarks == 4); // 2 evaluators × 二支部 and 三支部
    CHECK(r.gaps.report == 1);
    CHECK(r.gaps.provisional == 2);

    // A component weighted 0 is never missing.
    in.assessment.weights = {80, 0, 20};
    const AssessResult noGroup = AssessCalculator::compute(in);
    CHECK_FALSE(noGroup.rows.at(1).provisional());
    CHECK(noGroup.gaps.partyGroup == 0);
}
