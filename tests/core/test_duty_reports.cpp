// The printed forms of the responsibility lists: the year's booklet and the 履责纪实 report.
#include <catch2/catch.hpp>

#include "DutyTree.h"
#include "common/Error.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "report/DutyBookletReport.h"
#include "report/DutyRecordsReport.h"
#include "storage/AttachmentStore.h"

#include <functional>

using dj::report::Block;
using dj::report::Report;

namespace {
const QDate kToday(2026, 11, 24); // TempDb's clock

// DutyTree with its 2026 lists: 党组, 机关党委, 党总支 and two branches (level lists), and the
// five post holders' lists.
struct Lists : DutyTree
{
    dj::DutyRepository repo{*db};
    dj::DutyRecordRepository records{*db};
    Lists() { dj::DutyGenerator(*db).generate(2026, QDate(2026, 1, 1)); }
    dj::DutyList levelList(const QString &org) { return repo.lists(2026, org).first(); }
    dj::DutyItem itemByCode(const QString &listId, const QString &code)
    {
        for (const dj::DutyItem &i : repo.items(listId))
            if (i.code == code)
                return i;
        FAIL("no item " << code.toStdString());
        return {};
    }
};

QList<Block> blocksOf(const Report &r, Block::Kind kind)
{
    QList<Block> out;
    for (const Block &b : r.blocks)
        if (b.kind == kind)
            out << b;
    return out;
}
// The table that follows the heading `title`.
Block tableAfter(const Report &r, const QString &title)
{
    for (int i = 0; i + 2 < r.blocks.size(); ++i)
        if (r.blocks[i].kind == Block::Kind::Heading && r.blocks[i].text == title)
            for (int j = i + 1; j < r.blocks.size(); ++j)
                if (r.blocks[j].kind == Block::Kind::Table)
                    return r.blocks[j];
    FAIL("no table after " << title.toStdString());
    return {};
}
QStringList columnTitles(const Block &table)
{
    QStringList out;
    for (const dj::report::Column &c : table.columns)
        out << c.title;
    return out;
}
dj::Error::Kind errorKind(const std::function<void()> &f)
{
    try {
        f();
    } catch (const dj::Error &e) {
        return e.kind();
    }
    FAIL("no dj::Error thrown");
    return dj::Error::Kind::Storage;
}
} // namespace

TEST_CASE("时限 reads as printed: frequency, and the deadline of whole-year items",
          "[report][duty]")
{
    using dj::Frequency;
    using dj::report::DutyBookletReport;
    CHECK(DutyBookletReport::timeLimit(Frequency::Quarterly, {}, 2026) == QStringLiteral("每季度"));
    CHECK(DutyBookletReport::timeLimit(Frequency::ByDate, QStringLiteral("03-31"), 2026) ==
          QStringLiteral("限期 3月31日前"));
    CHECK(DutyBookletReport::timeLimit(Frequency::Yearly, QStringLiteral("12-31"), 2026) ==
          QStringLiteral("每年 12月31日前"));
    CHECK(DutyBookletReport::timeLimit(Frequency::Yearly, {}, 2026) == QStringLiteral("每年"));
    CHECK(DutyBookletReport::timeLimit(Frequency::Once, QStringLiteral("02-29"), 2026) ==
          QStringLiteral("一次 2月28日前"));
    CHECK(DutyBookletReport::timeLimit(Frequency::Monthly, QStringLiteral("03-31"), 2026) ==
          QStringLiteral("每月"));
}

TEST_CASE("the booklet: one section per list, items with 时限, 责任人 and completion",
          "[report][duty]")
{
    Lists t;
    const QList<dj::DutyList> lists = t.repo.lists(2026);
    REQUIRE(lists.size() == 10); // 5 level lists, 5 post lists
    const dj::DutyList branch = t.levelList(t.branch1);
    // JC01 is monthly: done for January to October, nothing is late.
    const dj::DutyItem monthly = t.itemByCode(branch.id, QStringLiteral("JC01"));
    for (int m = 1; m <= 10; ++m)
        t.record(monthly.id, QDate(2026, m, 10));
    const dj::DutyItem retired = t.itemByCode(branch.id, QStringLiteral("JC16"));
    t.repo.retireItem(retired.id, QDate(2026, 6, 1));

    const Report r = dj::report::DutyBookletReport::build(*t.db, 2026, {}, kToday);
    CHECK(r.title == QStringLiteral("2026年度全面从严治党责任清单"));
    CHECK(r.headerLine == QStringLiteral("测试机关　2026年度"));
    CHECK_FALSE(r.landscape);
    // Heading, paragraph, table, a legend when rows are marked, signatures for every list;
    // levels first, the 党组 at the top.
    const QList<Block> tables = blocksOf(r, Block::Kind::Table);
    REQUIRE(tables.size() == lists.size());
    const QString legend = QStringLiteral("注：底色标出的事项逾期未完成或部分完成，完成情况栏注明。");
    int marked = 0, legends = 0;
    for (const Block &b : tables)
        marked += b.markedRows.isEmpty() ? 0 : 1;
    for (const Block &b : blocksOf(r, Block::Kind::Paragraph))
        legends += b.text == legend ? 1 : 0;
    CHECK(marked > 0);
    CHECK(legends == marked);
    REQUIRE(r.blocks.size() == 4 * lists.size() + marked);
    CHECK(r.blocks[0].kind == Block::Kind::Heading);
    CHECK(r.blocks[0].text == lists.first().title);
    CHECK(r.blocks[1].text.startsWith(QStringLiteral("责任单位：中共市商务局党组")));
    CHECK(r.blocks[1].text.contains(QStringLiteral("部门党组（党委）主体责任")));
    const QList<Block> signatures = blocksOf(r, Block::Kind::Signatures);
    REQUIRE(signatures.size() == lists.size());
    CHECK(signatures.first().signatures ==
          QStringList{QStringLiteral("责任人"), QStringLiteral("单位负责人")});
    CHECK(signatures.first().seal == QStringLiteral("党组（盖章）"));
    CHECK(signatures.last().signatures == QStringList{QStringLiteral("责任人")}); // a post list
    CHECK(signatures.last().seal.isEmpty());
    // The branch's list is stamped by the branch.
    for (int i = 0; i + 1 < r.blocks.size(); ++i)
        if (r.blocks[i].kind == Block::Kind::Heading && r.blocks[i].text == branch.title)
            for (int j = i + 1; j < r.blocks.size(); ++j)
                if (r.blocks[j].kind == Block::Kind::Signatures) {
                    CHECK(r.blocks[j].seal == QStringLiteral("党支部（盖章）"));
                    break;
                }

    const Block table = tableAfter(r, branch.title);
    CHECK(columnTitles(table) == QStringList{QStringLiteral("序号"), QStringLiteral("类别"),
                                             QStringLiteral("事项及具体内容"),
                                             QStringLiteral("时限"), QStringLiteral("责任人"),
                                             QStringLiteral("完成情况")});
    CHECK(table.rows.size() == t.repo.items(branch.id).size() - 1); // the retired item is left out
    const QStringList first = table.rows[0];
    CHECK(first[0] == QStringLiteral("1"));
    CHECK(first[2] == monthly.title + QStringLiteral("：") + monthly.content);
    CHECK(first[3] == QStringLiteral("每月"));
    CHECK(first[4] == QStringLiteral("办公室党支部"));
    CHECK(first[5] == QStringLiteral("已完成 10/10"));
    CHECK_FALSE(table.markedRows.contains(0));
    bool sawByDate = false, sawNotDue = false;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows[i];
        CHECK_FALSE(row[2].startsWith(retired.title));
        if (row[2].startsWith(
                t.itemByCode(branch.id, QStringLiteral("JC17")).title)) { // by_date 04-15
            sawByDate = true;
            CHECK(row[3] == QStringLiteral("限期\n4月15日前"));
            CHECK(row[5] == QStringLiteral("已完成 0/1\n逾期未完成"));
            CHECK(table.markedRows.contains(i));
        }
        if (row[2].startsWith(
                t.itemByCode(branch.id, QStringLiteral("JC04")).title)) { // yearly, due 31 December
            sawNotDue = true;
            CHECK(row[5] == QStringLiteral("未到期"));
            CHECK_FALSE(table.markedRows.contains(i));
        }
    }
    CHECK(sawByDate);
    CHECK(sawNotDue);
    // Every other monthly item is overdue for October on 24 November.
    CHECK(table.markedRows.contains(1));
    CHECK(table.rows[1][5] == QStringLiteral("已完成 0/10\n逾期未完成"));

    // A post list names the person as 责任人.
    const dj::DutyList post = t.repo.lists(2026, {}, t.secretary1).first();
    CHECK(tableAfter(r, post.title).rows[0][4] == QStringLiteral("李支书"));
}

TEST_CASE("the booklet of a subtree: its organisations' lists and their post lists",
          "[report][duty]")
{
    Lists t;
    const Report branch = dj::report::DutyBookletReport::build(*t.db, 2026, t.branch1, kToday);
    CHECK(blocksOf(branch, Block::Kind::Table).size() ==
          2); // the branch's list and its secretary's
    CHECK(branch.subtitle.startsWith(QStringLiteral("办公室党支部")));
    const Report general = dj::report::DutyBookletReport::build(*t.db, 2026, t.general, kToday);
    const QList<Block> headings = blocksOf(general, Block::Kind::Heading);
    REQUIRE(headings.size() == 3);
    CHECK(headings[0].text.contains(
        QStringLiteral("服务中心党总支"))); // the tree order: the 党总支 first
    CHECK(headings[1].text.contains(QStringLiteral("服务中心第一党支部")));
    CHECK(headings[2].text.contains(QStringLiteral("周支书")));

    CHECK(errorKind([&] { dj::report::DutyBookletReport::build(*t.db, 2025, {}, kToday); }) ==
          dj::Error::Kind::NotFound);
    CHECK_THROWS_WITH(dj::report::DutyBookletReport::build(*t.db, 2025, {}, kToday),
                      Catch::Contains("There are no responsibility lists for 2025"));
    CHECK_THROWS_WITH(dj::report::DutyBookletReport::build(*t.db, 2026, t.group1, kToday),
                      Catch::Contains("第一党小组"));
    CHECK(errorKind([&] {
              dj::report::DutyBookletReport::build(*t.db, 2026, QStringLiteral("nope"), kToday);
          }) == dj::Error::Kind::NotFound);
}

TEST_CASE("履责纪实: every record by item and date, and the items with none", "[report][duty]")
{
    Lists t;
    const dj::DutyList branch = t.levelList(t.branch1);
    const QList<dj::DutyItem> items = t.repo.items(branch.id);
    const QString rec =
        t.record(items[0].id, QDate(2026, 3, 15), QStringLiteral("传达学习全会精神，研究落实措施"));
    dj::AttachmentStore(*t.db).addData(QStringLiteral("duty_record"), rec,
                                       QStringLiteral("会议记录.pdf"), "%PDF-1.4");
    dj::AttachmentStore(*t.db).addData(QStringLiteral("duty_record"), rec,
                                       QStringLiteral("签到表.jpg"), "jpeg");

    Report r = dj::report::DutyRecordsReport::build(*t.db, 2026, t.branch1, {}, kToday);
    CHECK(r.title == QStringLiteral("2026年度履责纪实"));
    CHECK(r.landscape);
    CHECK(r.subtitle.startsWith(QStringLiteral("办公室党支部")));
    CHECK(r.blocks.last().signatures ==
          QStringList{QStringLiteral("填报人"), QStringLiteral("审核人")});
    // The branch's list and its secretary's post list (a post in the branch).
    REQUIRE(blocksOf(r, Block::Kind::Table).size() == 2);
    Block table = tableAfter(r, branch.title);
    CHECK(columnTitles(table) == QStringList{QStringLiteral("序号"), QStringLiteral("事项"),
                                             QStringLiteral("日期"), QStringLiteral("履责情况"),
                                             QStringLiteral("记录人"), QStringLiteral("佐证材料")});
    REQUIRE(table.rows.size() == items.size());
    CHECK(table.rows[0] ==
          QStringList{QStringLiteral("1"), items[0].title, QStringLiteral("2026-03-15"),
                      QStringLiteral("传达学习全会精神，研究落实措施"), QStringLiteral("王干事"),
                      QStringLiteral("2 个：会议记录.pdf、签到表.jpg")});
    CHECK(table.rows[1][3] == QStringLiteral("（未记录）"));
    CHECK(table.rows[1][0] == QStringLiteral("2"));
    // An unrecorded monthly item is marked; a yearly one due on 31 December is not yet.
    CHECK(table.markedRows.contains(1));
    CHECK(items[3].code == QStringLiteral("JC04"));
    CHECK(table.rows[3][3] == QStringLiteral("（未记录）"));
    CHECK_FALSE(table.markedRows.contains(3));
    CHECK_FALSE(table.markedRows.contains(0));

    // A second, earlier record comes first; a retired item keeps its records.
    t.record(items[0].id, QDate(2026, 2, 1), QStringLiteral("二月学习"));
    t.record(items[1].id, QDate(2026, 4, 1), QStringLiteral("四月学习"));
    t.repo.retireItem(items[1].id, QDate(2026, 6, 1));
    t.repo.retireItem(items[2].id, QDate(2026, 6, 1));
    r = dj::report::DutyRecordsReport::build(*t.db, 2026, t.branch1, {}, kToday);
    table = tableAfter(r, branch.title);
    REQUIRE(table.rows.size() == items.size()); // +1 record, -1 retired item without records
    CHECK(table.rows[0][2] == QStringLiteral("2026-02-01"));
    CHECK(table.rows[0][5] == QStringLiteral("无"));
    CHECK(table.rows[1][2] == QStringLiteral("2026-03-15"));
    CHECK(table.rows[2][1] == items[1].title + QStringLiteral("（已停用）"));
    CHECK(table.rows[3][1] == items[3].title);
    // 序号 runs 1, 2, 3… over the rows, two records of one item included.
    for (int i = 0; i < table.rows.size(); ++i)
        CHECK(table.rows[i][0] == QString::number(i + 1));
}

TEST_CASE("履责纪实 of a person: their post lists, wrong requests are refused", "[report][duty]")
{
    Lists t;
    const Report r = dj::report::DutyRecordsReport::build(*t.db, 2026, {}, t.secretary1, kToday);
    const QList<Block> headings = blocksOf(r, Block::Kind::Heading);
    REQUIRE(headings.size() == 1);
    CHECK(headings[0].text == t.repo.lists(2026, {}, t.secretary1).first().title);
    CHECK(r.subtitle.startsWith(QStringLiteral("李支书（办公室党支部）")));

    const QString nobody = t.person(QStringLiteral("吴党员"), t.branch1, 31);
    CHECK_THROWS_WITH(dj::report::DutyRecordsReport::build(*t.db, 2026, {}, nobody, kToday),
                      Catch::Contains("吴党员 has no post responsibility lists for 2026"));
    CHECK(errorKind([&] {
              dj::report::DutyRecordsReport::build(*t.db, 2025, t.branch1, {}, kToday);
          }) == dj::Error::Kind::NotFound);
    CHECK(errorKind([&] { dj::report::DutyRecordsReport::build(*t.db, 2026, {}, {}, kToday); }) ==
          dj::Error::Kind::Invalid);
    CHECK(errorKind([&] {
              dj::report::DutyRecordsReport::build(*t.db, 2026, t.branch1, t.secretary1, kToday);
          }) == dj::Error::Kind::Invalid);
    CHECK(errorKind([&] {
              dj::report::DutyRecordsReport::build(*t.db, 2026, {}, QStringLiteral("nope"), kToday);
          }) == dj::Error::Kind::NotFound);
}
