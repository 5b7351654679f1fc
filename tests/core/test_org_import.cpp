// OrgImport: the column guess, the round trip from an exported sheet, every reason a row is
// refused, all-or-nothing and valid-only.
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "common/Error.h"
#include "demo/DemoGenerator.h"
#include "sheet/OrgImport.h"
#include "sheet/SheetFile.h"
#include "sheet/TableExport.h"

#include <QHash>
#include <tuple>

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

// Columns: name, code, type, parent, established, term years.
dj::SheetTable sheet(const QList<QVariantList> &rows)
{
    dj::SheetTable t;
    t.headers = {s("组织名称"), s("组织代码"), s("组织类型"), s("上级组织"), s("成立日期"),
                 s("任期(年)")};
    t.rows = rows;
    return t;
}

QStringList problemsOf(const dj::OrgImportReport &r, int sheetRow)
{
    for (const dj::OrgImportRow &row : r.rows) {
        if (row.sheetRow == sheetRow)
            return row.problems;
    }
    FAIL("no row " << sheetRow);
    return {};
}

bool has(const QStringList &list, const QString &part)
{
    for (const QString &p : list) {
        if (p.contains(part))
            return true;
    }
    return false;
}

// code → (name, type, parent code) for every organisation in the data file.
using Tree = QHash<QString, std::tuple<QString, dj::OrgType, QString>>;
Tree treeOf(dj::Database &db)
{
    const QList<dj::Organization> all = dj::OrganizationRepository(db).all();
    QHash<QString, QString> codeOf;
    for (const dj::Organization &o : all)
        codeOf.insert(o.id, o.code);
    Tree t;
    for (const dj::Organization &o : all)
        t.insert(o.code, {o.name, o.type, codeOf.value(o.parentId)});
    return t;
}

// Refused rows, each for one reason, and two good rows: a branch (row 13) whose parent
// general branch (row 14, under 机关党委 by name) comes later in the sheet.
dj::SheetTable mixedSheet()
{
    return sheet({
        {QString(), s("X1"), s("党支部"), s("SW-JG")},                        // 2
        {s("无代码党支部"), QString(), s("党支部"), s("SW-JG")},             // 3
        {s("某组织"), s("X3"), s("党委会"), s("SW-JG")},                     // 4
        {s("重复党支部"), s("SW-ZB01"), s("党支部"), s("SW-JG")},            // 5
        {s("甲党支部"), s("D1"), s("党支部"), s("SW-JG")},                   // 6
        {s("乙党支部"), s("D1"), s("党支部"), s("SW-JG")},                   // 7
        {s("无上级党支部"), s("X8"), s("党支部"), s("NOPE")},                // 8
        {s("错位党小组"), s("X9"), s("党小组"), s("SW-JG")},                 // 9
        {s("日期错党支部"), s("X10"), s("党支部"), s("SW-JG"), s("2020-13-45")}, // 10
        {s("任期错党支部"), s("X11"), s("党支部"), s("SW-JG"), QVariant(), 12},  // 11
        {s("第二党组"), s("X12"), s("党组"), s("SW")},                       // 12
        {s("新党支部"), s("N-ZB"), s("Party branch"), s("N-ZZ")},            // 13
        {s("新党总支"), s("N-ZZ"), s("党总支"), s("机关党委"), QDate(2020, 3, 1), 5}, // 14
        {s("甲党小组"), s("X15"), s("党小组"), s("D1")},                     // 15
        {s("未来党支部"), s("X16"), s("党支部"), s("SW-JG"), QDate(2027, 1, 1)}, // 16
    });
}
} // namespace

TEST_CASE("the organisation mapping is guessed from Chinese and English headers", "[import]")
{
    using F = dj::OrgField;
    const QStringList exported = {s("组织名称"), s("简称"), s("组织代码"), s("组织类型"),
                                  s("上级组织代码"), s("单位类别"), s("成立日期"),
                                  s("本届任期开始"), s("任期年限"), s("任期届满"), s("状态"),
                                  s("书记/负责人")};
    dj::OrgMapping m = dj::OrgImport::guessMapping(exported);
    for (int i = 0; i < dj::OrgMapping::FieldCount; ++i)
        CHECK(m.column(dj::OrgMapping::fields().at(i)) == i);

    m = dj::OrgImport::guessMapping(
        {QStringLiteral("Organisation name"), QStringLiteral("Short name"),
         QStringLiteral("Organisation code"), QStringLiteral("Organisation type"),
         QStringLiteral("Parent code"), QStringLiteral("Unit kind"), QStringLiteral("Established"),
         QStringLiteral("Current term from"), QStringLiteral("Term (years)"),
         QStringLiteral("Term ends"), QStringLiteral("Status"), QStringLiteral("Secretary / head")});
    for (int i = 0; i < dj::OrgMapping::FieldCount; ++i)
        CHECK(m.column(dj::OrgMapping::fields().at(i)) == i);

    m = dj::OrgImport::guessMapping({s("序号"), s("名称"), s("编码"), s("类型"), s("上级代码"),
                                     s("成立时间"), s("换届时间"), s("任期(年)"), s("任期届满")});
    CHECK(m.column(F::Name) == 1);
    CHECK(m.column(F::Code) == 2);
    CHECK(m.column(F::Type) == 3);
    CHECK(m.column(F::Parent) == 4);
    CHECK(m.column(F::EstablishedOn) == 5);
    CHECK(m.column(F::TermStart) == 6);
    CHECK(m.column(F::TermYears) == 7);
    CHECK(m.column(F::ShortName) == -1);

    const QStringList two = {s("名称"), s("类型")};
    m = dj::OrgImport::guessMapping(two);
    CHECK_THROWS_WITH(m.check(two), Catch::Contains("Organisation code"));

    // A mapping the user corrected: one column for two fields, or a column past the sheet.
    const QStringList three = {s("名称"), s("代码"), s("类型")};
    m = dj::OrgImport::guessMapping(three);
    CHECK_NOTHROW(m.check(three));
    m.setColumn(F::ShortName, 0);
    CHECK_THROWS_WITH(m.check(three), Catch::Contains("Column A (名称) is chosen for both"));
    m.setColumn(F::ShortName, 3);
    CHECK_THROWS_WITH(m.check(three), "The sheet has no column D.");
}

TEST_CASE("an exported organisation sheet recreates the tree in an empty data file",
          "[import]")
{
    TempDb t;
    dj::DemoGenerator::generate(*t, dj::DemoGenerator::Scale::Department);
    const QString xlsx = t.path(QStringLiteral("orgs.xlsx"));
    REQUIRE(dj::TableExport::write(*t, dj::TableExport::Table::Orgs, {}, xlsx));

    auto fresh = dj::Database::create(t.path(QStringLiteral("fresh.djdb")), s("新机关"));
    int firstRow = 0;
    const dj::SheetTable table = dj::SheetFile::read(xlsx, &firstRow);
    dj::OrgImport importer(*fresh);
    const dj::OrgImportReport report =
        importer.validate(table, importer.guessMapping(table.headers), firstRow);
    for (const dj::OrgImportRow &r : report.rows)
        INFO(r.sheetRow << ": " << r.problems.join(QLatin1Char(' ')).toStdString());
    REQUIRE(report.problemCount() == 0);
    const Tree before = treeOf(*t);
    CHECK(importer.import(report, false).size() == before.size());
    CHECK(treeOf(*fresh) == before);
}

TEST_CASE("every reason an organisation row is refused names the row", "[import]")
{
    SmallTree t;
    dj::OrgImport importer(*t);
    const dj::SheetTable table = mixedSheet();
    const dj::OrgImportReport r = importer.validate(table, importer.guessMapping(table.headers));
    REQUIRE(r.rows.size() == 15);
    CHECK(has(problemsOf(r, 2), s("The organisation name is missing.")));
    CHECK(has(problemsOf(r, 3), s("The organisation code is missing.")));
    CHECK(has(problemsOf(r, 4), s("The organisation type \"党委会\" is not known")));
    CHECK(has(problemsOf(r, 5), s("The code SW-ZB01 is already used by 办公室党支部")));
    CHECK(has(problemsOf(r, 6), s("The same code is also in row 7.")));
    CHECK(has(problemsOf(r, 7), s("The same code is also in row 6.")));
    CHECK(has(problemsOf(r, 8), s("The parent organisation \"NOPE\" is neither")));
    CHECK(has(problemsOf(r, 9), s("can only be placed under")));
    CHECK(has(problemsOf(r, 10), s("Established")));
    CHECK(has(problemsOf(r, 11), s("The term \"12\" should be a whole number")));
    CHECK(has(problemsOf(r, 12), s("is the top of the tree")));
    CHECK(problemsOf(r, 13).isEmpty());
    CHECK(problemsOf(r, 14).isEmpty());
    CHECK(has(problemsOf(r, 15), s("Its parent organisation in row 6 has problems")));
    CHECK(problemsOf(r, 16) == QStringList{s("Established 2027-01-01 is in the future.")});
    CHECK(r.validCount() == 2);
}

TEST_CASE("an organisation import is all or nothing unless valid-only", "[import]")
{
    SmallTree t;
    const auto before = treeOf(*t);
    dj::OrgImport importer(*t);
    const dj::SheetTable table = mixedSheet();
    const dj::OrgImportReport r = importer.validate(table, importer.guessMapping(table.headers));
    CHECK_THROWS_WITH(importer.import(r, false), Catch::Contains("Nothing was imported: 13 of 15"));
    CHECK(treeOf(*t) == before);

    const QStringList ids = importer.import(r, true);
    CHECK(ids.size() == 2);
    const dj::Organization zz = t.orgs.byCode(QStringLiteral("N-ZZ"));
    const dj::Organization zb = t.orgs.byCode(QStringLiteral("N-ZB"));
    CHECK(ids == QStringList{zz.id, zb.id}); // the parent first
    CHECK(zz.parentId == t.organ);
    CHECK(zz.type == dj::OrgType::GeneralBranch);
    CHECK(zz.establishedOn == QDate(2020, 3, 1));
    CHECK(zz.termYears == 5);
    CHECK(zb.parentId == zz.id);
    CHECK(zb.termYears == dj::vocab::defaultTermYears(dj::OrgType::Branch));
    CHECK(treeOf(*t).size() == before.size() + 2);
}

TEST_CASE("a row that fails on insert rolls the organisation import back", "[import]")
{
    SmallTree t;
    const auto before = treeOf(*t);
    dj::OrgImport importer(*t);
    const dj::SheetTable table =
        sheet({{s("新党总支"), s("N-ZZ"), s("党总支"), s("SW-JG")},
               {s("新党支部"), s("N-ZB"), s("党支部"), s("N-ZZ")}});
    dj::OrgImportReport r = importer.validate(table, importer.guessMapping(table.headers));
    REQUIRE(r.problemCount() == 0);
    r.rows[1].org.code = QStringLiteral("SW-ZB01"); // as if another user took the code meanwhile
    CHECK_THROWS_WITH(importer.import(r, false), Catch::Contains("Row 3:"));
    CHECK(treeOf(*t) == before);
}
