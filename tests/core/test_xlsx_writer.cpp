// The .xlsx export, checked in the file's XML as Excel/WPS read it: frozen header, print
// titles, A4, real dates, inert formula-like text, fitted widths, atomic write.
#include "Unzip.h"
#include "common/Error.h"
#include "sheet/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {
struct CellStyle
{
    QString numFmt; // formatCode of a custom number format, empty for built-in ones
    bool bold = false;
};

// The cell formats of styles.xml, by index (the s="N" of a cell).
QList<CellStyle> cellStyles(const QByteArray &stylesXml)
{
    QHash<int, QString> numFmts;
    QList<bool> fontBold;
    QList<CellStyle> out;
    QXmlStreamReader x(stylesXml);
    bool inFonts = false, inCellXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isEndElement() && x.name() == QLatin1String("fonts"))
            inFonts = false;
        if (x.isEndElement() && x.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!x.isStartElement())
            continue;
        const auto attr = x.attributes();
        if (x.name() == QLatin1String("numFmt"))
            numFmts.insert(attr.value(QStringLiteral("numFmtId")).toInt(),
                           attr.value(QStringLiteral("formatCode")).toString());
        else if (x.name() == QLatin1String("fonts"))
            inFonts = true;
        else if (x.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (inFonts && x.name() == QLatin1String("font"))
            fontBold.append(false);
        else if (inFonts && x.name() == QLatin1String("b"))
            fontBold.last() = true;
        else if (inCellXfs && x.name() == QLatin1String("xf"))
            out.append({numFmts.value(attr.value(QStringLiteral("numFmtId")).toInt()),
                        fontBold.value(attr.value(QStringLiteral("fontId")).toInt())});
    }
    return out;
}

// The <c> element of one cell reference, e.g. "B2".
QString cellXml(const QString &sheetXml, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(ref));
    return re.match(sheetXml).captured(0);
}

int styleOf(const QString &cell)
{
    const auto m = QRegularExpression(QStringLiteral(" s=\"(\\d+)\"")).match(cell);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

double columnWidth(const QString &sheetXml, int column) // 1-based
{
    const QRegularExpression re(
        QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"([0-9.]+)\"").arg(column));
    return re.match(sheetXml).captured(1).toDouble();
}

dj::SheetTable sample()
{
    dj::SheetTable t;
    t.name = QStringLiteral("党员名册");
    t.headers = {QStringLiteral("姓名"), QStringLiteral("出生日期"), QStringLiteral("人数"),
                 QStringLiteral("备注"), QStringLiteral("Note"),     QStringLiteral("a"),
                 QStringLiteral("b")};
    t.rows.append({QStringLiteral("张伟"), QDate(2023, 3, 15), 42, QStringLiteral("=SUM(1)"),
                   QStringLiteral("abcdefghij"), QVariant(), QStringLiteral("+1")});
    t.rows.append({QStringLiteral("李娜"), QDate(1899, 5, 1), 2.5,
                   QStringLiteral("一二三四五六七八九十"), QStringLiteral("-2"),
                   QStringLiteral("@cmd"), QString()});
    return t;
}
} // namespace

TEST_CASE("xlsx: frozen bold header, print titles, A4 landscape, real dates, inert formulas",
          "[sheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名册.xlsx"));
    REQUIRE(dj::XlsxWriter::write(sample(), path));

    const QString sheet =
        QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString book = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/workbook.xml")));
    const QList<CellStyle> styles = cellStyles(unzipEntry(path, QStringLiteral("xl/styles.xml")));
    REQUIRE_FALSE(sheet.isEmpty());

    // Header row frozen, repeated on every printed page, bold.
    CHECK(sheet.contains(
        QRegularExpression(QStringLiteral("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\""))));
    CHECK(book.contains(QStringLiteral("<definedName name=\"_xlnm.Print_Titles\" "
                                       "localSheetId=\"0\">'党员名册'!$1:$1</definedName>")));
    CHECK(book.contains(QStringLiteral("<sheet name=\"党员名册\"")));
    CHECK(styles.value(styleOf(cellXml(sheet, QStringLiteral("A1")))).bold);
    CHECK_FALSE(styles.value(styleOf(cellXml(sheet, QStringLiteral("A2")))).bold);

    // A4, 7 columns: landscape, fitted to the page width.
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<pageSetup [^>]*paperSize=\"9\""))));
    CHECK(sheet.contains(QStringLiteral("orientation=\"landscape\"")));
    CHECK(sheet.contains(QStringLiteral("fitToPage=\"1\"")));

    // 2023-03-15 is Excel day 45000, stored as a number with a yyyy-mm-dd format.
    const QString date = cellXml(sheet, QStringLiteral("B2"));
    CHECK(date.contains(QStringLiteral("<v>45000</v>")));
    CHECK_FALSE(date.contains(QStringLiteral("t=\"")));
    CHECK(styles.value(styleOf(date)).numFmt == QStringLiteral("yyyy-mm-dd"));
    // Excel has no dates before 1900: such a date stays readable as text.
    CHECK(cellXml(sheet, QStringLiteral("B3")).contains(QStringLiteral("<t>1899-05-01</t>")));

    CHECK(cellXml(sheet, QStringLiteral("C2")).contains(QStringLiteral("<v>42</v>")));
    CHECK(cellXml(sheet, QStringLiteral("C3")).contains(QStringLiteral("<v>2.5</v>")));

    // Formula-like text is a string cell, and no cell anywhere is a formula.
    const QString formula = cellXml(sheet, QStringLiteral("D2"));
    CHECK(formula.contains(QStringLiteral("t=\"inlineStr\"")));
    CHECK(formula.contains(QStringLiteral("<t>=SUM(1)</t>")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f ")));
    CHECK(cellXml(sheet, QStringLiteral("G2")).contains(QStringLiteral("<t>+1</t>")));
    CHECK(cellXml(sheet, QStringLiteral("E3")).contains(QStringLiteral("<t>-2</t>")));
    CHECK(cellXml(sheet, QStringLiteral("F3")).contains(QStringLiteral("<t>@cmd</t>")));

    // Empty cells are left out.
    CHECK(cellXml(sheet, QStringLiteral("F2")).isEmpty());
    CHECK(cellXml(sheet, QStringLiteral("G3")).isEmpty());

    // Ten Chinese characters need about twice the width of ten Latin letters.
    const double cjk = columnWidth(sheet, 4), latin = columnWidth(sheet, 5);
    CHECK(latin >= 10);
    CHECK(cjk - latin >= 9.5);          // ten more units
    CHECK(columnWidth(sheet, 2) >= 10); // a date fits
}

TEST_CASE("xlsx: few columns print portrait", "[sheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.xlsx"));
    dj::SheetTable t;
    t.name = QStringLiteral("x");
    t.headers = {QStringLiteral("A"), QStringLiteral("B")};
    t.rows.append({QStringLiteral("1"), QStringLiteral("2")});
    REQUIRE(dj::XlsxWriter::write(t, path));
    const QString sheet =
        QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QStringLiteral("orientation=\"portrait\"")));
    CHECK(sheet.contains(QStringLiteral("paperSize=\"9\"")));
}

TEST_CASE("xlsx: a cancelled or failed export leaves nothing behind", "[sheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    dj::SheetTable t = sample();
    for (int i = 0; i < 3000; ++i)
        t.rows.append(QVariantList{QString::number(i)});

    const auto openFiles = [] { return QDir(QStringLiteral("/proc/self/fd")).count(); };
    const auto filesBefore = openFiles();
    int calls = 0;
    CHECK_FALSE(dj::XlsxWriter::write(t, path, [&](int done, int total) {
        CHECK(total == t.rows.size());
        ++calls;
        return done < 1000;
    }));
    CHECK(calls == 2);
#ifdef Q_OS_LINUX
    CHECK(openFiles() == filesBefore); // libxlsxwriter's temp file of the rows is closed too
#endif
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // An earlier export stays as it was when the next one is cancelled.
    REQUIRE(dj::XlsxWriter::write(sample(), path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    CHECK_FALSE(dj::XlsxWriter::write(t, path, [](int done, int) { return done == 0; }));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("out.xlsx")});

    // A folder that does not exist: a message naming it, and nothing written.
    const QString missing = dir.filePath(QStringLiteral("nope/out.xlsx"));
    try {
        dj::XlsxWriter::write(sample(), missing);
        FAIL("no error");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Storage);
        CHECK(e.message().contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("nope")))));
    }
}

TEST_CASE("xlsx: streaming rows one at a time", "[sheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    {
        dj::XlsxWriter w(path, QStringLiteral("人员"),
                         {QStringLiteral("序号"), QStringLiteral("日期")});
        for (int i = 0; i < 20000; ++i)
            w.addRow({i, QDate(2020, 1, 1).addDays(i % 365)});
        CHECK_FALSE(QFile::exists(path)); // not before commit
        w.commit();
    }
    const QString sheet =
        QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QStringLiteral("<dimension ref=\"A1:B20001\"/>")));
    CHECK(cellXml(sheet, QStringLiteral("A20001")).contains(QStringLiteral("<v>19999</v>")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("big.xlsx")});
}

TEST_CASE("xlsx: sheet names within Excel's rules", "[sheet]")
{
    CHECK(dj::XlsxWriter::safeSheetName(QStringLiteral("a/b:c*d?[e]\\f")) ==
          QStringLiteral("a_b_c_d__e__f"));
    CHECK(dj::XlsxWriter::safeSheetName(QStringLiteral("'x'")) == QStringLiteral("x"));
    CHECK(dj::XlsxWriter::safeSheetName(QString()) == QStringLiteral("Sheet1"));
    CHECK(dj::XlsxWriter::safeSheetName(QString(40, QChar(0x515A))).size() == 31);
}
