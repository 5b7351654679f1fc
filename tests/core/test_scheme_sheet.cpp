// Indicator schemes as spreadsheets: the office's layout in, the same layout out, areas in
// merged or blank cells, errors that name the row and the column.
#include "ZipMaker.h"
#include "assess/BuiltinScheme.h"
#include "assess/SchemeSheet.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace dj;

namespace {
QString writeCsv(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(QStringLiteral("s.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray("\xEF\xBB\xBF") + "一级指标,指标编号,考核指标,分值,评分方式,每次分值,目标值,评分标准\n" + body);
    return path;
}

QByteArray cell(const char *ref, const QByteArray &text)
{
    return "<c r=\"" + QByteArray(ref) + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}
QByteArray num(const char *ref, const char *v) { return "<c r=\"" + QByteArray(ref) + "\"><v>" + v + "</v></c>"; }
} // namespace

TEST_CASE("a scheme sheet reads areas from merged cells", "[assess][sheet]")
{
    QTemporaryDir dir;
    QByteArray rows = "<row r=\"1\">" + cell("A1", "一级指标") + cell("B1", "指标编号") + cell("C1", "考核指标") +
                      cell("D1", "分值") + cell("E1", "评分方式") + cell("F1", "每次分值") + cell("G1", "目标值") + "</row>";
    rows += "<row r=\"2\">" + cell("A2", "政治建设") + cell("B2", "A01") + cell("C2", "第一议题") + num("D2", "40") +
            cell("E2", "评分") + "</row>";
    rows += "<row r=\"3\">" + cell("B3", "A02") + cell("C3", "请示报告") + num("D3", "20") + cell("E3", "扣分") +
            num("F3", "5") + "</row>";
    rows += "<row r=\"4\">" + cell("A4", "组织建设") + cell("B4", "B01") + cell("C4", "主题党日") + num("D4", "40") +
            cell("E4", "比例") + num("G4", "12") + "</row>";
    rows += "<row r=\"5\">" + cell("B5", "B02") + cell("C5", "违纪") + num("D5", "0") + cell("E5", "否决") + "</row>";
    ziptest::Entries e = ziptest::workbook(rows);
    for (auto &entry : e)
        if (entry.first == "xl/worksheets/sheet1.xml")
            entry.second.replace("</sheetData>", "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A2:A3\"/>"
                                                 "<mergeCell ref=\"A4:A5\"/></mergeCells>");
    const QString path = dir.filePath(QStringLiteral("merged.xlsx"));
    REQUIRE(ziptest::writeZip(path, e));

    const Scheme s = SchemeSheet::read(path, QStringLiteral("测试"));
    REQUIRE(s.indicators.size() == 4);
    CHECK(s.areas() == QString::fromUtf8("政治建设,组织建设").split(QLatin1Char(',')));
    CHECK(s.indicators.at(1).area == QString::fromUtf8("政治建设"));
    CHECK(s.indicators.at(1).rule == ScoreRule::Deduct);
    CHECK(s.indicators.at(1).points == 5);
    CHECK(s.indicators.at(2).target == 12);
    CHECK(s.indicators.at(3).area == QString::fromUtf8("组织建设"));
    CHECK(s.indicators.at(3).rule == ScoreRule::Veto);
    CHECK(s.maxTotal() == 100);
}

TEST_CASE("a blank area cell continues the area above", "[assess][sheet]")
{
    const Scheme s = SchemeSheet::read(QStringLiteral(DJ_FIXTURES "/assess/e2e/scheme.csv"), QStringLiteral("e2e"));
    CHECK(s.areas().size() == 3);
    CHECK(s.maxTotal() == Approx(100));
    for (const Indicator &i : s.indicators)
        CHECK_FALSE(i.area.isEmpty());
}

TEST_CASE("scheme sheet errors name the row and the column", "[assess][sheet]")
{
    QTemporaryDir dir;
    auto fails = [&](const QByteArray &body) {
        try {
            SchemeSheet::read(writeCsv(dir, body), QStringLiteral("x"));
        } catch (const Error &e) {
            return e.message().toStdString();
        }
        return std::string("accepted");
    };
    CHECK_THAT(fails("政治建设,A01,第一议题,abc,评分,,,\n"), Catch::Contains("Row 2, column D (分值)"));
    CHECK_THAT(fails("政治建设,A01,第一议题,5,打分,,,\n"), Catch::Contains("Row 2, column E (评分方式)"));
    CHECK_THAT(fails("政治建设,A01,第一议题,5,评分,,,\n,A01,请示报告,5,评分,,,\n"),
               Catch::Contains("Row 3, column B (指标编号)") && Catch::Contains("twice"));
    CHECK_THAT(fails("政治建设,A01,第一议题,5,扣分,,,\n"), Catch::Contains("Row 2") && Catch::Contains("每次分值"));
    CHECK_THAT(fails(",A01,第一议题,5,评分,,,\n"), Catch::Contains("column A (一级指标)"));
    CHECK_THAT(fails("\n"), Catch::Contains("no indicators"));
}

TEST_CASE("a scheme written as a sheet reads back the same", "[assess][sheet]")
{
    QTemporaryDir dir;
    const Scheme builtin = BuiltinScheme::get();
    for (const char *ext : {"xlsx", "csv"}) {
        const QString path = dir.filePath(QStringLiteral("scheme.") + QLatin1String(ext));
        SchemeSheet::write(builtin, path);
        const Scheme back = SchemeSheet::read(path, builtin.name);
        REQUIRE(back.indicators.size() == builtin.indicators.size());
        for (int i = 0; i < back.indicators.size(); ++i) {
            const Indicator &a = builtin.indicators.at(i), &b = back.indicators.at(i);
            CHECK(a.area == b.area);
            CHECK(a.code == b.code);
            CHECK(a.name == b.name);
            CHECK(a.maxScore == b.maxScore);
            CHECK(a.rule == b.rule);
            CHECK(a.points == b.points);
            CHECK(a.target == b.target);
            CHECK(a.standard == b.standard);
            CHECK(a.evidence == b.evidence);
        }
    }
}
