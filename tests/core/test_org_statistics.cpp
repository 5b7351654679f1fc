#include "SmallTree.h"

#include "org/OrgStatistics.h"
#include "org/PostRepository.h"

#include <catch2/catch.hpp>

TEST_CASE("dashboard numbers: types, members, terms, branches without a secretary", "[statistics]")
{
    SmallTree t;
    const QDate today(2026, 11, 24);
    // Branch 1's term ends in 3 months; the general branch's ran out last year.
    dj::Organization b1 = t.orgs.get(t.branch1);
    b1.termStart = QDate(2024, 2, 20);
    t.orgs.update(b1);
    dj::Organization g = t.orgs.get(t.general);
    g.termStart = QDate(2022, 9, 1);
    t.orgs.update(g);
    const QString a = t.person(QStringLiteral("张伟"), t.branch1, 11);
    dj::Person p = t.people.get(t.person(QStringLiteral("李娜"), t.branch2, 12));
    p.standing = dj::Standing::Probationary;
    p.fullMemberOn = QDate();
    t.people.update(p);
    dj::Post post;
    post.personId = a;
    post.orgId = t.branch1;
    post.type = dj::PostType::BrSecretary;
    post.from = QDate(2024, 2, 20);
    dj::PostRepository(*t.db).add(post);

    const auto s = dj::OrgStatistics::compute(*t.db, today);
    CHECK(s.activeByType.value(dj::OrgType::Branch) == 2);
    CHECK(s.activeByType.value(dj::OrgType::Group) == 1);
    CHECK(s.fullMembers == 1);
    CHECK(s.probationaryMembers == 1);
    REQUIRE(s.terms.size() == 2);
    CHECK(s.terms.at(0).org.id == t.general);
    CHECK(s.terms.at(0).overdue);
    CHECK(s.terms.at(1).org.id == t.branch1);
    CHECK_FALSE(s.terms.at(1).overdue);
    REQUIRE(s.branchesWithoutSecretary.size() == 1);
    CHECK(s.branchesWithoutSecretary.at(0).id == t.branch2);
}
