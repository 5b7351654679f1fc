// XlsReader (FreeXL) and XlsSheetList over old Excel workbooks made with xlwt (committed
// fixtures, tests/fixtures/import/xls_fixtures.py), and over damaged or disguised files.
#include <catch2/catch.hpp>

#include "ErrorOf.h"
#include "common/Error.h"
#include "sheet/SheetFile.h"
#include "sheet/XlsReader.h"
#include "sheet/XlsSheetList.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

namespace {
const QString kDir = QStringLiteral(DJ_FIXTURES "/import/");

QByteArray bytesOf(const char *name)
{
    QFile f(kDir + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// The three roster rows every fixture holds, whatever row its header is in.
void checkRoster(const dj::SheetTable &t)
{
    CHECK(t.name == QStringLiteral("党员名册"));
    REQUIRE(t.headers.size() == 10);
    CHECK(t.headers.first() == QStringLiteral("姓名"));
    CHECK(t.headers.at(4) == QStringLiteral("身份证号"));
    CHECK(t.headers.last() == QStringLiteral("备注"));
    REQUIRE(t.rows.size() == 3);
    const QVariantList &zhang = t.rows.at(0);
    CHECK(zhang.at(0) == QVariant(QStringLiteral("张三"))); // a shared string
    CHECK(zhang.at(3) == QVariant(QDate(1980, 5, 6)));      // yyyy-mm-dd
    CHECK(zhang.at(4) == QVariant(QStringLiteral("110101198005060015")));
    CHECK(zhang.at(5) == QVariant(QDate(2005, 7, 1))); // yyyy"年"m"月"d"日"
    CHECK(zhang.at(7).typeId() == QMetaType::LongLong);  // a whole number, exact
    CHECK(zhang.at(7).toLongLong() == 13800000001LL);
    CHECK(zhang.at(8).toDouble() == 92.5);
    CHECK(zhang.size() == 9); // the empty 备注 is not a cell
    const QVariantList &li = t.rows.at(1);
    CHECK(li.at(5) == QVariant(QDate(2010, 6, 30))); // a date and time: the date
    CHECK(li.at(8) == QVariant(qint64(88)));
    CHECK(li.at(9) == QVariant(QStringLiteral("调入")));
    const QVariantList &wang = t.rows.at(2);
    CHECK(!wang.at(2).isValid()); // empty cells in the middle of a row
    CHECK(!wang.at(7).isValid());
    CHECK(wang.at(8).toDouble() == 75.25);
}
} // namespace

TEST_CASE("xls: shared strings, styled dates, numbers, empty cells, a title row", "[import][xls]")
{
    int first = 0;
    const dj::SheetTable t = dj::XlsReader::read(kDir + QStringLiteral("people.xls"), &first);
    CHECK(first == 3); // the merged title in row 1, the header in row 2
    checkRoster(t);
    // SheetFile chooses the reader by the bytes, not the name.
    QTemporaryDir dir;
    const QString renamed = writeFile(dir, QStringLiteral("名册.xlsx"), bytesOf("people.xls"));
    checkRoster(dj::SheetFile::read(renamed, &first));
}

TEST_CASE("xls: the first visible sheet, as for .xlsx; the 1904 date system; the mini stream",
          "[import][xls]")
{
    int first = 0;
    checkRoster(dj::SheetFile::read(kDir + QStringLiteral("hidden_first.xls"), &first));
    CHECK(first == 2);
    checkRoster(dj::SheetFile::read(kDir + QStringLiteral("date1904.xls"), &first));
    // A workbook under 4,096 bytes kept in the compound file's mini stream.
    checkRoster(dj::SheetFile::read(kDir + QStringLiteral("ministream.xls"), &first));
    CHECK(first == 3);

    const dj::XlsSheetList hidden = dj::XlsSheetList::read(bytesOf("hidden_first.xls"));
    CHECK(hidden.status == dj::XlsSheetList::Status::Ok);
    REQUIRE(hidden.sheets.size() == 2);
    CHECK(hidden.sheets.at(0).name == QStringLiteral("下拉列表"));
    CHECK(hidden.sheets.at(0).hidden);
    CHECK(hidden.sheets.at(0).declaredCells == 2);
    CHECK(!hidden.sheets.at(1).hidden);
    CHECK(hidden.sheets.at(1).worksheet);
    CHECK(hidden.sheets.at(1).declaredCells == 40);
    const dj::XlsSheetList two = dj::XlsSheetList::read(bytesOf("people.xls"));
    REQUIRE(two.sheets.size() == 2);
    CHECK(two.sheets.at(1).name == QStringLiteral("填表说明"));
    CHECK(two.declaredCells == 5 * 10 + 1); // both sheets: FreeXL allocates them all
    CHECK(!two.sheets.at(0).hidden);
    CHECK(dj::XlsSheetList::read(QByteArray("PK\x03\x04 not a compound file")).status ==
          dj::XlsSheetList::Status::Damaged);
    CHECK(dj::XlsSheetList::read(bytesOf("not_a_workbook.xls")).status ==
          dj::XlsSheetList::Status::NoWorkbook);
    // FreeXL would decode its scrambled records (and read past a buffer doing so).
    CHECK(dj::XlsSheetList::read(bytesOf("encrypted.xls")).status ==
          dj::XlsSheetList::Status::Encrypted);
}

TEST_CASE("xls: password-protected, damaged, not a workbook, or a web page named .xls",
          "[import][xls]")
{
    dj::Error e = errorOf([] { dj::SheetFile::read(kDir + QStringLiteral("encrypted.xls")); });
    CHECK(e.kind() == dj::Error::Kind::NotOurFile);
    CHECK(e.message() == QStringLiteral("encrypted.xls is protected by a password; open it in WPS "
                                        "or Excel, save a copy without the password and import "
                                        "that."));

    e = errorOf([] { dj::SheetFile::read(kDir + QStringLiteral("truncated.xls")); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message().startsWith(QStringLiteral("truncated.xls is damaged")));

    e = errorOf([] { dj::SheetFile::read(kDir + QStringLiteral("not_a_workbook.xls")); });
    CHECK(e.kind() == dj::Error::Kind::NotOurFile);
    CHECK(e.message().startsWith(
        QStringLiteral("not_a_workbook.xls is an Office file but not an Excel workbook")));

    QTemporaryDir dir;
    // An .xlsx saved with a password is a compound file holding an EncryptedPackage stream.
    QByteArray package = bytesOf("people.xls");
    const QByteArray workbook = QByteArray::fromRawData(
        reinterpret_cast<const char *>(u"Workbook"), 16);
    const QByteArray encrypted = QByteArray::fromRawData(
        reinterpret_cast<const char *>(u"EncryptedPackage"), 32);
    const qsizetype at = package.indexOf(workbook);
    REQUIRE(at > 0);
    package.replace(at, 32, encrypted); // in place: the name field has 64 bytes
    package[at + 0x40] = char(34); // the name's length in bytes, with its terminator
    const QString locked = writeFile(dir, QStringLiteral("加密.xlsx"), package);
    e = errorOf([&] { dj::SheetFile::read(locked); });
    CHECK(e.kind() == dj::Error::Kind::NotOurFile);
    CHECK(e.message().startsWith(QStringLiteral("加密.xlsx is protected by a password")));

    const QString html = writeFile(dir, QStringLiteral("导出.xls"),
                                   "<html><body><table><tr><td>姓名</td></tr></table></body></html>");
    e = errorOf([&] { dj::SheetFile::read(html); });
    CHECK(e.kind() == dj::Error::Kind::NotOurFile);
    CHECK(e.message().startsWith(QStringLiteral("导出.xls is a web page (HTML)")));
    const QString text = writeFile(dir, QStringLiteral("list.xls"), "姓名,性别\n张三,男\n");
    e = errorOf([&] { dj::SheetFile::read(text); });
    CHECK(e.message() == QStringLiteral("list.xls is not an Excel workbook (.xls)."));
    // A compound-file header and nothing else.
    const QString stub = writeFile(dir, QStringLiteral("old.xls"),
                                   QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                       QByteArray(504, '\0'));
    e = errorOf([&] { dj::SheetFile::read(stub); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message().startsWith(QStringLiteral("old.xls is damaged")));
}

TEST_CASE("xls: the size, row, cell and text limits", "[import][xls]")
{
    const QString path = kDir + QStringLiteral("people.xls");
    dj::XlsLimits limits;
    limits.maxRows = 4;
    dj::Error e = errorOf([&] { dj::XlsReader::read(path, nullptr, {}, limits); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message() == QStringLiteral("people.xls has more than 4 rows; split it into smaller "
                                        "files."));
    limits = {};
    limits.maxCells = 20;
    e = errorOf([&] { dj::XlsReader::read(path, nullptr, {}, limits); });
    CHECK(e.message() == QStringLiteral("people.xls has more than 20 cells; split it into smaller "
                                        "files."));
    limits = {};
    limits.maxCellChars = 4; // "服务中心第一党支部" is longer
    e = errorOf([&] { dj::XlsReader::read(path, nullptr, {}, limits); });
    CHECK(e.message().startsWith(QStringLiteral("A cell of people.xls holds more than")));
    limits = {};
    limits.maxFileBytes = 4096;
    e = errorOf([&] { dj::XlsReader::read(path, nullptr, {}, limits); });
    CHECK(e.message().startsWith(QStringLiteral("people.xls is larger than")));
}

TEST_CASE("xls: inputs on which the fuzzer crashed FreeXL never reach it", "[import][xls]")
{
    // tests/fuzz/corpus/xls/bug-*: a directory entry whose name length passes its field
    // (stack overflow in FreeXL's name conversion), a FILEPASS workbook with damaged records
    // (FreeXL decoded them as text), a BOF without its EOF and a LABELSST longer than its
    // 10 bytes (FreeXL leaked memory), a FORMAT declaring more characters than it holds
    // (FreeXL copied past its heap buffer).
    const QString dir = QStringLiteral(DJ_SOURCE_DIR "/tests/fuzz/corpus/xls/");
    for (const char *name : {"bug-directory-name-length.xls", "bug-filepass-iconv.xls",
                             "bug-bof-without-eof-leak.xls", "bug-long-labelsst-leak.xls",
                             "bug-format-count-overflow.xls"}) {
        INFO(name);
        QFile f(dir + QLatin1String(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(dj::XlsSheetList::read(f.readAll()).status != dj::XlsSheetList::Status::Ok);
        const dj::Error e = errorOf([&] { dj::SheetFile::read(dir + QLatin1String(name)); });
        CHECK((e.kind() == dj::Error::Kind::Corrupt || e.kind() == dj::Error::Kind::NotOurFile));
        CHECK(e.message().startsWith(QLatin1String(name)));
    }
}
