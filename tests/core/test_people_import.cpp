// PeopleImport: the column guess, every reason a row is refused, and the all-or-nothing
// transaction (see tests/fixtures/import for the sheets).
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "common/Error.h"
#include "demo/DemoGenerator.h"
#include "sheet/CellParser.h"
#include "sheet/PeopleImport.h"
#include "sheet/SheetFile.h"
#include "sheet/TableExport.h"
#include "storage/Query.h"

namespace {
const QString kDir = QStringLiteral(DJ_FIXTURES "/import/");

QString id(const QDate &birth, int seq)
{
    return dj::IdNumber::compose(QStringLiteral("110101"), birth, seq);
}

int people(dj::Database &db)
{
    return dj::Query(db, QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0"))
        .scalar()
        .toInt();
}

// A sheet with the usual header; each row: name, gender, birth, ID, joined, branch, standing
// and 转正时间, which a full member needs: when a row leaves it out and gives a joining date
// more than a year before the test clock's today, it is a year after joining (none for a
// 预备党员).
dj::SheetTable sheet(const QList<QVariantList> &rows)
{
    dj::SheetTable t;
    t.headers = {QStringLiteral("姓名"),     QStringLiteral("性别"),     QStringLiteral("出生日期"),
                 QStringLiteral("身份证号"), QStringLiteral("入党时间"), QStringLiteral("所在支部"),
                 QStringLiteral("党员类别"), QStringLiteral("转正时间")};
    for (QVariantList row : rows) {
        const bool probationary = row.size() > 6 && row.at(6).toString() == QStringLiteral("预备党员");
        if (row.size() > 4 && row.size() < 8 && row.at(4).typeId() == QMetaType::QDate && !probationary &&
            row.at(4).toDate().addYears(1) <= QDate(2026, 11, 24)) {
            while (row.size() < 7)
                row.append(QVariant());
            row.append(row.at(4).toDate().addYears(1));
        }
        t.rows.append(row);
    }
    return t;
}

QStringList problemsOf(const dj::ImportReport &r, int sheetRow)
{
    for (const dj::ImportRow &row : r.rows) {
        if (row.sheetRow == sheetRow)
            return row.problems;
    }
    FAIL("no row " << sheetRow);
    return {};
}

bool anyContains(const QStringList &list, const QString &part)
{
    for (const QString &s : list) {
        if (s.contains(part))
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("the mapping is guessed from the header names officers use", "[import]")
{
    using F = dj::PersonField;
    dj::PeopleMapping m = dj::PeopleImport::guessMapping(
        {QStringLiteral("序号"), QStringLiteral("名字"), QStringLiteral("性 别"),
         QStringLiteral("民族"), QStringLiteral("* 出生年月"),
         QStringLiteral("公民身份号码（18位）"), QStringLiteral("手机号码"),
         QStringLiteral("文化程度"), QStringLiteral("工作单位"), QStringLiteral("所在部门"),
         QStringLiteral("职务"), QStringLiteral("人员类别"), QStringLiteral("入党日期"),
         QStringLiteral("转正日期"), QStringLiteral("党员所在党支部"), QStringLiteral("党务干部"),
         QStringLiteral("备注")});
    CHECK(m.column(F::Name) == 1);
    CHECK(m.column(F::Gender) == 2);
    CHECK(m.column(F::Ethnicity) == 3);
    CHECK(m.column(F::BirthDate) == 4);
    CHECK(m.column(F::IdNumber) == 5);
    CHECK(m.column(F::Phone) == 6);
    CHECK(m.column(F::Education) == 7);
    CHECK(m.column(F::WorkUnit) == 8);
    CHECK(m.column(F::Department) == 9);
    CHECK(m.column(F::Position) == 10);
    CHECK(m.column(F::Standing) == 11);
    CHECK(m.column(F::JoinedOn) == 12);
    CHECK(m.column(F::FullMemberOn) == 13);
    CHECK(m.column(F::Branch) == 14);
    CHECK(m.column(F::Cadre) == 15);

    m = dj::PeopleImport::guessMapping({QStringLiteral("Name"), QStringLiteral("Date of birth"),
                                        QStringLiteral("ID Number"), QStringLiteral("Branch"),
                                        QStringLiteral("Sex"), QStringLiteral("Joined")});
    CHECK(m.column(F::Name) == 0);
    CHECK(m.column(F::BirthDate) == 1);
    CHECK(m.column(F::IdNumber) == 2);
    CHECK(m.column(F::Branch) == 3);
    CHECK(m.column(F::Gender) == 4);
    CHECK(m.column(F::JoinedOn) == 5);
    CHECK(m.column(F::Phone) == -1);

    // A short word inside a longer header is not taken ("学历类别" is not 党员类别).
    m = dj::PeopleImport::guessMapping(
        {QStringLiteral("姓名"), QStringLiteral("学历类别"), QStringLiteral("身份证")});
    CHECK(m.column(F::Standing) == -1);
    CHECK(m.column(F::IdNumber) == 2);
}

TEST_CASE("a mapping without names or with a column twice is refused", "[import]")
{
    SmallTree t;
    dj::PeopleMapping m;
    m.setColumn(dj::PersonField::Gender, 1);
    try {
        dj::PeopleImport(*t).validate(sheet({}), m);
        FAIL("validated without a name column");
    } catch (const dj::Error &e) {
        CHECK(e.message() == QStringLiteral("Choose the column that holds the names (Name)."));
    }
    m.setColumn(dj::PersonField::Name, 1);
    try {
        dj::PeopleImport(*t).validate(sheet({}), m);
        FAIL("validated with one column for two fields");
    } catch (const dj::Error &e) {
        CHECK(e.message() ==
              QStringLiteral("Column B (性别) is chosen for both Name and Gender; choose one."));
    }
}

TEST_CASE("dates as officers write them", "[import]")
{
    const QString what = QStringLiteral("Birth date");
    const QDate d(1985, 3, 2);
    for (const QVariant &v :
         {QVariant(d), QVariant(QStringLiteral("1985-03-02")), QVariant(QStringLiteral("1985/3/2")),
          QVariant(QStringLiteral("1985.3.2")), QVariant(QStringLiteral("19850302")),
          QVariant(QStringLiteral("1985年3月2日")), QVariant(QStringLiteral("１９８５年３月２日")),
          QVariant(QStringLiteral("1985-03-02 00:00:00")), QVariant(qint64(19850302)),
          QVariant(31108)}) {
        INFO(v.toString().toStdString());
        const dj::CellParser::Date r = dj::CellParser::date(v, what);
        CHECK(r.problem.isEmpty());
        CHECK(r.date == d);
        CHECK_FALSE(r.monthOnly);
    }
    for (const QVariant &v :
         {QVariant(QStringLiteral("1985.03")), QVariant(QStringLiteral("1985年3月")),
          QVariant(QStringLiteral("198503")), QVariant(1985.03),
          QVariant(QStringLiteral("1985-3"))}) {
        INFO(v.toString().toStdString());
        const dj::CellParser::Date r = dj::CellParser::date(v, what);
        CHECK(r.date == QDate(1985, 3, 1));
        CHECK(r.monthOnly);
    }
    CHECK(dj::CellParser::date(QStringLiteral("1985.10"), what).date == QDate(1985, 10, 1));
    CHECK(
        dj::CellParser::date(1985.1, what).problem.contains(QStringLiteral("January and October")));
    CHECK(
        dj::CellParser::date(QStringLiteral("1985"), what).problem ==
        QStringLiteral(
            "Birth date \"1985\" gives only a year; write the month too (1985-03 or 1985-03-02)."));
    CHECK(dj::CellParser::date(QStringLiteral("三月"), what).problem ==
          QStringLiteral("Birth date \"三月\" is not a date; write it like 1985-03-02."));
    CHECK(dj::CellParser::date(QStringLiteral("1985-02-30"), what).problem ==
          QStringLiteral("Birth date \"1985-02-30\" is not a real date."));
    CHECK_FALSE(dj::CellParser::date(QVariant(), what).date.isValid());
    CHECK(dj::CellParser::date(QVariant(), what).problem.isEmpty());
}

TEST_CASE("every kind of bad row is reported with its reason", "[import]")
{
    SmallTree t;
    const QDate b(1980, 5, 6);
    t.person(QStringLiteral("已有"), t.branch1, 71); // ID 110101 19800506 071x is taken
    const QString ob = QStringLiteral("办公室党支部");
    const dj::SheetTable s = sheet({
        {QStringLiteral("正常"), QStringLiteral("男"), b, id(b, 13), QDate(2005, 7, 1), ob,
         QStringLiteral("正式党员")},                                            // 2
        {QVariant(), QStringLiteral("男"), b, id(b, 15), QDate(2005, 7, 1), ob}, // 3
        {QStringLiteral("错号"), QStringLiteral("男"), b,
         id(b, 17).left(17) + QLatin1Char(id(b, 17).endsWith(QLatin1Char('0')) ? '1' : '0'),
         QDate(2005, 7, 1), ob},                                                             // 4
        {QStringLiteral("性别"), QStringLiteral("女"), b, id(b, 19), QDate(2005, 7, 1), ob}, // 5
        {QStringLiteral("生日"), QStringLiteral("男"), QDate(1981, 5, 6), id(b, 21),
         QDate(2005, 7, 1), ob}, // 6
        {QStringLiteral("无支部"), QStringLiteral("男"), b, id(b, 23), QDate(2005, 7, 1),
         QStringLiteral("不存在的支部")},                                                    // 7
        {QStringLiteral("将来"), QStringLiteral("男"), b, id(b, 25), QDate(2027, 1, 1), ob}, // 8
        {QStringLiteral("乱写"), QStringLiteral("男"), b, id(b, 27), QStringLiteral("去年"),
         ob},                                                                                  // 9
        {QStringLiteral("重复甲"), QStringLiteral("男"), b, id(b, 29), QDate(2005, 7, 1), ob}, // 10
        {QStringLiteral("重复乙"), QStringLiteral("男"), b, id(b, 29), QDate(2005, 7, 1), ob}, // 11
        {QStringLiteral("已存在"), QStringLiteral("男"), b, id(b, 71), QDate(2005, 7, 1), ob}, // 12
        {QStringLiteral("总支"), QStringLiteral("男"), b, id(b, 31), QDate(2005, 7, 1),
         QStringLiteral("SW-ZZ1")}, // 13
        {},                         // 14: empty, skipped
        {QStringLiteral("类别"), QStringLiteral("男"), b, id(b, 33), QDate(2005, 7, 1), ob,
         QStringLiteral("积极分子")},                                                 // 15
        {QStringLiteral("无性别"), QVariant(), b, QVariant(), QDate(2005, 7, 1), ob}, // 16
    });
    const dj::ImportReport r =
        dj::PeopleImport(*t).validate(s, dj::PeopleImport::guessMapping(s.headers));
    REQUIRE(r.rows.size() == 14);
    CHECK(r.validCount() == 1);
    CHECK(problemsOf(r, 2).isEmpty());
    CHECK(problemsOf(r, 3) == QStringList{QStringLiteral("The name is missing.")});
    CHECK(problemsOf(r, 4).first().startsWith(
        QStringLiteral("The check digit of the ID number is wrong")));
    CHECK(problemsOf(r, 5) ==
          QStringList{QStringLiteral(
              "The ID number (digit 17 is odd) is a man's, but the gender entered is female.")});
    CHECK(problemsOf(r, 6) ==
          QStringList{QStringLiteral("The ID number gives the birth date 1980-05-06, but the birth "
                                     "date entered is 1981-05-06.")});
    CHECK(problemsOf(r, 7) ==
          QStringList{QStringLiteral("There is no branch \"不存在的支部\" in the data file (give "
                                     "its name, short name or code).")});
    CHECK(problemsOf(r, 8) ==
          QStringList{QStringLiteral("Joined the Party 2027-01-01 is in the future.")});
    CHECK(problemsOf(r, 9) ==
          QStringList{QStringLiteral(
              "Joined the Party \"去年\" is not a date; write it like 1985-03-02.")});
    CHECK(problemsOf(r, 10) ==
          QStringList{QStringLiteral("The same ID number is also in row 11.")});
    CHECK(problemsOf(r, 11) ==
          QStringList{QStringLiteral("The same ID number is also in row 10.")});
    CHECK(problemsOf(r, 12) ==
          QStringList{
              QStringLiteral("The ID number is already recorded in the data file, for 已有.")});
    CHECK(problemsOf(r, 13) ==
          QStringList{QStringLiteral("Members are registered in a party branch; 服务中心党总支 is "
                                     "a General party branch.")});
    CHECK(problemsOf(r, 15) ==
          QStringList{QStringLiteral(
              "The member category \"积极分子\" is neither 正式党员 nor 预备党员.")});
    CHECK(problemsOf(r, 16) ==
          QStringList{QStringLiteral(
              "The gender is missing, and there is no valid ID number to take it from.")});

    // Nothing is imported while any row is bad, unless the valid rows alone are asked for.
    const int before = people(*t);
    try {
        dj::PeopleImport(*t).import(r, false);
        FAIL("imported with bad rows");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Invalid);
        CHECK(e.message() == QStringLiteral("Nothing was imported: 13 of 14 rows have problems "
                                            "(the first, row 3: The name is missing.)."));
    }
    CHECK(people(*t) == before);
    const dj::PeopleImport::Outcome out = dj::PeopleImport(*t).import(r, true);
    CHECK(out.personIds.size() == 1);
    CHECK(people(*t) == before + 1);
}

TEST_CASE("gender and birth date come from the ID number when the sheet leaves them out",
          "[import]")
{
    SmallTree t;
    const QDate b(1992, 8, 9);
    dj::SheetTable s =
        sheet({{QStringLiteral("张 三"), QVariant(), QVariant(), id(b, 42),
                QStringLiteral("2015.07"), QStringLiteral("SW-ZB01"), QVariant(), QStringLiteral("2016.07")},
               {QStringLiteral("李四"), QVariant(), QStringLiteral("1992年8月"),
                id(b, 43).toLower(), QDate(2026, 6, 1), QStringLiteral("中共办公室党支部")}});
    const dj::ImportReport r =
        dj::PeopleImport(*t).validate(s, dj::PeopleImport::guessMapping(s.headers), 5);
    REQUIRE(r.rows.size() == 2);
    REQUIRE(r.validCount() == 2);
    const dj::Person &a = r.rows.at(0).person;
    CHECK(r.rows.at(0).sheetRow == 5);
    CHECK(a.name == QStringLiteral("张三")); // the aligning space is not part of the name
    CHECK(a.gender == QLatin1Char('F'));     // digit 17 of ...042x is even
    CHECK(a.birthDate == b);
    CHECK(a.joinedOn == QDate(2015, 7, 1));
    CHECK(a.standing == dj::Standing::Full);
    CHECK(a.branchId == t.branch1);
    CHECK(r.rows.at(0).memberSince == QDate(2015, 7, 1));
    const dj::Person &l = r.rows.at(1).person;
    CHECK(l.gender == QLatin1Char('M'));
    CHECK(l.birthDate == b); // the month from the sheet, the day from the ID number
    CHECK(l.idNumber.endsWith(id(b, 43).right(1)));
    CHECK(l.standing == dj::Standing::Probationary); // joined within the year, no category given

    const dj::PeopleImport::Outcome out = dj::PeopleImport(*t).import(r, false);
    REQUIRE(out.personIds.size() == 2);
    const QList<dj::Membership> h = t.people.history(out.personIds.first());
    REQUIRE(h.size() == 1);
    CHECK(h.first().orgId == t.branch1);
    CHECK(h.first().from == QDate(2015, 7, 1));
}

TEST_CASE("rows without a branch go to the chosen default branch", "[import]")
{
    SmallTree t;
    const QDate b(1990, 1, 1);
    const dj::SheetTable s =
        sheet({{QStringLiteral("甲"), QStringLiteral("男"), b, id(b, 51), QDate(2012, 7, 1)}});
    const dj::PeopleMapping m = dj::PeopleImport::guessMapping(s.headers);
    CHECK(dj::PeopleImport(*t).validate(s, m).rows.first().problems ==
          QStringList{QStringLiteral("The branch is missing.")});
    dj::ImportOptions o;
    o.defaultBranchId = t.branch2;
    const dj::ImportReport r = dj::PeopleImport(*t).validate(s, m, 2, o);
    REQUIRE(r.validCount() == 1);
    CHECK(r.rows.first().person.branchId == t.branch2);
}

TEST_CASE("an ID number that Excel stored as a number says why it is wrong", "[import]")
{
    SmallTree t;
    const dj::SheetTable s = sheet({{QStringLiteral("甲"), QStringLiteral("男"), QVariant(),
                                     1.10101198005061e17, QVariant(), QStringLiteral("SW-ZB01")}});
    const dj::ImportReport r =
        dj::PeopleImport(*t).validate(s, dj::PeopleImport::guessMapping(s.headers));
    REQUIRE(r.rows.size() == 1);
    CHECK(anyContains(r.rows.first().problems, QStringLiteral("Excel keeps only 15 digits")));
}

TEST_CASE("the fixtures import: Excel, LibreOffice, inline strings, prefixed, 1904, merged header, "
          "WPS, GBK CSV, old Excel (.xls)",
          "[import]")
{
    for (const QString &name :
         {QStringLiteral("libreoffice_people.xlsx"), QStringLiteral("libreoffice_1904.xlsx"),
          QStringLiteral("inline_strings.xlsx"), QStringLiteral("prefixed.xlsx"),
          QStringLiteral("date1904.xlsx"), QStringLiteral("merged_header.xlsx"),
          QStringLiteral("wps_style.xlsx"), QStringLiteral("people_gbk.csv"),
          QStringLiteral("excel_style.xlsx"), QStringLiteral("people.xls"),
          QStringLiteral("hidden_first.xls"), QStringLiteral("date1904.xls")}) {
        INFO(name.toStdString());
        SmallTree t;
        int first = 0;
        const dj::SheetTable s = dj::SheetFile::read(kDir + name, &first);
        const dj::ImportReport r =
            dj::PeopleImport(*t).validate(s, dj::PeopleImport::guessMapping(s.headers), first);
        const bool excel = name == QLatin1String("excel_style.xlsx");
        // Most of these rosters give no 转正时间 (some rows no 入党时间), which a full member
        // needs: such rows are refused for that alone (and one Excel row for its check digit).
        const QString noFullDate = QStringLiteral("“%1” is empty; a full member (正式党员) has this date.")
                                       .arg(dj::PeopleMapping::label(dj::PersonField::FullMemberOn));
        const QString noJoined = QStringLiteral("“%1” is empty; every member has this date.")
                                     .arg(dj::PeopleMapping::label(dj::PersonField::JoinedOn));
        for (const dj::ImportRow &row : r.rows) {
            INFO(row.sheetRow << ": " << row.problems.join(QLatin1Char(' ')).toStdString());
            QStringList others = row.problems;
            others.removeAll(noFullDate);
            others.removeAll(noJoined);
            CHECK((others.isEmpty() || (excel && row.sheetRow == 5)));
            if (row.person.standing == dj::Standing::Full && !row.person.fullMemberOn.isValid())
                CHECK_FALSE(row.ok());
        }
        CHECK(r.rows.first().person.name == QStringLiteral("张三"));
        CHECK(r.rows.first().person.birthDate == QDate(1980, 5, 6));
        CHECK(r.rows.first().person.branchId == t.branch1);
        const int before = people(*t);
        CHECK(dj::PeopleImport(*t).import(r, true).personIds.size() == r.validCount());
        CHECK(people(*t) == before + r.validCount());
        if (excel)
            CHECK(problemsOf(r, 5).first().startsWith(
                QStringLiteral("The check digit of the ID number is wrong")));
    }
}

TEST_CASE("the import is one transaction: a late failure or a cancel adds nobody", "[import]")
{
    SmallTree t;
    QList<QVariantList> rows;
    for (int i = 0; i < 450; ++i) {
        const QDate b = QDate(1970, 1, 1).addDays(i * 17);
        rows.append({QStringLiteral("人%1").arg(i), QVariant(), QVariant(), id(b, 100 + i),
                     b.addYears(20), QStringLiteral("SW-ZB01")});
    }
    const dj::SheetTable s = sheet(rows);
    const dj::ImportReport r =
        dj::PeopleImport(*t).validate(s, dj::PeopleImport::guessMapping(s.headers));
    REQUIRE(r.validCount() == 450);
    const int before = people(*t);

    // Cancelled after the first 200 rows were inserted.
    int calls = 0;
    const dj::PeopleImport::Outcome cancelled =
        dj::PeopleImport(*t).import(r, false, [&](int, int) { return ++calls < 2; });
    CHECK(cancelled.cancelled);
    CHECK(cancelled.personIds.isEmpty());
    CHECK(people(*t) == before);

    // Someone recorded row 400's person meanwhile: the whole import rolls back, naming the row.
    dj::Person p = r.rows.at(398).person;
    p.id.clear();
    t.people.insert(p);
    try {
        dj::PeopleImport(*t).import(r, false);
        FAIL("imported a duplicate");
    } catch (const dj::Error &e) {
        CHECK(e.message().startsWith(
            QStringLiteral("Row 400: The ID number is already recorded for 人398.")));
        CHECK(e.message().endsWith(QStringLiteral("Nothing was imported.")));
    }
    CHECK(people(*t) == before + 1);
}

TEST_CASE("round trip: the demo people exported to .xlsx and .csv import again unchanged",
          "[import]")
{
    for (const QString &ext : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        INFO(ext.toStdString());
        TempDb t;
        dj::DemoGenerator::generate(*t, dj::DemoGenerator::Scale::Department);
        const QString path = t.path(QStringLiteral("people.") + ext);
        REQUIRE(dj::TableExport::write(*t, dj::TableExport::Table::People, {}, path));
        dj::PersonRepository repo(*t);
        QHash<QString, dj::Person> before; // by ID number
        for (const dj::PersonRow &row : repo.rows(repo.matches({}))) {
            before.insert(row.idNumber, repo.get(row.id));
            repo.remove(row.id);
        }
        REQUIRE(before.size() > 100);

        int first = 0;
        const dj::SheetTable s = dj::SheetFile::read(path, &first);
        const dj::PeopleMapping m = dj::PeopleImport::guessMapping(s.headers);
        CHECK(s.headers.at(m.column(dj::PersonField::Branch)) == QStringLiteral("Branch code"));
        const dj::ImportReport r = dj::PeopleImport(*t).validate(s, m, first);
        for (const dj::ImportRow &row : r.rows) {
            INFO(row.sheetRow << ": " << row.problems.join(QLatin1Char(' ')).toStdString());
            CHECK(row.ok());
        }
        REQUIRE(r.rows.size() == before.size());
        REQUIRE(dj::PeopleImport(*t).import(r, false).personIds.size() == before.size());
        for (const dj::PersonRow &row : repo.rows(repo.matches({}))) {
            const dj::Person now = repo.get(row.id);
            REQUIRE(before.contains(now.idNumber));
            const dj::Person &was = before.value(now.idNumber);
            INFO(was.name.toStdString());
            CHECK(now.name == was.name);
            CHECK(now.gender == was.gender);
            CHECK(now.ethnicity == was.ethnicity);
            CHECK(now.birthDate == was.birthDate);
            CHECK(now.joinedOn == was.joinedOn);
            CHECK(now.fullMemberOn == was.fullMemberOn);
            CHECK(now.standing == was.standing);
            CHECK(now.branchId == was.branchId);
            CHECK(now.education == was.education);
            CHECK(now.workUnit == was.workUnit);
            CHECK(now.position == was.position);
            CHECK(now.phone == was.phone);
        }
    }
}

TEST_CASE("a row without the date of joining, or a full member's without 转正时间, is refused", "[import]")
{
    SmallTree t;
    const QString ob = QStringLiteral("办公室党支部");
    dj::SheetTable s;
    s.headers = {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("入党时间"), QStringLiteral("转正时间"),
                 QStringLiteral("所在支部"), QStringLiteral("党员类别")};
    s.rows = {
        {QStringLiteral("无入党"), QStringLiteral("男"), QVariant(), QDate(2006, 7, 1), ob, QStringLiteral("正式党员")},  // 2
        {QStringLiteral("无转正"), QStringLiteral("男"), QDate(2005, 7, 1), QVariant(), ob, QStringLiteral("正式党员")},  // 3
        {QStringLiteral("预备无"), QStringLiteral("女"), QVariant(), QVariant(), ob, QStringLiteral("预备党员")},          // 4
        {QStringLiteral("预备有"), QStringLiteral("女"), QDate(2026, 6, 1), QVariant(), ob, QStringLiteral("预备党员")},  // 5
        {QStringLiteral("正式有"), QStringLiteral("男"), QDate(2005, 7, 1), QDate(2006, 7, 1), ob, QStringLiteral("正式党员")}, // 6
    };
    const dj::ImportReport r = dj::PeopleImport(*t).validate(s, dj::PeopleImport::guessMapping(s.headers));
    REQUIRE(r.rows.size() == 5);
    const QString joined = dj::PeopleMapping::label(dj::PersonField::JoinedOn);
    const QString full = dj::PeopleMapping::label(dj::PersonField::FullMemberOn);
    CHECK(problemsOf(r, 2) == QStringList{QStringLiteral("“%1” is empty; every member has this date.").arg(joined)});
    CHECK(problemsOf(r, 3) == QStringList{QStringLiteral("“%1” is empty; a full member (正式党员) has this date.").arg(full)});
    CHECK(problemsOf(r, 4) == QStringList{QStringLiteral("“%1” is empty; every member has this date.").arg(joined)});
    CHECK(problemsOf(r, 5).isEmpty());
    CHECK(problemsOf(r, 6).isEmpty());
    CHECK(r.validCount() == 2);
    CHECK_THROWS_WITH(dj::PeopleImport(*t).import(r, false), Catch::Contains("row 2: “") && Catch::Contains(joined.toStdString()));
    CHECK(people(*t) == 0);
}
