// XlsxReader over workbooks as Excel, WPS, LibreOffice and .NET writers make them (small
// committed fixtures, see tests/fixtures/import), and over hostile input made at test time.
#include <catch2/catch.hpp>

#include "ZipMaker.h"
#include "ErrorOf.h"
#include "common/Error.h"
#include "sheet/SheetFile.h"
#include "sheet/XlsxNumberFormat.h"
#include "sheet/XlsxReader.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

namespace {
const QString kDir = QStringLiteral(DJ_FIXTURES "/import/");
const QString kZhang = QStringLiteral("110101198005060138");

dj::SheetTable read(const QString &name, int *first = nullptr)
{
    return dj::XlsxReader::read(kDir + name, first);
}

} // namespace

TEST_CASE("shared strings with rich-text runs, a merged title, built-in and custom date formats",
          "[import]")
{
    int first = 0;
    const dj::SheetTable t = read(QStringLiteral("excel_style.xlsx"), &first);
    CHECK(t.name == QStringLiteral("党员"));
    // Row 1 is a title merged over the columns; the header is row 2, and its rich-text "姓名"
    // is the runs joined without the phonetic guide.
    CHECK(first == 3);
    REQUIRE(t.headers.size() == 9);
    CHECK(t.headers.at(0) == QStringLiteral("姓名"));
    CHECK(t.headers.at(7) == QStringLiteral("所在党支部"));
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0).at(0) == QVariant(QStringLiteral("张三")));
    CHECK(t.rows.at(0).at(3) == QVariant(QDate(1980, 5, 6))); // numFmtId 14
    CHECK(t.rows.at(0).at(6) == QVariant(QDate(2005, 7, 1))); // yyyy"年"m"月"d"日"
    CHECK(t.rows.at(0).at(4).toString() == kZhang);
}

TEST_CASE("inline strings, and rows and cells without an r attribute", "[import]")
{
    int first = 0;
    const dj::SheetTable t = read(QStringLiteral("inline_strings.xlsx"), &first);
    CHECK(first == 2);
    REQUIRE(t.headers.size() == 9);
    CHECK(t.headers.at(4) == QStringLiteral("身份证号码"));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0).at(0).toString() ==
          QStringLiteral("张三")); // two runs <r><t>张</t></r><r><t>三</t></r>
    CHECK(t.rows.at(0).at(3) == QVariant(QDate(1980, 5, 6)));
    CHECK(t.rows.at(1).at(7).toString() == QStringLiteral("SW-ZB02"));
    CHECK(t.rows.at(1).at(8).toString() == QStringLiteral("预备党员"));
}

TEST_CASE("a prefixed namespace (x:row, x:c) as .NET writers produce", "[import]")
{
    const dj::SheetTable t = read(QStringLiteral("prefixed.xlsx"));
    REQUIRE(t.headers.size() == 9);
    CHECK(t.headers.at(0) == QStringLiteral("姓名"));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).at(3) == QVariant(QDate(1980, 5, 6)));   // custom yyyy\-mm\-dd
    CHECK(t.rows.at(0).at(5) == QVariant(qint64(13800000001))); // a plain number stays a number
}

TEST_CASE("the 1904 date system", "[import]")
{
    const dj::SheetTable t = read(QStringLiteral("date1904.xlsx"));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).at(3) == QVariant(QDate(1980, 5, 6)));
    CHECK(t.rows.at(0).at(5) == QVariant(QDate(2005, 7, 1))); // the time of day (.5) is dropped
}

TEST_CASE("files written by LibreOffice Calc, in the 1900 and the 1904 date systems", "[import]")
{
    // Made by LibreOffice itself from flat ODS (tests/fixtures/import/libreoffice_fixtures.py).
    for (const char *name : {"libreoffice_people.xlsx", "libreoffice_1904.xlsx"}) {
        INFO(name);
        const dj::SheetTable t = read(QString::fromLatin1(name));
        CHECK(t.name == QStringLiteral("党员信息"));
        CHECK(t.headers.at(4) == QStringLiteral("身份证号"));
        REQUIRE(t.rows.size() == 3);
        CHECK(t.rows.at(0).at(3) == QVariant(QDate(1980, 5, 6)));
        CHECK(t.rows.at(1).at(5) == QVariant(QDate(2010, 6, 30)));
        CHECK(t.rows.at(1).at(4) == QVariant(QStringLiteral("110101198503120025")));
        CHECK(t.rows.at(2).at(7) == QVariant(qint64(13800000003)));
    }
}

TEST_CASE("a two-line header with merged cells, a branch merged down over its members", "[import]")
{
    int first = 0;
    const dj::SheetTable t = read(QStringLiteral("merged_header.xlsx"), &first);
    CHECK(first == 3);
    CHECK(t.headers == QStringList{QStringLiteral("姓名"), QStringLiteral("性别"),
                                   QStringLiteral("民族"), QStringLiteral("出生年月"),
                                   QStringLiteral("身份证号"), QStringLiteral("所在支部")});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(1).at(0).toString() == QStringLiteral("赵六"));
    CHECK(t.rows.at(1).at(5).toString() == QStringLiteral("办公室党支部"));
}

TEST_CASE("WPS: a hidden first sheet, undeclared East Asian date formats, a locale prefix",
          "[import]")
{
    const dj::SheetTable t = read(QStringLiteral("wps_style.xlsx"));
    CHECK(t.name == QStringLiteral("党员信息"));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).at(2) == QVariant(QDate(1980, 5, 6))); // built-in 31, not in styles.xml
    CHECK(t.rows.at(0).at(4) == QVariant(QDate(2005, 7, 1))); // [$-804]yyyy/m/d;@
    CHECK(t.rows.at(0).at(6) == QVariant(QDate(2006, 7, 1))); // built-in 57
}

TEST_CASE("a chart sheet before the worksheet is passed over", "[import]")
{
    QTemporaryDir dir;
    auto entries = ziptest::workbook(
        "<row>" + ziptest::inlineCell("姓名") + ziptest::inlineCell("性别") + "</row><row>" +
        ziptest::inlineCell("张三") + ziptest::inlineCell("男") + "</row>");
    entries[1].second.replace("<sheets>",
                              "<sheets><sheet name=\"图表\" sheetId=\"2\" r:id=\"rId2\"/>");
    entries[2].second.replace(
        "</Relationships>",
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>");
    entries.append(qMakePair(QByteArray("xl/chartsheets/sheet1.xml"), QByteArray("<chartsheet/>")));
    const QString path = dir.filePath(QStringLiteral("chart.xlsx"));
    REQUIRE(ziptest::writeZip(path, entries));
    const dj::SheetTable t = dj::XlsxReader::read(path);
    CHECK(t.name == QStringLiteral("Sheet1"));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).at(0).toString() == QStringLiteral("张三"));
}

TEST_CASE("number formats: which numbers are dates", "[import]")
{
    using F = dj::XlsxNumberFormat;
    CHECK(F::classify(14, {}) == F::Kind::Date);
    CHECK(F::classify(22, {}) == F::Kind::Date);
    CHECK(F::classify(31, {}) == F::Kind::Date);
    CHECK(F::classify(20, {}) == F::Kind::Time);
    CHECK(F::classify(0, {}) == F::Kind::Number);
    CHECK(F::classify(49, {}) == F::Kind::Number);
    CHECK(F::classifyCode(QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")) == F::Kind::Date);
    CHECK(F::classifyCode(QStringLiteral("[$-F800]dddd, mmmm dd, yyyy")) == F::Kind::Date);
    CHECK(F::classifyCode(QStringLiteral("yyyy-mm-dd hh:mm")) == F::Kind::Date);
    CHECK(F::classifyCode(QStringLiteral("h:mm:ss")) == F::Kind::Time);
    CHECK(F::classifyCode(QStringLiteral("[h]:mm")) == F::Kind::Time);
    CHECK(F::classifyCode(QStringLiteral("0\"天\"")) ==
          F::Kind::Number); // quoted text is not a code
    CHECK(F::classifyCode(QStringLiteral("\"day\"0")) == F::Kind::Number);
    CHECK(F::classifyCode(QStringLiteral("[Red]0.00;[Blue]-0.00")) == F::Kind::Number);
    CHECK(F::classifyCode(QStringLiteral("0.00E+00")) == F::Kind::Number);
    CHECK(F::classifyCode(QStringLiteral("General")) == F::Kind::Number);
    CHECK(F::dateFromSerial(1, false) == QDate(1900, 1, 1));
    CHECK(F::dateFromSerial(59, false) == QDate(1900, 2, 28));
    CHECK(F::dateFromSerial(61, false) == QDate(1900, 3, 1));
    CHECK(F::dateFromSerial(45000, false) == QDate(2023, 3, 15));
    CHECK(F::dateFromSerial(0, true) == QDate(1904, 1, 1));
    CHECK(F::dateFromSerial(43538, true) == QDate(2023, 3, 15));
}

TEST_CASE("an empty sheet, a file that is not a zip, an old .xls", "[import]")
{
    const dj::SheetTable empty = read(QStringLiteral("empty.xlsx"));
    CHECK(empty.headers.isEmpty());
    CHECK(empty.rows.isEmpty());
    dj::Error e = errorOf([] { dj::SheetFile::read(kDir + QStringLiteral("empty.xlsx")); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message() == QStringLiteral("The sheet \"Sheet1\" in empty.xlsx is empty."));

    e = errorOf([] { read(QStringLiteral("not_a_zip.xlsx")); });
    CHECK(e.kind() == dj::Error::Kind::NotOurFile);
    CHECK(e.message() == QStringLiteral("not_a_zip.xlsx is not an Excel workbook (.xlsx)."));
    e = errorOf([] { dj::SheetFile::read(kDir + QStringLiteral("not_a_zip.xlsx")); });
    CHECK(e.message() == QStringLiteral("not_a_zip.xlsx is not an Excel workbook (.xlsx)."));

    QTemporaryDir dir;
    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    QFile f(xls);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    f.close();
    e = errorOf([&] { dj::SheetFile::read(xls); }); // read with FreeXL now: a damaged header
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message().startsWith(QStringLiteral("old.xls is damaged")));
    CHECK(e.message().contains(QStringLiteral("Excel 97-2003")));

    // A zip that is not a workbook (a .docx, a zipped folder).
    const QString docx = dir.filePath(QStringLiteral("letter.xlsx"));
    REQUIRE(ziptest::writeZip(docx, {{"word/document.xml", "<w:document/>"}}));
    e = errorOf([&] { dj::SheetFile::read(docx); });
    CHECK(e.kind() == dj::Error::Kind::NotOurFile);
    CHECK(e.message() == QStringLiteral("letter.xlsx is not an Excel workbook (.xlsx)."));

    e = errorOf([&] { dj::SheetFile::read(dir.filePath(QStringLiteral("missing.xlsx"))); });
    CHECK(e.kind() == dj::Error::Kind::NotFound);
}

TEST_CASE("a zip bomb is refused before it is inflated", "[import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    // 64 MB of one repeated row compresses more than 1000 times.
    QByteArray rows;
    const QByteArray row =
        "<row>" + ziptest::inlineCell("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") + "</row>";
    rows.reserve(64 << 20);
    while (rows.size() < (64 << 20))
        rows += row;
    REQUIRE(ziptest::writeZip(path, ziptest::workbook(rows)));
    REQUIRE(QFile(path).size() < (1 << 20));
    const dj::Error e = errorOf([&] { dj::SheetFile::read(path); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message().contains(QStringLiteral("zip bomb")));
}

TEST_CASE("an entry over the size limit, a cell over 1 MB, too many rows", "[import]")
{
    QTemporaryDir dir;
    // A 100 MB cell of one repeated character is first of all a zip bomb.
    const QString huge = dir.filePath(QStringLiteral("huge_cell.xlsx"));
    REQUIRE(ziptest::writeZip(
        huge,
        ziptest::workbook("<row>" + ziptest::inlineCell(QByteArray(100 << 20, 'x')) + "</row>")));
    dj::Error e = errorOf([&] { dj::SheetFile::read(huge); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);

    // 2 MB of text that does not compress well: refused as a cell, while streaming.
    QByteArray noisy;
    quint32 seed = 42;
    for (int i = 0; i < (2 << 20); ++i) {
        seed = seed * 1103515245u + 12345u;
        noisy += char('a' + (seed >> 16) % 26);
    }
    const QString big = dir.filePath(QStringLiteral("big_cell.xlsx"));
    REQUIRE(ziptest::writeZip(big, ziptest::workbook("<row>" + ziptest::inlineCell("姓名") +
                                                     ziptest::inlineCell("x") + "</row><row>" +
                                                     ziptest::inlineCell(noisy) + "</row>")));
    e = errorOf([&] { dj::SheetFile::read(big); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message() ==
          QStringLiteral("A cell holds more than 1 MB of text; such a cell cannot be imported."));
    // The same through the shared strings.
    const QString shared = dir.filePath(QStringLiteral("big_shared.xlsx"));
    REQUIRE(ziptest::writeZip(shared, ziptest::workbook("<row><c t=\"s\"><v>0</v></c></row>",
                                                        "<si><t>" + noisy + "</t></si>")));
    e = errorOf([&] { dj::SheetFile::read(shared); });
    CHECK(e.message().contains(QStringLiteral("more than 1 MB")));

    // Limits are parameters, so the size and row limits are checked on small files.
    dj::XlsxLimits limits;
    limits.maxEntryBytes = 1 << 20;
    e = errorOf([&] { dj::XlsxReader::read(big, nullptr, {}, limits); });
    CHECK(e.message().contains(QStringLiteral("too large to import")));
    QByteArray rows;
    for (int i = 0; i < 30; ++i)
        rows += "<row>" + ziptest::inlineCell("a") + ziptest::inlineCell("b") + "</row>";
    const QString many = dir.filePath(QStringLiteral("many.xlsx"));
    REQUIRE(ziptest::writeZip(many, ziptest::workbook(rows)));
    limits = {};
    limits.maxRows = 20;
    e = errorOf([&] { dj::XlsxReader::read(many, nullptr, {}, limits); });
    CHECK(e.message() ==
          QStringLiteral("many.xlsx has more than 20 rows; split it into smaller files."));
    CHECK(dj::XlsxReader::read(many).rows.size() == 29);

    // Cells far to the right make every row 16,384 cells wide; merged ranges over the whole
    // sheet would fill it: both count against the cell limit.
    QByteArray wide;
    for (int r = 1; r <= 50; ++r)
        wide += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\"><v>1</v></c><c r=\"XFD" + QByteArray::number(r) + "\"><v>2</v></c></row>";
    const QString far = dir.filePath(QStringLiteral("wide.xlsx"));
    REQUIRE(ziptest::writeZip(far, ziptest::workbook(wide)));
    limits = {};
    limits.maxCells = 100000;
    e = errorOf([&] { dj::XlsxReader::read(far, nullptr, {}, limits); });
    CHECK(e.message() ==
          QStringLiteral("wide.xlsx has more than 100000 cells; split it into smaller files."));
    QByteArray narrow = "<row>" + ziptest::inlineCell("a") + ziptest::inlineCell("b") + "</row>";
    for (int r = 2; r <= 400; ++r)
        narrow += "<row>" + ziptest::inlineCell("x") + "</row>";
    auto entries = ziptest::workbook(narrow);
    entries[3].second.replace(
        "</worksheet>", "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>");
    const QString merged = dir.filePath(QStringLiteral("merged.xlsx"));
    REQUIRE(ziptest::writeZip(merged, entries));
    limits.maxCells = 600; // 401 cells read, 399 more to fill
    e = errorOf([&] { dj::XlsxReader::read(merged, nullptr, {}, limits); });
    CHECK(e.message().contains(QStringLiteral("more than 600 cells")));
    const dj::SheetTable filled =
        dj::XlsxReader::read(merged); // filled with "a", within the used columns
    REQUIRE(filled.rows.size() == 399);
    CHECK(filled.rows.last() == QVariantList{QStringLiteral("a"), QStringLiteral("a")});
}

TEST_CASE("reading can be cancelled from the progress callback", "[import]")
{
    QTemporaryDir dir;
    QByteArray rows;
    for (int i = 0; i < 5000; ++i)
        rows += "<row>" + ziptest::inlineCell("a") + ziptest::inlineCell("b") + "</row>";
    const QString path = dir.filePath(QStringLiteral("rows.xlsx"));
    REQUIRE(ziptest::writeZip(path, ziptest::workbook(rows)));
    int calls = 0;
    const dj::Error e = errorOf([&] {
        dj::XlsxReader::read(path, nullptr, [&](qint64 done, qint64 total) {
            CHECK(done <= total);
            return ++calls < 2;
        });
    });
    CHECK(calls == 2);
    CHECK(e.message() == QStringLiteral("Reading the file was cancelled."));
}
