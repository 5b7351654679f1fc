// Printed forms rendered to PDF as a user would get them: A4, page count, the footer, and
// the exact Chinese text back from pdftotext (no radical substitutions).
#include "PdfText.h"
#include "SmallTree.h"

#include "common/Error.h"
#include "print/PdfExport.h"
#include "print/ReportRenderer.h"
#include "report/OrgListReport.h"
#include "report/RosterReport.h"

#include <QFontMetricsF>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::report::Block;
using dj::report::Report;

namespace {
Report tableReport(int rows, bool landscape = false)
{
    Report r;
    r.title = QStringLiteral("第一党支部民主评议党员测试表");
    r.headerLine = QStringLiteral("市商务局机关党委　2026年度");
    r.landscape = landscape;
    Block t;
    t.kind = Block::Kind::Table;
    t.columns = {{QStringLiteral("序号"), 1, true}, {QStringLiteral("姓名"), 2, false}, {QStringLiteral("民族"), 2, false}};
    for (int i = 0; i < rows; ++i)
        t.rows.append({QString::number(i + 1), QStringLiteral("党员%1").arg(i + 1), QStringLiteral("汉族")});
    r.blocks = {t, Block::signatureLine({QStringLiteral("党支部书记")})};
    return r;
}
} // namespace

TEST_CASE("the roster PDF: A4 landscape, footer, exact Chinese text", "[ui][print]")
{
    SmallTree t;
    t.person(QStringLiteral("第一民"), t.branch1, 11);
    t.person(QStringLiteral("张伟"), t.branch2, 13);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("roster.pdf"));
    CHECK(PdfExport::write({dj::report::RosterReport::build(*t.db, {}, QDate(2026, 11, 24))}, pdf) == 1);
    CHECK(pages(pdf) == 1);
    CHECK(toolOutput(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("842 x 595")));
    const QString text = pageText(pdf, 1);
    for (const char *s : {"党员花名册", "第一民", "民族", "办公室党支部", "服务中心第一党支部", "第 1 页 共 1 页",
                          "填表人签字", "日期：____年__月__日", "测试机关　党员花名册　截至 2026年11月24日", "第 1 页 共 1 页"})
        CHECK(text.contains(squeezed(QString::fromUtf8(s))));
    // Every font is embedded (the "emb" column of pdffonts).
    const QStringList fonts = toolOutput(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &line : fonts)
        CHECK(line.simplified().section(QLatin1Char(' '), -5, -5) == QStringLiteral("yes"));
}

TEST_CASE("long tables break across pages with the header repeated and no row split", "[ui][print]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    const int n = PdfExport::write({tableReport(150)}, pdf);
    REQUIRE(n >= 3);
    CHECK(pages(pdf) == n);
    QStringList rowsSeen;
    for (int p = 1; p <= n; ++p) {
        const QString text = pageText(pdf, p);
        INFO("page " << p);
        CHECK(text.contains(QStringLiteral("序号"))); // header on every page
        CHECK(text.contains(QStringLiteral("第%1页共%2页").arg(p).arg(n)));
        for (int i = 1; i <= 150; ++i)
            if (text.contains(QStringLiteral("%1党员%1汉族").arg(i)))
                rowsSeen << QString::number(i);
    }
    CHECK(rowsSeen.size() == 150); // every row whole, on exactly one page
    CHECK(pageText(pdf, 1).contains(QStringLiteral("第一党支部民主评议党员测试表")));
}

TEST_CASE("the signature line never stands alone on a page", "[ui][print]")
{
    // Find a row count that fills the first page to the brim, so the signature must move.
    QTemporaryDir dir;
    QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
    probe.setResolution(300);
    int rows = 10;
    Report r = tableReport(rows);
    ReportRenderer::preparePage(probe, r);
    Report noSig = r;
    noSig.blocks.removeLast();
    while (ReportRenderer::pageCount(noSig, probe) == 1) {
        noSig = tableReport(++rows);
        noSig.blocks.removeLast();
    }
    --rows; // the most rows that fit on one page without the signature
    const QString pdf = dir.filePath(QStringLiteral("sig.pdf"));
    const int n = PdfExport::write({tableReport(rows)}, pdf);
    REQUIRE(n == 2);
    const QString last = pageText(pdf, 2);
    CHECK(last.contains(QStringLiteral("党支部书记签字")));
    CHECK(last.contains(QStringLiteral("党员%1").arg(rows))); // the last row came along
    CHECK(last.contains(QStringLiteral("序号")));             // with its header
}

TEST_CASE("many reports into one PDF, each numbered on its own, cancel leaves no file", "[ui][print]")
{
    SmallTree t;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("batch.pdf"));
    const QDate today(2026, 11, 24);
    const int n = PdfExport::write({dj::report::OrgListReport::build(*t.db, {}, today), tableReport(5, true)}, pdf);
    CHECK(n == 2);
    CHECK(pageText(pdf, 1).contains(QStringLiteral("组织机构及班子成员一览表")));
    CHECK(pageText(pdf, 2).contains(QStringLiteral("第1页共1页")));
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    CHECK_THROWS_AS(PdfExport::write({tableReport(200)}, cancelled, [](int done, int) { return done < 50; }), dj::Error);
    CHECK_FALSE(QFile::exists(cancelled));
}

TEST_CASE("text in a narrow column wraps where Chinese typesetting allows", "[ui][print]")
{
    // A column just too narrow for "部门党组（党委）": breaking anywhere leaves "）" alone on
    // the second line; the line breaks of Chinese typesetting put "（党委）" there whole.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("narrow.pdf"));
    Report r;
    r.title = QStringLiteral("组织类型测试表");
    QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
    probe.setResolution(300);
    ReportRenderer::preparePage(probe, r);
    const qreal mm = probe.logicalDpiX() / 25.4;
    const QFontMetricsF fm(ReportRenderer::bodyFont(9), &probe);
    const qreal cell = fm.horizontalAdvance(QStringLiteral("部门党组（党委")) + fm.averageCharWidth() / 2 + 2 * 1.2 * mm;
    REQUIRE(cell < probe.width() / 2);
    Block t;
    t.kind = Block::Kind::Table;
    t.columns = {{QStringLiteral("类型"), cell, true}, {QStringLiteral("说明"), probe.width() - cell, false}};
    t.rows = {{QStringLiteral("部门党组（党委）"), QString()}, {QStringLiteral("机关党委"), QString()}};
    r.blocks = {t};
    REQUIRE(PdfExport::write({r}, pdf) == 1);
    QStringList lines;
    for (const QString &line : toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(QLatin1Char('\n')))
        lines << squeezed(line);
    INFO(lines.join(QLatin1Char('|')).toStdString());
    CHECK(lines.contains(QStringLiteral("部门党组"))); // it does wrap
    CHECK(lines.contains(QStringLiteral("（党委）")));
    for (const QString &line : std::as_const(lines))
        CHECK_FALSE(line.startsWith(QStringLiteral("）")));
}
