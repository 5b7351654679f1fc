#include "SmallTree.h"

#include "common/Error.h"
#include "org/PostRepository.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

using dj::Error;
using dj::OrgType;

namespace {
QString messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("the tree comes back parents first", "[org]")
{
    SmallTree t;
    const auto all = t.orgs.all();
    REQUIRE(all.size() == 6);
    QStringList seen;
    for (const auto &o : all) {
        if (!o.parentId.isEmpty())
            CHECK(seen.contains(o.parentId));
        seen << o.id;
    }
    CHECK(t.orgs.subtreeIds(t.organ).size() == 5);
    CHECK(t.orgs.byCode(QStringLiteral("SW-ZB02")).id == t.branch2);
}

TEST_CASE("organisation types sit only where the rules allow", "[org]")
{
    SmallTree t;
    CHECK(messageOf([&] { t.add(OrgType::Group, t.organ, QStringLiteral("错误小组"), QStringLiteral("X1")); })
              .contains(QStringLiteral("can only be placed under: Party branch")));
    CHECK_THROWS_AS(t.add(OrgType::Branch, t.partyGroup, QStringLiteral("错误支部"), QStringLiteral("X2")), Error);
    CHECK_THROWS_AS(t.add(OrgType::PartyGroup, t.organ, QStringLiteral("二级党组"), QStringLiteral("X3")), Error);
    CHECK_THROWS_AS(t.add(OrgType::Branch, {}, QStringLiteral("无上级支部"), QStringLiteral("X4")), Error);
    CHECK_NOTHROW(t.add(OrgType::Branch, t.general, QStringLiteral("第三支部"), QStringLiteral("X5")));
    CHECK(messageOf([&] { t.add(OrgType::Branch, t.organ, QStringLiteral("重号"), QStringLiteral("SW-ZB01")); })
              .contains(QStringLiteral("already used by 办公室党支部")));
}

TEST_CASE("moves never make a cycle and keep the type rules", "[org]")
{
    SmallTree t;
    CHECK(messageOf([&] { t.orgs.move(t.general, t.branch2); }).contains(QStringLiteral("under itself")));
    CHECK_THROWS_AS(t.orgs.move(t.branch1, t.partyGroup), Error);
    t.orgs.move(t.branch1, t.general);
    CHECK(t.orgs.get(t.branch1).parentId == t.general);
    CHECK(t.orgs.get(t.branch1).version == 2);
}

TEST_CASE("dissolving is refused while children or members remain, and says which", "[org]")
{
    SmallTree t;
    t.person(QStringLiteral("张伟"), t.branch1);
    const QString msg = messageOf([&] { t.orgs.dissolve(t.branch1, QDate(2026, 11, 1)); });
    CHECK(msg.contains(QStringLiteral("第一党小组")));
    CHECK(msg.contains(QStringLiteral("1 member")));
    t.orgs.dissolve(t.group1, QDate(2026, 11, 1));
    CHECK(t.orgs.get(t.group1).status == dj::OrgStatus::Dissolved);
    CHECK(t.orgs.get(t.group1).dissolvedOn == QDate(2026, 11, 1));
    // History stays: the row is still there, just dissolved; and it can come back.
    t.orgs.reactivate(t.group1);
    CHECK(t.orgs.get(t.group1).isActive());
}

TEST_CASE("dissolving ends the posts held in the organisation", "[org]")
{
    SmallTree t;
    const QString p = t.person(QStringLiteral("李娜"), t.branch2, 12);
    dj::PostRepository posts(*t.db);
    dj::Post post;
    post.personId = p;
    post.orgId = t.group1;
    post.type = dj::PostType::GroupLeader;
    post.from = QDate(2024, 1, 1);
    const QString id = posts.add(post);
    t.orgs.dissolve(t.group1, QDate(2026, 10, 1));
    CHECK(posts.get(id).to == QDate(2026, 10, 1));
}

TEST_CASE("term end follows the term start and length", "[org]")
{
    dj::Organization o;
    o.termStart = QDate(2023, 12, 5);
    o.termYears = 3;
    CHECK(o.termEnd() == QDate(2026, 12, 5));
    o.termYears = 0;
    CHECK_FALSE(o.termEnd().isValid());
    CHECK(dj::vocab::defaultTermYears(OrgType::Branch) == 3);
    CHECK(dj::vocab::defaultTermYears(OrgType::OrganCommittee) == 5);
}

TEST_CASE("remove tombstones an unused organisation, restore brings it back", "[org]")
{
    SmallTree t;
    CHECK_THROWS_AS(t.orgs.remove(t.branch1), Error); // has a group under it
    t.orgs.remove(t.group1);
    CHECK_THROWS_AS(t.orgs.get(t.group1), Error);
    CHECK(dj::Query(*t.db, QStringLiteral("SELECT deleted FROM organization WHERE id = :i"))
              .bind(QStringLiteral(":i"), t.group1).scalar().toInt() == 1);
    t.orgs.restore(t.group1);
    CHECK(t.orgs.get(t.group1).version == 3);
}

TEST_CASE("the contact leader must sit on the party leadership group", "[org]")
{
    SmallTree t;
    const QString leader = t.person(QStringLiteral("王书记"), t.branch1, 13);
    dj::Organization b = t.orgs.get(t.branch2);
    b.contactPersonId = leader;
    CHECK_THROWS_AS(t.orgs.update(b), Error);
    dj::Post post;
    post.personId = leader;
    post.orgId = t.partyGroup;
    post.type = dj::PostType::PgMember;
    post.from = QDate(2022, 1, 1);
    dj::PostRepository(*t.db).add(post);
    CHECK_NOTHROW(t.orgs.update(b));
}
