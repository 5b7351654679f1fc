// Explaining a total, the secretaries' reference table and next year's pairs.
#include "SmallTree.h"
#include "assess/AssessData.h"
#include "assess/AssessExplain.h"
#include "assess/AssessmentRepository.h"
#include "assess/BallotRepository.h"
#include "assess/Pairing.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "assess/SecretaryReference.h"
#include "common/Error.h"
#include "org/PostRepository.h"
#include "storage/AttachmentStore.h"

#include <catch2/catch.hpp>

using namespace dj;

TEST_CASE("an explanation shows every input behind a total", "[assess][explain]")
{
    SmallTree t;
    SchemeRepository schemes(*t.db);
    const Scheme scheme = schemes.get(schemes.installBuiltin());
    AssessmentRepository assessments(*t.db);
    const QString id = assessments.create(2025, scheme.id, {}, assessments.defaultOrgIds(false));
    const Indicator *judged = nullptr, *veto = nullptr;
    for (const Indicator &i : scheme.indicators) {
        if (!judged && i.rule == ScoreRule::Judged)
            judged = &i;
        if (!veto && i.rule == ScoreRule::Veto)
            veto = &i;
    }
    REQUIRE((judged && veto));
    ScoreRepository scores(*t.db);
    scores.set(id, {{t.branch1, judged->id, ScoreStage::Self, judged->maxScore, QStringLiteral("全部完成")}}, QStringLiteral("支部"));
    scores.set(id, {{t.branch1, judged->id, ScoreStage::Review, judged->maxScore - 1, QStringLiteral("缺一次记录")},
                    {t.branch1, veto->id, ScoreStage::Review, 1.0, {}}},
               QStringLiteral("审核人"));
    const QString entry = scores.entryId(id, t.branch1, judged->id, ScoreStage::Review);
    AttachmentStore(*t.db).addData(QStringLiteral("assess_score"), entry, QStringLiteral("记录.pdf"),
                                   QByteArray("%PDF-1.4"));
    PartyGroupRepository(*t.db).set(id, {{t.branch1, QStringLiteral("甲"), 90.0}, {t.branch1, QStringLiteral("乙"), 80.0}}, {});
    QList<BallotRepository::Input> ballots;
    const double marks[] = {60, 70, 80, 90, 100};
    for (int i = 0; i < 5; ++i)
        ballots << BallotRepository::Input{QStringLiteral("00%1").arg(i + 1), QStringLiteral("党员代表"), t.branch1,
                                           QString::number(marks[i])};
    BallotRepository(*t.db).set(id, 1, ballots, {});

    const AssessExplanation e = AssessExplain::build(*t.db, id, t.branch1);
    CHECK(e.lines.size() == 46);
    CHECK(e.organisations == 2);
    const auto line = std::find_if(e.lines.begin(), e.lines.end(),
                                   [&](const auto &l) { return l.indicator.id == judged->id; });
    REQUIRE(line != e.lines.end());
    REQUIRE(line->self);
    REQUIRE(line->review);
    CHECK(line->self->enteredBy == QStringLiteral("支部"));
    CHECK(line->review->enteredBy == QStringLiteral("审核人"));
    CHECK(line->review->note == QStringLiteral("缺一次记录"));
    // The branch's own note stays beside the reviewer's (it used to be hidden by it).
    CHECK(line->notes(QStringLiteral("自评："), QStringLiteral("审核："))
          == QStringList{QStringLiteral("自评：全部完成"), QStringLiteral("审核：缺一次记录")});
    CHECK(line->points == Approx(judged->maxScore - 1));
    REQUIRE(line->evidence.size() == 1);
    CHECK(line->evidence.at(0).name == QStringLiteral("记录.pdf"));
    CHECK(e.partyGroup.size() == 2);
    CHECK(e.result.partyGroup.value_or(-1) == Approx(85));
    REQUIRE(e.ballots.size() == 5);
    CHECK(e.ballots.at(0).dropped);  // 60
    CHECK(e.ballots.at(4).dropped);  // 100
    CHECK_FALSE(e.ballots.at(2).dropped);
    CHECK(e.result.report.value_or(-1) == Approx(80));
    CHECK(e.result.veto);
    CHECK(e.result.grade == QStringLiteral("差"));
    CHECK(e.gradeReason.contains(QStringLiteral("veto")));
    CHECK_THROWS_AS(AssessExplain::build(*t.db, id, t.general), Error);
}

TEST_CASE("the secretaries' table takes the holder during the year", "[assess][explain]")
{
    SmallTree t;
    SchemeRepository schemes(*t.db);
    AssessmentRepository assessments(*t.db);
    const QString id = assessments.create(2025, schemes.installBuiltin(), {}, assessments.defaultOrgIds(false));
    PostRepository posts(*t.db);
    const QString a = t.person(QStringLiteral("王书记"), t.branch1, 11);
    const QString b = t.person(QStringLiteral("李书记"), t.branch1, 12);
    Post p;
    p.type = PostType::BrSecretary;
    p.orgId = t.branch1;
    p.personId = a;
    p.from = QDate(2021, 3, 1);
    const QString first = posts.add(p);
    posts.end(first, QDate(2025, 6, 30));
    p.personId = b;
    p.from = QDate(2025, 7, 1);
    posts.add(p);
    const QList<SecretaryRow> rows = SecretaryReference::build(*t.db, id);
    REQUIRE(rows.size() == 2);
    for (const SecretaryRow &r : rows)
        CHECK(r.secretary == (r.orgCode == QStringLiteral("SW-ZB01") ? QStringLiteral("李书记") : QString()));
}

TEST_CASE("pairs join the strongest with the weakest", "[assess][explain]")
{
    AssessResult r;
    for (int i = 0; i < 5; ++i) {
        OrgResult o;
        o.orgId = QStringLiteral("O%1").arg(i);
        o.total = 90 - i;
        o.scored = true;
        r.rows << o;
    }
    r.rows[1].veto = true; // weakest whatever its total
    const QList<AssessPair> p = Pairing::suggest(r);
    REQUIRE(p.size() == 3);
    CHECK(p.at(0).strongOrgId == QStringLiteral("O0"));
    CHECK(p.at(0).weakOrgId == QStringLiteral("O1"));
    CHECK(p.at(1).strongOrgId == QStringLiteral("O2"));
    CHECK(p.at(1).weakOrgId == QStringLiteral("O4"));
    CHECK(p.at(2).strongOrgId == QStringLiteral("O3")); // the middle one joins the weakest
    CHECK(p.at(2).weakOrgId == QStringLiteral("O1"));
}

TEST_CASE("an organisation with nothing entered is not paired", "[assess][explain]")
{
    AssessResult r;
    for (int i = 0; i < 3; ++i) {
        OrgResult o;
        o.orgId = QStringLiteral("O%1").arg(i);
        o.total = 90 - i;
        o.scored = i < 2;
        r.rows << o;
    }
    const QList<AssessPair> p = Pairing::suggest(r);
    REQUIRE(p.size() == 1);
    CHECK(p.at(0).strongOrgId == QStringLiteral("O0"));
    CHECK(p.at(0).weakOrgId == QStringLiteral("O1"));
}
