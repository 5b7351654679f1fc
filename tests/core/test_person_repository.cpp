#include "SmallTree.h"

#include "common/Error.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

using dj::Error;

TEST_CASE("a person is stored with a membership from the given date", "[person]")
{
    SmallTree t;
    const QString id = t.person(QStringLiteral("张伟"), t.branch1);
    const dj::Person p = t.people.get(id);
    CHECK(p.name == QStringLiteral("张伟"));
    CHECK(p.branchId == t.branch1);
    const auto h = t.people.history(id);
    REQUIRE(h.size() == 1);
    CHECK(h.at(0).from == QDate(2020, 1, 1));
    CHECK_FALSE(h.at(0).to.isValid());
}

TEST_CASE("person validation names the field", "[person]")
{
    SmallTree t;
    dj::Person p;
    p.name = QStringLiteral("刘洋");
    p.gender = QLatin1Char('F');
    p.birthDate = QDate(1975, 4, 12);
    p.idNumber = QStringLiteral("110101197504120014"); // a man's number
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("woman") || Catch::Contains("man's"));
    p.gender = QLatin1Char('M');
    p.birthDate = QDate(1975, 4, 13);
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("1975-04-12"));
    p.birthDate = QDate(1975, 4, 12);
    p.joinedOn = QDate(1990, 1, 1);
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("18th birthday"));
    p.joinedOn = QDate(2000, 1, 1);
    p.fullMemberOn = QDate(2001, 1, 1);
    p.branchId = t.organ;
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("registered in a party branch"));
    p.branchId = t.branch1;
    p.standing = dj::Standing::Probationary;
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("probationary"));
    p.standing = dj::Standing::Full;
    CHECK_NOTHROW(t.people.insert(p));
    p.id.clear();
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("already recorded for 刘洋"));
}

TEST_CASE("a member needs the date of joining, a full member also the date of becoming one", "[person]")
{
    SmallTree t;
    dj::Person p;
    p.name = QStringLiteral("周强");
    p.gender = QLatin1Char('M');
    p.branchId = t.branch1;
    p.standing = dj::Standing::Full;
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("date of joining the Party"));
    p.joinedOn = QDate(2010, 7, 1);
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("date of becoming a full member"));
    p.standing = dj::Standing::Probationary;
    p.joinedOn = {};
    CHECK_THROWS_WITH(t.people.insert(p), Catch::Contains("date of joining the Party"));
    p.joinedOn = QDate(2026, 3, 1);
    CHECK_NOTHROW(t.people.insert(p)); // a probationary member has no full-member date yet
    p.id.clear();
    p.standing = dj::Standing::Full;
    p.fullMemberOn = QDate(2026, 10, 1);
    CHECK_NOTHROW(t.people.insert(p));
}

TEST_CASE("problems() lists everything wrong with a person at once, each with its field", "[person]")
{
    SmallTree t;
    dj::Person p;
    p.gender = QChar();
    p.phone = QStringLiteral("abc");
    p.standing = dj::Standing::Full;
    const QList<dj::FieldProblem> all = t.people.problems(p);
    QStringList fields;
    for (const dj::FieldProblem &f : all)
        fields << f.field;
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("gender"), QStringLiteral("phone"),
                                QStringLiteral("joinedOn"), QStringLiteral("fullMemberOn")});
    CHECK_THROWS_WITH(t.people.validate(p), all.first().message.toStdString());
}

TEST_CASE("a transfer closes one membership and opens the next, undo reverses it", "[person]")
{
    SmallTree t;
    const QString id = t.person(QStringLiteral("陈静"), t.branch1, 22);
    t.people.transfer(id, t.branch2, QDate(2025, 3, 1), QStringLiteral("工作调动"));
    CHECK(t.people.get(id).branchId == t.branch2);
    auto h = t.people.history(id);
    REQUIRE(h.size() == 2);
    CHECK(h.at(0).orgId == t.branch2);
    CHECK(h.at(0).reason == QStringLiteral("工作调动"));
    CHECK(h.at(1).to == QDate(2025, 3, 1));
    CHECK_THROWS_AS(t.people.transfer(id, t.branch2, QDate(2025, 4, 1), {}), Error);
    CHECK_THROWS_AS(t.people.transfer(id, t.branch1, QDate(2024, 1, 1), {}), Error); // before joining
    CHECK_THROWS_AS(t.people.transfer(id, t.group1, QDate(2026, 1, 1), {}), Error);  // not a branch
    t.people.undoTransfer(id);
    CHECK(t.people.get(id).branchId == t.branch1);
    h = t.people.history(id);
    REQUIRE(h.size() == 1);
    CHECK_FALSE(h.at(0).to.isValid());
}

TEST_CASE("search by name, phone or ID prefix, within an organisation subtree", "[person]")
{
    SmallTree t;
    t.person(QStringLiteral("张伟"), t.branch1, 11);
    t.person(QStringLiteral("张敏"), t.branch2, 12);
    t.person(QStringLiteral("王芳"), t.branch2, 14);
    dj::PersonFilter f;
    CHECK(t.people.count(f) == 3);
    f.text = QStringLiteral("张");
    CHECK(t.people.count(f) == 2);
    f.subtreeOf = t.general;
    const auto rows = t.people.page(f, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).name == QStringLiteral("张敏"));
    CHECK(rows.at(0).branchName == QStringLiteral("服务中心第一党支部"));
    f = {};
    f.text = QStringLiteral("1101011980");
    CHECK(t.people.count(f) == 3);
    f.text = QStringLiteral("%");
    CHECK(t.people.count(f) == 0); // wildcards are literal
    f = {};
    CHECK(t.people.page(f, 1, 1).size() == 1);
}

TEST_CASE("removing a person tombstones their rows, restore brings exactly those back", "[person]")
{
    SmallTree t;
    const QString id = t.person(QStringLiteral("赵磊"), t.branch1, 15);
    t.people.remove(id);
    CHECK_THROWS_AS(t.people.get(id), Error);
    CHECK(dj::Query(*t.db, QStringLiteral("SELECT count(*) FROM membership WHERE deleted = 0")).scalar().toInt() == 0);
    t.people.restore(id);
    CHECK(t.people.history(id).size() == 1);
    CHECK(t.people.get(id).version == 3);
}
