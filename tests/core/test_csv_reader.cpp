// CsvReader: the encodings and dialects that WPS, Excel and scripts write.
#include <catch2/catch.hpp>

#include "common/Error.h"
#include "sheet/CsvReader.h"
#include "sheet/SheetFile.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

namespace {
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE("a GBK CSV as WPS and Excel on Chinese Windows save it", "[import]")
{
    const QString path = QStringLiteral(DJ_FIXTURES "/import/people_gbk.csv");
    CHECK(dj::CsvReader::detectEncoding(path) == "GB18030");
    int first = 0;
    const dj::SheetTable t = dj::CsvReader::read(path, &first);
    CHECK(first == 2);
    REQUIRE(t.headers.size() == 9);
    CHECK(t.headers.at(1) == QStringLiteral("姓名"));
    CHECK(t.headers.at(8) == QStringLiteral("所在党支部"));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(1).at(1).toString() == QStringLiteral("李四"));
    CHECK(t.rows.at(1).at(6).toString() == QStringLiteral("138 0000 0002"));
    CHECK(t.rows.at(0).at(7).toString() == QStringLiteral("2005年7月1日"));
}

TEST_CASE("UTF-8 with and without BOM, UTF-16, delimiters, quotes and line breaks in cells",
          "[import]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(
        "姓名;备注;性别\r\n\"王 \"\"小\"\" 五\";\"第一行\n第二行\";男\r\n赵六;;女\r\n");
    const QString bom = write(dir, QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + text.toUtf8());
    CHECK(dj::CsvReader::detectEncoding(bom) == "UTF-8");
    dj::SheetTable t = dj::CsvReader::read(bom);
    CHECK(t.headers ==
          QStringList{QStringLiteral("姓名"), QStringLiteral("备注"), QStringLiteral("性别")});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0).at(0).toString() == QStringLiteral("王 \"小\" 五"));
    CHECK(t.rows.at(0).at(1).toString() == QStringLiteral("第一行\n第二行"));
    CHECK(t.rows.at(1).at(2).toString() == QStringLiteral("女"));
    CHECK_FALSE(t.rows.at(1).at(1).isValid()); // an empty cell

    const QString plain =
        write(dir, QStringLiteral("plain.csv"), QStringLiteral("姓名,性别\n张三,男").toUtf8());
    CHECK(dj::CsvReader::detectEncoding(plain) == "UTF-8");
    t = dj::CsvReader::read(plain);
    REQUIRE(t.rows.size() == 1); // no line break at the end
    CHECK(t.rows.at(0).at(1).toString() == QStringLiteral("男"));

    // Excel's "Unicode text": UTF-16 with a BOM, tab-separated.
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QString tabs = write(dir, QStringLiteral("unicode.txt"),
                               utf16(QStringLiteral("姓名\t性别\t民族\n张三\t男\t汉族\n")));
    t = dj::SheetFile::read(tabs);
    CHECK(t.headers.size() == 3);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).at(2).toString() == QStringLiteral("汉族"));
}

TEST_CASE("the delimiter is sniffed from the first lines", "[import]")
{
    CHECK(dj::CsvReader::sniffDelimiter(u"a,b,c\n1,2,3\n") == QLatin1Char(','));
    CHECK(dj::CsvReader::sniffDelimiter(u"a;b;c\n1;2,5;3\n") == QLatin1Char(';'));
    CHECK(dj::CsvReader::sniffDelimiter(u"a\tb\n\"x,y,z\"\t2\n") == QLatin1Char('\t'));
    CHECK(dj::CsvReader::sniffDelimiter(u"onlyone\n") == QLatin1Char(','));
}

TEST_CASE("a title row above the header is skipped, a formula guard ' is dropped", "[import]")
{
    QTemporaryDir dir;
    const QString path =
        write(dir, QStringLiteral("title.csv"),
              QStringLiteral(
                  "党员花名册,,,\n,,,\n姓名,性别,联系电话,备注\n张三,男,'+8613800000001,'=1+1\n")
                  .toUtf8());
    int first = 0;
    const dj::SheetTable t = dj::CsvReader::read(path, &first);
    CHECK(first == 4);
    CHECK(t.headers.first() == QStringLiteral("姓名"));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).at(2).toString() == QStringLiteral("+8613800000001"));
    CHECK(t.rows.at(0).at(3).toString() == QStringLiteral("=1+1"));
}

TEST_CASE("bad CSV input: a cell over 1 MB, binary data, an empty file", "[import]")
{
    QTemporaryDir dir;
    const QString big = write(dir, QStringLiteral("big.csv"),
                              "a,b\n\"" + QByteArray((1 << 20) + 10, 'x') + "\",1\n");
    try {
        dj::SheetFile::read(big);
        FAIL("a cell over 1 MB was read");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Corrupt);
        CHECK(
            e.message() ==
            QStringLiteral(
                "Row 2 of big.csv has a cell of more than 1 MB; such a cell cannot be imported."));
    }
    const QString binary =
        write(dir, QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    try {
        dj::SheetFile::read(binary);
        FAIL("binary data was read");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::NotOurFile);
        CHECK(
            e.message() ==
            QStringLiteral(
                "photo.csv is not a spreadsheet: import an Excel workbook (.xlsx or .xls) or a CSV file."));
    }
    const QString empty = write(dir, QStringLiteral("empty.csv"), {});
    try {
        dj::SheetFile::read(empty);
        FAIL("an empty file was read");
    } catch (const dj::Error &e) {
        CHECK(e.message() == QStringLiteral("empty.csv is empty."));
    }
    const QString blank = write(dir, QStringLiteral("blank.csv"), ",,,\n\n,,\n");
    try {
        dj::SheetFile::read(blank);
        FAIL("a sheet without values was read");
    } catch (const dj::Error &e) {
        CHECK(e.message() == QStringLiteral("The sheet \"blank\" in blank.csv is empty."));
    }
}
