#include "SmallTree.h"

#include "common/Error.h"
#include "org/PostRepository.h"

#include <catch2/catch.hpp>

using dj::PostType;

namespace {
dj::Post post(const QString &person, const QString &org, PostType type, QDate from = QDate(2024, 1, 1))
{
    dj::Post p;
    p.personId = person;
    p.orgId = org;
    p.type = type;
    p.from = from;
    return p;
}
} // namespace

TEST_CASE("a branch has at most one current secretary", "[post]")
{
    SmallTree t;
    dj::PostRepository posts(*t.db);
    const QString a = t.person(QStringLiteral("张伟"), t.branch1, 11);
    const QString b = t.person(QStringLiteral("李娜"), t.branch1, 12);
    const QString first = posts.add(post(a, t.branch1, PostType::BrSecretary));
    CHECK_THROWS_WITH(posts.add(post(b, t.branch1, PostType::BrSecretary)), Catch::Contains("already has a Branch secretary: 张伟"));
    // A person may hold several posts; non-head posts may have many holders.
    CHECK_NOTHROW(posts.add(post(a, t.group1, PostType::GroupLeader)));
    CHECK_NOTHROW(posts.add(post(b, t.branch1, PostType::Organizing)));
    CHECK_NOTHROW(posts.add(post(a, t.branch1, PostType::Propaganda)));
    posts.end(first, QDate(2026, 6, 30));
    CHECK_NOTHROW(posts.add(post(b, t.branch1, PostType::BrSecretary, QDate(2026, 7, 1))));
    CHECK(posts.holderName(t.branch1, PostType::BrSecretary) == QStringLiteral("李娜"));
    CHECK_THROWS_AS(posts.reopen(first), dj::Error); // would make two secretaries
    CHECK(posts.forPerson(a).size() == 3);
    CHECK(posts.forOrg(t.branch1, true).size() == 3);
    CHECK(posts.forOrg(t.branch1, false).size() == 4);
}

TEST_CASE("posts exist only in their kind of organisation", "[post]")
{
    SmallTree t;
    dj::PostRepository posts(*t.db);
    const QString a = t.person(QStringLiteral("张伟"), t.branch1, 11);
    CHECK_THROWS_WITH(posts.add(post(a, t.branch1, PostType::PgSecretary)), Catch::Contains("does not exist in a Party branch"));
    CHECK_THROWS_AS(posts.add(post(a, t.organ, PostType::GroupLeader)), dj::Error);
    dj::Post bad = post(a, t.branch1, PostType::Organizing);
    bad.to = QDate(2023, 1, 1);
    CHECK_THROWS_WITH(posts.add(bad), Catch::Contains("end before it starts"));
    CHECK_NOTHROW(posts.add(post(a, t.general, PostType::Organizing)));
}

TEST_CASE("remove and restore a post", "[post]")
{
    SmallTree t;
    dj::PostRepository posts(*t.db);
    const QString a = t.person(QStringLiteral("张伟"), t.branch1, 11);
    const QString id = posts.add(post(a, t.branch1, PostType::BrSecretary));
    posts.remove(id);
    CHECK(posts.holderName(t.branch1, PostType::BrSecretary).isEmpty());
    posts.restore(id);
    CHECK(posts.holderName(t.branch1, PostType::BrSecretary) == QStringLiteral("张伟"));
}
