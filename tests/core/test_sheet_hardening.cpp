// Issue 8, spreadsheets: no export ever holds a live formula, the CSV guard comes off again
// exactly when it was ours, and odd text survives export → import byte for byte, in CSV and
// XLSX, for a plain table and for the member roster through the people import. An old .xls
// (FreeXL), damaged in every way tried here, is read or refused, never a crash.
#include "ErrorOf.h"
#include "HardeningStrings.h"
#include "SmallTree.h"
#include "Unzip.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "sheet/CsvReader.h"
#include "sheet/CsvWriter.h"
#include "sheet/PeopleImport.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetText.h"
#include "sheet/TableExport.h"
#include "sheet/XlsxWriter.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace dj;
using hardening::oddStrings;

namespace {

// Texts around the guard: formulas, texts that start with the guard itself, and texts that
// look alike but are not formulas. One line each, no space at the ends, no tab or CR inside
// except where the case is about them.
QStringList guardCases()
{
    return {QStringLiteral("=1+1"), QStringLiteral("'=1+1"), QStringLiteral("''=1+1"),
            QStringLiteral("'''@x"), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
            QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("'a"), QStringLiteral("a'=b"),
            QStringLiteral("\tTAB"), QStringLiteral("'\tTAB"), QStringLiteral("\rCR"),
            QStringLiteral("a\nb"), QStringLiteral("a\r\nb"), QStringLiteral("-1"),
            QStringLiteral("+1"), QStringLiteral("=A1"), QStringLiteral("@SUM(1)"),
            // OOXML escapes typed as text, which no reader may decode.
            QStringLiteral("_x0041_"), QStringLiteral("_x0041_x0042_"), QStringLiteral("a_x005F_b"),
            QStringLiteral("_x000D_\r_x000d_"), QStringLiteral("_x12_x0041_"),
            QStringLiteral("__x0041__")};
}

// Every odd string and guard case as a text cell, and a few numbers (negative ones too)
// that must stay numbers.
SheetTable table()
{
    SheetTable t;
    t.name = QStringLiteral("hardening");
    t.headers = {QStringLiteral("=text"), QStringLiteral("-number")};
    for (const QString &s : oddStrings() + guardCases())
        t.rows << QVariantList{s, QVariant()};
    for (double v : {-5.0, -0.25, 1e-7, 42.0, -1e6})
        t.rows << QVariantList{QVariant(), v};
    return t;
}

void checkSame(const SheetTable &got, const SheetTable &want)
{
    CHECK(got.headers == want.headers);
    REQUIRE(got.rows.size() == want.rows.size());
    for (int r = 0; r < want.rows.size(); ++r) {
        const QVariant w0 = want.rows.at(r).value(0), w1 = want.rows.at(r).value(1);
        const QVariant g0 = got.rows.at(r).value(0), g1 = got.rows.at(r).value(1);
        INFO("row " << r << ": " << w0.toString().toStdString());
        CHECK(g0.toString().toUtf8() == w0.toString().toUtf8());
        if (w1.isValid())
            CHECK(g1.toDouble() == w1.toDouble());
    }
}

// The cells of the first worksheet: (type attribute, has a formula, text or value).
struct XmlCell
{
    QString type;
    bool formula = false;
    QString value;
};

QList<XmlCell> sheetCells(const QByteArray &xml)
{
    QList<XmlCell> out;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("c"))
            out.append({x.attributes().value(QStringLiteral("t")).toString(), false, {}});
        else if (x.isStartElement() && x.name() == QLatin1String("f") && !out.isEmpty())
            out.last().formula = true;
        else if (x.isStartElement() &&
                 (x.name() == QLatin1String("v") || x.name() == QLatin1String("t")) &&
                 !out.isEmpty())
            out.last().value += x.readElementText();
    }
    return out;
}

} // namespace

TEST_CASE("the CSV guard: a ' before formulas, and before text that starts like a guard",
          "[hardening][sheet]")
{
    using namespace sheettext;
    for (const char *s : {"=1", "+1", "-1", "@x", "\tx", "\rx", "'=1", "''+1", "'''\tx"})
        CHECK(needsCsvGuard(QString::fromLatin1(s)));
    for (const char *s : {"", "a", "'", "''", "'a", "a=1", " =1", "'' a"})
        CHECK_FALSE(needsCsvGuard(QString::fromLatin1(s)));
    CHECK(decodeXlsxEscapes(QStringLiteral("a_x000D_b_x005F_x0041_")) ==
          QStringLiteral("a\rb_x0041_"));
    for (const QString &s : guardCases())
        CHECK(decodeXlsxEscapes(protectXlsxEscapes(s)) == s);
    for (const QString &s : oddStrings() + guardCases()) {
        INFO(s.toStdString());
        CHECK(unguardCsv(guardCsv(s)) == s);
        CHECK(guardCsv(s) == (needsCsvGuard(s) ? QLatin1Char('\'') + s : s));
    }
    CHECK(CsvWriter::field(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvWriter::field(QStringLiteral("'=1+1")) == QStringLiteral("''=1+1"));
    CHECK(CsvWriter::field(QStringLiteral("'abc")) == QStringLiteral("'abc"));
    CHECK(CsvWriter::field(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(CsvWriter::field(-5.0) == QStringLiteral("-5")); // a number stays a number
    CHECK(CsvWriter::field(-5) == QStringLiteral("-5"));
    CHECK(CsvWriter::field(QStringLiteral("a\tb")) == QStringLiteral("\"a\tb\""));
    CHECK(CsvWriter::field(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::field(QStringLiteral("=\"x\",1")) == QStringLiteral("\"'=\"\"x\"\",1\""));
}

TEST_CASE("odd text and guard cases round-trip through CSV and XLSX, with no live formula",
          "[hardening][sheet]")
{
    QTemporaryDir dir;
    const SheetTable want = table();
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    REQUIRE(CsvWriter::write(want, csv));
    int first = 0;
    checkSame(CsvReader::read(csv, &first), want);
    checkSame(SheetFile::read(csv), want);

    // In the file every text a spreadsheet would evaluate starts with the guard.
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF'=text,'-number\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(QLatin1String("\r\n'=SUM(A1:A9),")));
    CHECK(text.contains(QLatin1String("\r\n''=1+1,")));
    CHECK(text.contains(QLatin1String("\r\n'-5,")));
    CHECK(text.contains(QLatin1String("\r\n,-5\r\n")));
    CHECK(text.contains(QLatin1String("\r\n,-0.25\r\n")));
    static const QRegularExpression liveLine(QStringLiteral("(^|\\r\\n|,)[=+\\-@]"));
    for (const QString &line : text.split(QStringLiteral("\r\n")))
        if (!line.startsWith(QLatin1Char(',')))
            CHECK_FALSE(liveLine.match(line).hasMatch());

    const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    REQUIRE(XlsxWriter::write(want, xlsx));
    checkSame(SheetFile::read(xlsx), want);
    const QList<XmlCell> cells =
        sheetCells(unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    REQUIRE(cells.size() > 40);
    int numbers = 0;
    for (const XmlCell &c : cells) {
        INFO(c.value.toStdString());
        CHECK_FALSE(c.formula);
        if (c.type.isEmpty()) { // a number cell: only the numbers of the table
            ++numbers;
            CHECK(c.value.toDouble() != 0);
        } else {
            CHECK((c.type == QLatin1String("inlineStr") || c.type == QLatin1String("s")));
        }
    }
    CHECK(numbers == 5);
}

TEST_CASE("odd names and work units survive the roster's export and import, CSV and XLSX",
          "[hardening][sheet]")
{
    for (const QString &ext : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        INFO(ext.toStdString());
        SmallTree from;
        QList<Person> want;
        int seq = 100;
        static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]"));
        for (const QString &s : oddStrings()) {
            Person p;
            // The import takes spaces out of a Chinese name ("张  三", spaced to align); every
            // other value is kept as it is.
            p.name = s.contains(han) && s.contains(space)
                         ? QStringLiteral("名") + QString::number(seq)
                         : s;
            p.gender = seq % 2 ? QLatin1Char('M') : QLatin1Char('F');
            p.birthDate = QDate(1980, 5, 6);
            p.idNumber = IdNumber::compose(QStringLiteral("110101"), p.birthDate, ++seq);
            p.gender = IdNumber::gender(p.idNumber);
            p.joinedOn = QDate(2005, 7, 1);
            p.fullMemberOn = p.joinedOn.addYears(1);
            p.workUnit = s;
            p.position = s;
            p.education = s.size() <= limits::EducationMax ? s : QString();
            p.phone =
                seq % 3 ? QStringLiteral("+86 138-0013-8000") : QStringLiteral("010 1234 5678");
            p.branchId = from.branch1;
            from.people.insert(p, p.joinedOn);
            want << p;
        }
        const QString path = from.dir.filePath(QStringLiteral("roster.") + ext);
        REQUIRE(TableExport::write(*from.db, TableExport::Table::People, {}, path));

        SmallTree to;
        int firstRow = 2;
        const SheetTable t = SheetFile::read(path, &firstRow);
        PeopleImport import(*to.db);
        const ImportReport report =
            import.validate(t, PeopleImport::guessMapping(t.headers), firstRow);
        for (const ImportRow &r : report.rows) {
            INFO("row " << r.sheetRow << ": " << r.problems.join(QLatin1Char(' ')).toStdString());
            CHECK(r.ok());
        }
        const QStringList ids = import.import(report, false).personIds;
        REQUIRE(ids.size() == want.size());
        QHash<QString, Person> byIdNumber;
        for (const QString &id : ids) {
            const Person p = to.people.get(id);
            byIdNumber.insert(p.idNumber, p);
        }
        for (const Person &w : want) {
            INFO(w.workUnit.toStdString());
            const Person g = byIdNumber.value(w.idNumber);
            CHECK(g.name.toUtf8() == w.name.toUtf8());
            CHECK(g.workUnit.toUtf8() == w.workUnit.toUtf8());
            CHECK(g.position.toUtf8() == w.position.toUtf8());
            CHECK(g.education.toUtf8() == w.education.toUtf8());
            CHECK(g.phone == w.phone);
            CHECK(g.birthDate == w.birthDate);
            CHECK(g.branchId == to.branch1);
        }
    }
}

namespace {
// Reads `bytes` as the import would; fails the test on anything but a table or a dj::Error
// that names the file.
void readOrRefuse(const QTemporaryDir &dir, const QByteArray &bytes, const char *what)
{
    const QString path = dir.filePath(QStringLiteral("damaged.xls"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    INFO(what);
    try {
        const SheetTable t = SheetFile::read(path);
        CHECK(t.headers.size() <= 256);
    } catch (const Error &e) {
        const bool named = e.message().contains(QStringLiteral("damaged.xls")) ||
                           e.message().startsWith(QStringLiteral("A cell of"));
        INFO(e.message().toStdString());
        CHECK(named);
    }
}
} // namespace

TEST_CASE("a damaged .xls is read or refused with its name, never a crash or a huge allocation",
          "[import][xls][hardening]")
{
    QFile fixture(QStringLiteral(DJ_FIXTURES "/import/people.xls"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray good = fixture.readAll();
    QTemporaryDir dir;

    for (qsizetype n : {0, 7, 8, 511, 512, 513, 1024, 1536, 2048, 4096, 5000, 5631})
        readOrRefuse(dir, good.left(n), "truncated");

    // Single bytes and runs of bytes overwritten, the same every run.
    QRandomGenerator random(20261207);
    for (int i = 0; i < 400; ++i) {
        QByteArray b = good;
        const int count = 1 + int(random.bounded(i % 4 == 0 ? 64 : 3));
        for (int k = 0; k < count; ++k)
            b[qsizetype(random.bounded(int(b.size())))] = char(random.bounded(256));
        readOrRefuse(dir, b, "bytes changed");
    }

    // Every FAT entry points at its own sector: each chain is a loop.
    QByteArray loop = good;
    const quint32 fatSector = qFromLittleEndian<quint32>(good.constData() + 0x4C);
    const qsizetype fatAt = (qsizetype(fatSector) + 1) * 512;
    REQUIRE(fatAt + 512 <= loop.size());
    for (quint32 s = 0; s < 128; ++s)
        qToLittleEndian<quint32>(s, loop.data() + fatAt + 4 * s);
    readOrRefuse(dir, loop, "FAT loop");

    // A second directory entry called Workbook, which FreeXL might read instead.
    QByteArray twice = good;
    const QByteArray name = QByteArray::fromRawData(reinterpret_cast<const char *>(u"Workbook"), 16);
    const qsizetype entry = twice.indexOf(name);
    REQUIRE(entry > 0);
    twice.replace(entry + 128, 128, twice.mid(entry, 128)); // over the next, unused entry
    readOrRefuse(dir, twice, "two Workbook streams");
    CHECK(errorOf([&] { SheetFile::read(dir.filePath(QStringLiteral("damaged.xls"))); }).kind() ==
          Error::Kind::Corrupt);

    // DIMENSION records claiming 65,536 rows × 256 columns in both sheets: FreeXL would
    // allocate half a gigabyte before reading a cell; refused before it opens the file.
    QByteArray wide = good;
    int dimensions = 0;
    for (qsizetype at = wide.indexOf(QByteArray("\x00\x02\x0e\x00", 4)); at >= 0;
         at = wide.indexOf(QByteArray("\x00\x02\x0e\x00", 4), at + 1)) {
        qToLittleEndian<quint32>(65536, wide.data() + at + 8);
        qToLittleEndian<quint16>(256, wide.data() + at + 14);
        ++dimensions;
    }
    REQUIRE(dimensions == 2);
    const QString path = dir.filePath(QStringLiteral("wide.xls"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(wide);
    f.close();
    try {
        SheetFile::read(path);
        FAIL("a sheet of 33 million declared cells was read");
    } catch (const Error &e) {
        CHECK(e.message() ==
              QStringLiteral("wide.xls has more than 10000000 cells; split it into smaller files."));
    }
}
