// Issue 18 item 7: the 审核 stage, grade decisions, seal/reopen and pairing are the
// department's (administrators and the 机关党委), held in core so the window and the command
// line obey alike; who entered a value is the signed-in account, not a name a caller gives.
#include "SmallTree.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "assess/AssessSeal.h"
#include "assess/AssessmentRepository.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "common/Error.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

using namespace dj;

namespace {

const QString pw = QStringLiteral("正确的密码-2026");

Account account(const QString &name, const QString &display, Role role, const QString &scope = {})
{
    Account a;
    a.name = name;
    a.displayName = display;
    a.role = role;
    a.scopeOrgId = scope;
    return a;
}

// Branch1 and branch2 assessed for 2025; an administrator, the 机关党委 and a branch account
// for branch1. Nobody signed in when made.
struct ReviewTree : SmallTree
{
    QString id, indicator;
    ReviewTree()
    {
        SchemeRepository schemes(*db);
        const QString schemeId = schemes.installBuiltin();
        indicator = schemes.get(schemeId).indicators.constFirst().id;
        AssessmentRepository assessments(*db);
        id = assessments.create(2025, schemeId, {}, {branch1, branch2});
        AccountRepository repo(*db);
        repo.add(account(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin), pw);
        repo.add(account(QStringLiteral("jiguan"), QStringLiteral("机关党委李"), Role::Committee), pw);
        repo.add(account(QStringLiteral("zhibu"), QStringLiteral("支部王"), Role::Branch, branch1), pw);
        db.reset();
    }
    ~ReviewTree() { SignInRegistry::forget(path()); }
    std::unique_ptr<Database> openAs(const QString &name)
    {
        Authenticator::signIn(path(), name, pw);
        return Database::open(path());
    }
    ScoreInput value(const QString &org, ScoreStage stage, double v) const { return {org, indicator, stage, v, {}}; }
};

QString enteredBy(Database &db, const QString &assessment, ScoreStage stage)
{
    for (const ScoreEntry &e : ScoreRepository(db).entries(assessment))
        if (e.stage == stage)
            return e.enteredBy;
    return QStringLiteral("(none)");
}

} // namespace

TEST_CASE("A branch account enters its 自评 but never the 审核, not even of its own branch", "[access][assess]")
{
    ReviewTree t;
    auto db = t.openAs(QStringLiteral("zhibu"));
    ScoreRepository scores(*db);
    CHECK_THROWS_WITH(scores.set(t.id, {t.value(t.branch1, ScoreStage::Review, 1)}, {}),
                      Catch::Contains("Only an administrator or the organ party committee may review scores"));
    try {
        scores.set(t.id, {t.value(t.branch1, ScoreStage::Self, 1), t.value(t.branch1, ScoreStage::Review, 1)}, {});
        FAIL("a review value was stored by a branch");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Denied);
    }
    // Its 自评 is stored, under the account whatever name is given.
    scores.set(t.id, {t.value(t.branch1, ScoreStage::Self, 1)}, QStringLiteral("别人的名字"));
    CHECK(enteredBy(*db, t.id, ScoreStage::Self) == QStringLiteral("支部王"));
    CHECK(enteredBy(*db, t.id, ScoreStage::Review) == QStringLiteral("(none)"));

    // The connection itself refuses a review row or a grade decision, written any way at all.
    CHECK_THROWS_WITH(Query(*db, QStringLiteral("UPDATE assess_score SET stage = 'review' WHERE org_id = :o"))
                          .bind(QStringLiteral(":o"), t.branch1)
                          .exec(),
                      Catch::Contains("review scores or decide grades"));
    CHECK_THROWS_WITH(Query(*db, QStringLiteral("UPDATE assess_org SET grade_choice = '好' WHERE org_id = :o"))
                          .bind(QStringLiteral(":o"), t.branch1)
                          .exec(),
                      Catch::Contains("review scores or decide grades"));

    AssessmentRepository assessments(*db);
    CHECK_THROWS_WITH(assessments.setGradeChoice(t.id, t.branch1, QStringLiteral("好")), Catch::Contains("decide grades"));
    CHECK_THROWS_WITH(AssessSeal::seal(*db, t.id, {}), Catch::Contains("seal or reopen"));
    CHECK_THROWS_WITH(AssessSeal::reopen(*db, t.id, QStringLiteral("理由"), {}), Catch::Contains("seal or reopen"));
    CHECK_THROWS_WITH(assessments.setPairs(t.id, {{t.branch1, t.branch2}}), Catch::Contains("set its pairs"));
    CHECK(assessments.pairs(t.id).isEmpty());
}

TEST_CASE("The 机关党委 reviews, decides and seals, recorded under its account", "[access][assess]")
{
    ReviewTree t;
    auto db = t.openAs(QStringLiteral("jiguan"));
    ScoreRepository(*db).set(t.id, {t.value(t.branch1, ScoreStage::Review, 1)}, QStringLiteral("冒名顶替"));
    CHECK(enteredBy(*db, t.id, ScoreStage::Review) == QStringLiteral("机关党委李"));
    PartyGroupRepository(*db).set(t.id, {{t.branch1, QStringLiteral("党组书记"), 90.0}}, QStringLiteral("冒名顶替"));
    CHECK(PartyGroupRepository(*db).marks(t.id).constFirst().enteredBy == QStringLiteral("机关党委李"));
    AssessmentRepository assessments(*db);
    CHECK_NOTHROW(assessments.setPairs(t.id, {{t.branch1, t.branch2}}));
    CHECK(assessments.pairs(t.id).size() == 1);
    // Reopening records the account too (sealing itself waits for the missing values).
    assessments.recordSeal(t.id, true, {}, QStringLiteral("冒名顶替"));
    AssessSeal::reopen(*db, t.id, QStringLiteral("复核"), QStringLiteral("冒名顶替"));
    for (const SealEvent &e : assessments.events(t.id))
        CHECK(e.byWhom == QStringLiteral("机关党委李"));
}

TEST_CASE("Without accounts the name given is recorded, as before", "[access][assess]")
{
    SmallTree t;
    SchemeRepository schemes(*t);
    const QString schemeId = schemes.installBuiltin();
    const QString indicator = schemes.get(schemeId).indicators.constFirst().id;
    const QString id = AssessmentRepository(*t).create(2025, schemeId, {}, {t.branch1});
    ScoreRepository(*t).set(id, {{t.branch1, indicator, ScoreStage::Review, 1.0, {}}}, QStringLiteral("张三"));
    CHECK(enteredBy(*t, id, ScoreStage::Review) == QStringLiteral("张三"));
}
