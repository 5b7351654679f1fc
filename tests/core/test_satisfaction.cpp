// The 满意度测评 of the 机关党委: ballots typed one by one and counts, rates per item and
// overall, invalid ballots apart.
#include "TempDb.h"
#include "assess/SatisfactionRepository.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using namespace dj;

TEST_CASE("satisfaction rates count ballots and counts, invalid ballots apart", "[assess][satisfaction]")
{
    TempDb t;
    SatisfactionRepository repo(*t);
    const QString id = repo.create(2026, QStringLiteral("2026年度机关党委工作满意度测评"), {QStringLiteral("理论学习"), QStringLiteral("组织建设")});
    const SatisfactionSurvey s = repo.get(id);
    CHECK(s.options == SatisfactionRepository::defaultOptions());
    CHECK(s.items.size() == 2);
    // Three ballots: 满意/基本满意, 不满意/满意, and one spoiled.
    repo.setBallot(id, {QStringLiteral("001"), RespondentKind::Member, true, {0, 1}});
    repo.setBallot(id, {QStringLiteral("002"), RespondentKind::Member, true, {2, 0}});
    repo.setBallot(id, {QStringLiteral("003"), RespondentKind::Member, false, {}});
    // The branches' ballots as counts: item 1: 4 满意, 1 不满意; item 2: 3 满意, 2 基本满意; 1 invalid.
    repo.setCounts(id, {RespondentKind::Branch, {{4, 0, 1}, {3, 2, 0}}, 1});
    const SatisfactionResult r = repo.result(id);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items.at(0).counts == QList<int>{5, 0, 2});
    CHECK(r.items.at(0).valid == 7);
    CHECK(r.items.at(0).rate == Approx(5.0 / 7));
    CHECK(r.items.at(1).counts == QList<int>{4, 3, 0});
    CHECK(r.items.at(1).rate == Approx(1.0));
    CHECK(r.invalidBallots == 2);
    CHECK(r.validBallots == 2);
    CHECK(r.overall == Approx(12.0 / 14));

    // Typing a ballot again replaces it; counts are replaced per kind.
    repo.setBallot(id, {QStringLiteral("002"), RespondentKind::Member, true, {0, 0}});
    repo.setCounts(id, {RespondentKind::Branch, {{0, 0, 0}, {0, 0, 0}}, 0});
    const SatisfactionResult again = repo.result(id);
    CHECK(again.items.at(0).counts == QList<int>{2, 0, 0});
    CHECK(again.invalidBallots == 1);
    CHECK(repo.counts(id, RespondentKind::Branch).perItem.at(0) == QList<int>{0, 0, 0});
}

TEST_CASE("a satisfaction survey refuses what cannot be counted", "[assess][satisfaction]")
{
    TempDb t;
    SatisfactionRepository repo(*t);
    CHECK_THROWS_AS(repo.create(2026, QStringLiteral("测评"), {}), Error);
    CHECK_THROWS_AS(repo.create(2026, QStringLiteral("测评"), {QStringLiteral("一")}, {QStringLiteral("满意")}, 1), Error);
    const QString id = repo.create(2026, QStringLiteral("测评"), SatisfactionRepository::defaultItems());
    CHECK_THROWS_WITH(repo.create(2026, QStringLiteral("测评"), {QStringLiteral("一")}), Catch::Contains("already"));
    CHECK_THROWS_WITH(repo.setBallot(id, {QStringLiteral("1"), RespondentKind::Member, true, {0}}), Catch::Contains("answers"));
    QList<int> bad(SatisfactionRepository::defaultItems().size(), 0);
    bad[0] = 3;
    CHECK_THROWS_WITH(repo.setBallot(id, {QStringLiteral("1"), RespondentKind::Member, true, bad}), Catch::Contains("option"));
    CHECK(repo.ballots(id).isEmpty());
    CHECK_THROWS_AS(repo.removeBallot(id, QStringLiteral("9")), Error);
}
