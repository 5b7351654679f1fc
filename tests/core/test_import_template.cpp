// ImportTemplate: the headers are the ones the imports recognise, the example row passes
// their checks and imports into the file it was made for, and the workbook is laid out for
// filling in (frozen header, text columns for ID numbers and codes).
#include "ErrorOf.h"
#include "SmallTree.h"
#include "Unzip.h"
#include "org/IdNumber.h"
#include "sheet/ImportTemplate.h"
#include "sheet/OrgImport.h"
#include "sheet/PeopleImport.h"
#include "sheet/SheetFile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using Table = dj::ImportTemplate::Table;

TEST_CASE("import template: every header maps to its own field", "[import][template]")
{
    const dj::SheetTable people = dj::ImportTemplate::build(Table::People);
    const dj::PeopleMapping pm = dj::PeopleMapping::guess(people.headers);
    REQUIRE(people.headers.size() == dj::PeopleMapping::FieldCount);
    for (int i = 0; i < dj::PeopleMapping::FieldCount; ++i) {
        INFO(people.headers.at(i).toStdString());
        CHECK(pm.column(dj::PeopleMapping::fields().at(i)) == i);
    }
    const dj::SheetTable orgs = dj::ImportTemplate::build(Table::Orgs);
    const dj::OrgMapping om = dj::OrgMapping::guess(orgs.headers);
    REQUIRE(orgs.headers.size() == dj::OrgMapping::FieldCount);
    for (int i = 0; i < dj::OrgMapping::FieldCount; ++i) {
        INFO(orgs.headers.at(i).toStdString());
        CHECK(om.column(dj::OrgMapping::fields().at(i)) == i);
    }
    REQUIRE(people.rows.size() == 1);
    REQUIRE(orgs.rows.size() == 1);
    CHECK(dj::IdNumber::validate(people.rows.first().at(4).toString(), QDate(1990, 5, 12),
                                 QLatin1Char('M'))
              .ok());
}

TEST_CASE("import template: the example imports into the file it was made for, once",
          "[import][template]")
{
    SmallTree t;
    QTemporaryDir dir;
    // The ID number the example would take first is taken already: it picks another.
    const QString taken = dj::ImportTemplate::build(Table::People).rows.first().at(4).toString();
    dj::Person p;
    p.name = QStringLiteral("已有");
    p.gender = QLatin1Char('M');
    p.birthDate = QDate(1990, 5, 12);
    p.idNumber = taken;
    p.branchId = t.branch1;
    p.joinedOn = QDate(2015, 7, 1);
    p.fullMemberOn = QDate(2016, 7, 1); // a full member needs both dates
    t.people.insert(p, QDate(2015, 7, 1));

    const QString people = dir.filePath(QStringLiteral("党员导入模板.xlsx"));
    dj::ImportTemplate::write(Table::People, people, &*t);
    int first = 0;
    const dj::SheetTable sheet = dj::SheetFile::read(people, &first);
    CHECK(first == 2);
    const dj::ImportReport r =
        dj::PeopleImport(*t).validate(sheet, dj::PeopleImport::guessMapping(sheet.headers), first);
    REQUIRE(r.rows.size() == 1);
    INFO(r.rows.first().problems.join(QLatin1Char(' ')).toStdString());
    CHECK(r.rows.first().ok());
    CHECK(r.rows.first().person.idNumber != taken);
    CHECK(r.rows.first().person.branchId == t.branch1); // the file's first branch
    CHECK(dj::PeopleImport(*t).import(r, false).personIds.size() == 1);

    const QString orgs = dir.filePath(QStringLiteral("组织导入模板.xlsx"));
    dj::ImportTemplate::write(Table::Orgs, orgs, &*t);
    const dj::SheetTable orgSheet = dj::SheetFile::read(orgs, &first);
    const dj::OrgImportReport o =
        dj::OrgImport(*t).validate(orgSheet, dj::OrgImport::guessMapping(orgSheet.headers), first);
    REQUIRE(o.rows.size() == 1);
    INFO(o.rows.first().problems.join(QLatin1Char(' ')).toStdString());
    CHECK(o.rows.first().ok());
    CHECK(o.rows.first().org.parentId == t.organ);
    CHECK(dj::OrgImport(*t).import(o, false).size() == 1);
    // A second template of the same file takes a code not used yet.
    dj::ImportTemplate::write(Table::Orgs, orgs, &*t);
    const dj::SheetTable again = dj::SheetFile::read(orgs, &first);
    CHECK(dj::OrgImport(*t)
              .validate(again, dj::OrgImport::guessMapping(again.headers), first)
              .validCount() == 1);
}

TEST_CASE("import template: frozen header, ID and code columns as text, .xlsx only",
          "[import][template]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    dj::ImportTemplate::write(Table::People, path);
    const QByteArray sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("<col min=\"5\" max=\"5\"")); // 身份证号码 has a width of its own
    const QByteArray styles = unzipEntry(path, QStringLiteral("xl/styles.xml"));
    // "@", text: the built-in format 49 or the same code defined anew.
    CHECK((styles.contains("numFmtId=\"49\"") || styles.contains("formatCode=\"@\"")));
    const dj::Error e = errorOf([&] {
        dj::ImportTemplate::write(Table::People, dir.filePath(QStringLiteral("t.csv")));
    });
    CHECK(e.kind() == dj::Error::Kind::Invalid);
    CHECK(!QFile::exists(dir.filePath(QStringLiteral("t.csv"))));
}
