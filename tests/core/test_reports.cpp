#include "SmallTree.h"

#include "org/PostRepository.h"
#include "report/OrgListReport.h"
#include "report/RosterReport.h"

#include <catch2/catch.hpp>

using dj::report::Block;

namespace {
const Block &tableOf(const dj::report::Report &r)
{
    for (const Block &b : r.blocks)
        if (b.kind == Block::Kind::Table)
            return b;
    FAIL("no table");
    return r.blocks.first();
}
} // namespace

TEST_CASE("the roster lists a subtree's members by branch, committee first, then in 拼音 order", "[report]")
{
    SmallTree t;
    const QString wang = t.person(QStringLiteral("王芳"), t.branch1, 12);
    const QString zhang = t.person(QStringLiteral("张伟"), t.branch1, 11);
    t.person(QStringLiteral("何平"), t.branch1, 13);
    t.person(QStringLiteral("阿英"), t.branch1, 16);
    t.person(QStringLiteral("李娜"), t.branch2, 14);
    auto addPost = [&](const QString &person, dj::PostType type) {
        dj::Post post;
        post.personId = person;
        post.orgId = t.branch1;
        post.type = type;
        post.from = QDate(2024, 1, 1);
        dj::PostRepository(*t.db).add(post);
    };
    addPost(zhang, dj::PostType::BrSecretary);
    addPost(wang, dj::PostType::Organizing);

    const QDate today(2026, 11, 24);
    const auto all = dj::report::RosterReport::build(*t.db, {}, today);
    CHECK(all.title == QStringLiteral("党员花名册"));
    CHECK(all.landscape);
    const Block &rows = tableOf(all);
    REQUIRE(rows.rows.size() == 5);
    // 办公室党支部 comes before the general branch's branch in the tree; in it the 书记, the
    // 委员, then the members by 拼音 (a, he), not by code point (何 U+4F55 before 阿 U+963F).
    CHECK(rows.rows[0][1] == QStringLiteral("张伟"));
    CHECK(rows.rows[0][8] == QStringLiteral("党支部书记"));
    CHECK(rows.rows[1][1] == QStringLiteral("王芳"));
    CHECK(rows.rows[2][1] == QStringLiteral("阿英"));
    CHECK(rows.rows[3][1] == QStringLiteral("何平"));
    CHECK(rows.rows[4][1] == QStringLiteral("李娜"));
    CHECK(rows.rows[0][0] == QStringLiteral("1"));
    CHECK(rows.columns.size() == 10);

    const auto sub = dj::report::RosterReport::build(*t.db, t.general, today);
    REQUIRE(tableOf(sub).rows.size() == 1);
    CHECK(sub.subtitle.startsWith(QStringLiteral("服务中心党总支")));
    CHECK(sub.blocks.last().kind == Block::Kind::Signatures);
}

TEST_CASE("the roster of one branch: no 所在支部, with 学历 and 工作单位及职务, as of a day", "[report]")
{
    SmallTree t;
    const QString zhang = t.person(QStringLiteral("张伟"), t.branch1, 11);
    t.person(QStringLiteral("王芳"), t.branch1, 12);
    t.person(QStringLiteral("李娜"), t.branch2, 14);
    dj::Person p = t.people.get(zhang);
    p.education = QStringLiteral("大学本科");
    p.workUnit = QStringLiteral("市商务局");
    p.department = QStringLiteral("办公室");
    p.position = QStringLiteral("副主任");
    t.people.update(p);
    const QDate today(2026, 11, 24);
    const auto titles = [](const Block &table) {
        QStringList out;
        for (const dj::report::Column &c : table.columns)
            out << c.title;
        return out;
    };
    const QStringList oneBranch{QStringLiteral("序号"),     QStringLiteral("姓名"),     QStringLiteral("性别"),
                                QStringLiteral("民族"),     QStringLiteral("出生日期"), QStringLiteral("学历"),
                                QStringLiteral("入党时间"), QStringLiteral("党员类别"), QStringLiteral("工作单位及职务"),
                                QStringLiteral("党内职务"), QStringLiteral("联系电话")};
    const auto own = dj::report::RosterReport::build(*t.db, t.branch1, today);
    CHECK(titles(tableOf(own)) == oneBranch);
    REQUIRE(tableOf(own).rows.size() == 2);
    CHECK(tableOf(own).rows[1][1] == QStringLiteral("张伟")); // after 王芳: 拼音 order
    CHECK(tableOf(own).rows[1][5] == QStringLiteral("大学本科"));
    CHECK(tableOf(own).rows[1][8] == QStringLiteral("市商务局办公室副主任"));
    CHECK(tableOf(own).rows[0][8].isEmpty());
    // Every page says the day the roster stands for, not a year.
    CHECK(own.headerLine == QStringLiteral("测试机关　党员花名册　截至 2026年11月24日"));
    const auto each = dj::report::RosterReport::buildPerBranch(*t.db, {}, today);
    REQUIRE(each.size() == 2);
    CHECK(titles(tableOf(each[0].report)) == oneBranch);
    CHECK(titles(tableOf(each[1].report)) == oneBranch);
    // Several branches keep 所在支部.
    CHECK(titles(tableOf(dj::report::RosterReport::build(*t.db, {}, today))).contains(QStringLiteral("所在支部")));
    CHECK(titles(tableOf(dj::report::RosterReport::build(*t.db, t.general, today))).contains(QStringLiteral("所在支部")));
}

TEST_CASE("the organisation list marks terms that run out within 6 months", "[report]")
{
    SmallTree t;
    dj::Organization b1 = t.orgs.get(t.branch1);
    b1.termStart = QDate(2024, 2, 20); // ends 2027-02-20: within 6 months of 2026-11-24
    t.orgs.update(b1);
    dj::Organization g = t.orgs.get(t.general);
    g.termStart = QDate(2022, 9, 1); // ended 2025-09-01
    t.orgs.update(g);
    const auto r = dj::report::OrgListReport::build(*t.db, {}, QDate(2026, 11, 24));
    const Block &table = tableOf(r);
    REQUIRE(table.rows.size() == 6);
    QStringList marked;
    for (int i : table.markedRows)
        marked << table.rows[i][0].trimmed() + QLatin1Char('=') + table.rows[i][6];
    CHECK(marked.contains(QStringLiteral("办公室党支部=即将届满")));
    CHECK(marked.contains(QStringLiteral("服务中心党总支=已超期")));
    CHECK(marked.size() == 2);
    // The tree is indented with full-width spaces below the printed root.
    CHECK(table.rows[0][0] == QStringLiteral("中共市商务局党组"));
    CHECK(table.rows[1][0].startsWith(QString(2, QChar(0x3000))));
    CHECK(dj::report::OrgListReport::build(*t.db, t.general, QDate(2026, 11, 24)).blocks.size() == 3);
}

TEST_CASE("one roster per branch, from one reading of the data file", "[report]")
{
    SmallTree t;
    t.person(QStringLiteral("张伟"), t.branch1, 11);
    t.person(QStringLiteral("王芳"), t.branch1, 12);
    t.person(QStringLiteral("李娜"), t.branch2, 14);
    const auto rosters = dj::report::RosterReport::buildPerBranch(*t.db, {}, QDate(2026, 11, 24));
    REQUIRE(rosters.size() == 2);
    CHECK(rosters[0].branch.id == t.branch1);
    CHECK(tableOf(rosters[0].report).rows.size() == 2);
    CHECK(rosters[1].report.subtitle.startsWith(QStringLiteral("服务中心第一党支部")));
    CHECK(tableOf(rosters[1].report).rows.size() == 1);
    CHECK(dj::report::RosterReport::buildPerBranch(*t.db, t.general, QDate(2026, 11, 24)).size() == 1);
}
