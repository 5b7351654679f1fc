// Schemes and assessments in a data file: the built-in scheme, locking, entries with their
// checks, double entry of ballots, sealing and reopening.
#include "SmallTree.h"
#include "assess/AssessData.h"
#include "assess/AssessSeal.h"
#include "assess/AssessmentRepository.h"
#include "assess/BallotRepository.h"
#include "assess/BuiltinScheme.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "common/Error.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace dj;

namespace {
struct AssessTree : SmallTree
{
    SchemeRepository schemes{*db};
    AssessmentRepository assessments{*db};
    QString schemeId, id;
    Scheme scheme;

    AssessTree()
    {
        schemeId = schemes.installBuiltin();
        scheme = schemes.get(schemeId);
        id = assessments.create(2025, schemeId, {}, assessments.defaultOrgIds(false));
    }
    const Indicator &code(const char *c) const
    {
        for (const Indicator &i : scheme.indicators)
            if (i.code == QLatin1String(c))
                return i;
        FAIL("no indicator " << c);
        return scheme.indicators.constFirst();
    }
    const Indicator &firstOf(ScoreRule rule) const
    {
        for (const Indicator &i : scheme.indicators)
            if (i.rule == rule)
                return i;
        return scheme.indicators.constFirst();
    }
    // Every weighted component of both branches entered: what sealing needs.
    void complete()
    {
        const QString judged = firstOf(ScoreRule::Judged).id;
        ScoreRepository(*db).set(id, {{branch1, judged, ScoreStage::Review, 1.0, {}},
                                      {branch2, judged, ScoreStage::Review, 2.0, {}}}, {});
        PartyGroupRepository(*db).set(id, {{branch1, QString::fromUtf8("党组书记"), 90.0},
                                           {branch2, QString::fromUtf8("党组书记"), 85.0}}, {});
        BallotRepository(*db).set(id, 1, {{QStringLiteral("001"), {}, branch1, QStringLiteral("90")},
                                          {QStringLiteral("001"), {}, branch2, QStringLiteral("80")}}, {});
    }
    int rows(const char *table)
    {
        return Query(*db, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)))
            .scalar()
            .toInt();
    }
};
} // namespace

TEST_CASE("the built-in scheme: 4 areas, 46 indicators, 100 points, every rule", "[assess][store]")
{
    const Scheme s = BuiltinScheme::get();
    CHECK(s.indicators.size() == 46);
    CHECK(s.areas() == QString::fromUtf8("政治建设,思想建设,组织建设,作风纪律建设").split(QLatin1Char(',')));
    CHECK(s.maxTotal() == Approx(100));
    QSet<ScoreRule> rules;
    for (const Indicator &i : s.indicators)
        rules.insert(i.rule);
    CHECK(rules.size() == 6);
}

TEST_CASE("an assessment takes the active branches and weights that sum to 100", "[assess][store]")
{
    AssessTree t;
    CHECK(t.assessments.orgs(t.id).size() == 2); // the two 党支部, not the 党总支
    CHECK(t.assessments.defaultOrgIds(true).size() == 3);
    const Assessment a = t.assessments.ofYear(2025);
    CHECK(a.weights.daily == 60);
    CHECK(a.weights.partyGroup == 20);
    CHECK(a.weights.report == 20);
    CHECK_THROWS_WITH(t.assessments.setWeights(t.id, {60, 30, 20}), Catch::Contains("110"));
    CHECK_THROWS_WITH(t.assessments.create(2025, t.schemeId, {}, {t.branch1}), Catch::Contains("already"));
    CHECK_THROWS_WITH(t.assessments.ofYear(2019), Catch::Contains("2019"));
}

TEST_CASE("a daily value is checked against its rule, all or nothing", "[assess][store]")
{
    AssessTree t;
    ScoreRepository scores(*t.db);
    const Indicator &judged = t.firstOf(ScoreRule::Judged);
    const Indicator &deduct = t.firstOf(ScoreRule::Deduct);
    scores.set(t.id, {{t.branch1, judged.id, ScoreStage::Self, judged.maxScore, QStringLiteral("自评")}}, QStringLiteral("张三"));
    // The batch holds one good and one bad value: nothing of it is stored.
    CHECK_THROWS_WITH(scores.set(t.id,
                                 {{t.branch1, judged.id, ScoreStage::Review, judged.maxScore - 1, {}},
                                  {t.branch2, judged.id, ScoreStage::Review, judged.maxScore + 1, {}}},
                                 QStringLiteral("李四")),
                      Catch::Contains(judged.code.toStdString()) && Catch::Contains("服务中心第一党支部"));
    CHECK(t.rows("assess_score") == 1);
    CHECK_THROWS_WITH(scores.set(t.id, {{t.branch1, deduct.id, ScoreStage::Review, -1.0, {}}}, {}),
                      Catch::Contains("whole number"));
    CHECK_THROWS_AS(scores.set(t.id, {{t.general, judged.id, ScoreStage::Review, 1.0, {}}}, {}), Error);

    scores.set(t.id, {{t.branch1, judged.id, ScoreStage::Review, judged.maxScore - 1, QStringLiteral("少一次")}},
               QStringLiteral("李四"));
    const QList<ScoreEntry> entries = scores.entries(t.id, t.branch1);
    REQUIRE(entries.size() == 2); // 自评 and 审核 side by side
    // Only the reviewed value counts.
    const AssessResult r = AssessData::compute(*t.db, t.id);
    const OrgResult &b1 = r.rows.at(0).orgId == t.branch1 ? r.rows.at(0) : r.rows.at(1);
    double expected = judged.maxScore - 1;
    for (const Indicator &i : t.scheme.indicators)
        if (i.rule == ScoreRule::Deduct)
            expected += i.maxScore; // nothing deducted
    CHECK(b1.daily.value_or(-1) == Approx(expected));

    scores.set(t.id, {{t.branch1, judged.id, ScoreStage::Review, std::nullopt, {}}}, {});
    CHECK(scores.entries(t.id, t.branch1).size() == 1);
}

TEST_CASE("double-entered ballots that disagree block sealing until corrected", "[assess][store]")
{
    AssessTree t;
    BallotRepository ballots(*t.db);
    const QString member = QString::fromUtf8("党员代表");
    ballots.set(t.id, 1, {{QStringLiteral("001"), member, t.branch1, QString::fromUtf8("好")},
                          {QStringLiteral("001"), member, t.branch2, QStringLiteral("82")}}, QStringLiteral("甲"));
    ballots.set(t.id, 2, {{QStringLiteral("001"), member, t.branch1, QString::fromUtf8("好")},
                          {QStringLiteral("001"), member, t.branch2, QStringLiteral("83")}}, QStringLiteral("乙"));
    const QList<BallotMismatch> m = ballots.mismatches(t.id);
    REQUIRE(m.size() == 1);
    CHECK(m.at(0).ballotNo == QStringLiteral("001"));
    CHECK(m.at(0).orgId == t.branch2);
    CHECK(m.at(0).first == QStringLiteral("82"));
    CHECK(m.at(0).second == QStringLiteral("83"));
    CHECK_THROWS_WITH(AssessSeal::seal(*t.db, t.id, QStringLiteral("王五")), Catch::Contains("Ballot 001"));
    CHECK_FALSE(t.assessments.get(t.id).sealed);

    ballots.set(t.id, 2, {{QStringLiteral("001"), member, t.branch1, QString::fromUtf8("好")},
                          {QStringLiteral("001"), member, t.branch2, QStringLiteral("82")}}, QStringLiteral("乙"));
    CHECK(ballots.mismatches(t.id).isEmpty());
    // The word counts at the assessment's points for it.
    const AssessResult r = AssessData::compute(*t.db, t.id);
    for (const OrgResult &o : r.rows)
        CHECK(o.report.value_or(-1) == Approx(o.orgId == t.branch1 ? 95 : 82));
    CHECK_THROWS_WITH(ballots.set(t.id, 1, {{QStringLiteral("002"), member, t.branch1, QString::fromUtf8("优")}}, {}),
                      Catch::Contains("002") && Catch::Contains("好/较好/一般/差"));
}

TEST_CASE("sealing is refused while a value is missing, naming the branch and the component", "[assess][store]")
{
    AssessTree t;
    // Only 办公室党支部's party-group mark: everything else is missing, and named.
    PartyGroupRepository(*t.db).set(t.id, {{t.branch1, QString::fromUtf8("党组书记"), 90.0}}, {});
    const QStringList blockers = AssessSeal::blockers(*t.db, t.id);
    const QString all = blockers.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QString::fromUtf8("办公室党支部 (SW-ZB01): not entered: daily assessment、report ballots.")));
    CHECK(all.contains(QString::fromUtf8("服务中心第一党支部 (SW-ZB02): not entered: daily assessment、party group "
                                         "evaluation、report ballots.")));
    CHECK_THROWS_WITH(AssessSeal::seal(*t.db, t.id, QStringLiteral("王五")), Catch::Contains("SW-ZB02"));
    CHECK_FALSE(t.assessments.get(t.id).sealed);

    // A 自评 without its 审核 and an evaluator who has not marked a branch keep it open too.
    t.complete();
    const Indicator &other = t.firstOf(ScoreRule::Met);
    ScoreRepository(*t.db).set(t.id, {{t.branch2, other.id, ScoreStage::Self, 1.0, {}}}, {});
    PartyGroupRepository(*t.db).set(t.id, {{t.branch1, QString::fromUtf8("党组副书记"), 88.0}}, {});
    const QString now = AssessSeal::blockers(*t.db, t.id).join(QLatin1Char('\n'));
    CHECK(now.contains(QStringLiteral("self-assessed but not reviewed: ") + other.code));
    CHECK(now.contains(QString::fromUtf8("no party-group mark from 党组副书记")));
    const AssessResult r = AssessData::compute(*t.db, t.id);
    CHECK(r.gaps.unreviewed == 1);
    CHECK(r.gaps.partyGroupMarks == 1);
    CHECK(r.gaps.provisional == 1);

    ScoreRepository(*t.db).set(t.id, {{t.branch2, other.id, ScoreStage::Review, 1.0, {}}}, {});
    PartyGroupRepository(*t.db).set(t.id, {{t.branch2, QString::fromUtf8("党组副书记"), 86.0}}, {});
    CHECK(AssessSeal::blockers(*t.db, t.id).isEmpty());
    AssessSeal::seal(*t.db, t.id, QStringLiteral("王五"));
    CHECK(t.assessments.get(t.id).sealed);
}

TEST_CASE("a sealed year refuses every change until reopened with a reason", "[assess][store]")
{
    AssessTree t;
    const Indicator &judged = t.firstOf(ScoreRule::Judged);
    t.complete();
    CHECK(t.schemes.isUsed(t.schemeId));
    CHECK_FALSE(t.schemes.isLocked(t.schemeId));
    AssessSeal::seal(*t.db, t.id, QStringLiteral("王五"));
    CHECK(t.schemes.isLocked(t.schemeId));

    CHECK_THROWS_WITH(ScoreRepository(*t.db).set(t.id, {{t.branch1, judged.id, ScoreStage::Review, 1.0, {}}}, {}),
                      Catch::Contains("sealed"));
    CHECK_THROWS_AS(PartyGroupRepository(*t.db).set(t.id, {{t.branch1, QString::fromUtf8("党组书记"), 80.0}}, {}), Error);
    CHECK_THROWS_AS(BallotRepository(*t.db).set(t.id, 1, {{QStringLiteral("1"), {}, t.branch1, QStringLiteral("90")}}, {}), Error);
    CHECK_THROWS_AS(t.assessments.setWeights(t.id, {50, 30, 20}), Error);
    CHECK_THROWS_AS(t.assessments.setOrgs(t.id, {t.branch1}), Error);
    CHECK_THROWS_WITH(t.schemes.updateIndicator(judged), Catch::Contains("locked"));
    CHECK_THROWS_AS(t.schemes.remove(t.schemeId), Error);
    for (const PartyGroupMark &m : PartyGroupRepository(*t.db).marks(t.id))
        CHECK(m.score == (m.orgId == t.branch1 ? 90 : 85)); // unchanged

    CHECK_THROWS_WITH(AssessSeal::reopen(*t.db, t.id, QStringLiteral("  "), QStringLiteral("王五")), Catch::Contains("reason"));
    AssessSeal::reopen(*t.db, t.id, QString::fromUtf8("复核发现录入错误"), QStringLiteral("王五"));
    const QList<SealEvent> events = t.assessments.events(t.id);
    REQUIRE(events.size() == 2);
    CHECK(events.at(1).action == QStringLiteral("reopen"));
    CHECK(events.at(1).reason == QString::fromUtf8("复核发现录入错误"));
    CHECK(events.at(1).byWhom == QStringLiteral("王五"));
    CHECK_NOTHROW(t.assessments.setWeights(t.id, {50, 30, 20}));
}

TEST_CASE("a locked scheme is changed through a new revision", "[assess][store]")
{
    AssessTree t;
    t.complete();
    AssessSeal::seal(*t.db, t.id, {});
    const QString copy = t.schemes.copyAsRevision(t.schemeId);
    const Scheme s = t.schemes.get(copy);
    CHECK(s.revision == 2);
    CHECK(s.indicators.size() == 46);
    CHECK_FALSE(t.schemes.isLocked(copy));
    Indicator i = s.indicators.at(0);
    i.maxScore -= 1;
    CHECK_NOTHROW(t.schemes.updateIndicator(i));
    CHECK(t.schemes.find(s.name)->id == copy); // the latest revision by name
    CHECK(t.schemes.find(s.name + QStringLiteral("#1"))->id == t.schemeId);
    CHECK(t.schemes.installBuiltin() == copy); // not installed twice
}
