// The README's promise: a signature block (签字/日期 lines, the seal line) never stands alone
// on a page; it is printed on the same page as the last row(s) of the table it signs. Checked
// over every kind of printed form built from the demo department, each with its table grown
// row by row so that the table ends at every height of a page, the page end included.
#include "PdfText.h"
#include "TempDb.h"

#include "assess/AssessmentRepository.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "duty/DutyRepository.h"
#include "org/OrganizationRepository.h"
#include "print/PdfExport.h"
#include "print/ReportLayout.h"
#include "print/ReportRenderer.h"
#include "report/AssessExplainReport.h"
#include "report/AssessFormData.h"
#include "report/AssessScoreFormReport.h"
#include "report/AssessSummaryReport.h"
#include "report/DutyBookletReport.h"
#include "report/DutyRecordsReport.h"
#include "report/OrgListReport.h"
#include "report/ReportBallotReport.h"
#include "report/RosterReport.h"
#include "report/SatisfactionBallotReport.h"
#include "report/SecretaryTableReport.h"

#include <QImage>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::report::Block;
using dj::report::Report;
using Type = ReportLayout::Item::Type;

namespace {

struct Kind
{
    QString name;
    Report report;
};

// One of every printed form, from the demo department (last year's assessment is complete,
// this year's lists have records).
QList<Kind> everyKind(dj::Database &db)
{
    const QDate today = dj::Clock::today();
    const int year = today.year();
    QString branch; // a 党支部 with this year's lists
    for (const dj::DutyList &l : dj::DutyRepository(db).lists(year))
        if (!l.isPostList() && dj::OrganizationRepository(db).get(l.orgId).type == dj::OrgType::Branch) {
            branch = l.orgId;
            break;
        }
    REQUIRE_FALSE(branch.isEmpty());
    const dj::Assessment as = dj::report::AssessFormData::assessment(db, year - 1);
    const QList<dj::AssessedOrg> assessed = dj::AssessmentRepository(db).orgs(as.id); // tree order
    REQUIRE_FALSE(assessed.isEmpty());
    namespace r = dj::report;
    return {{QStringLiteral("orgs"), r::OrgListReport::build(db, {}, today)},
            {QStringLiteral("roster"), r::RosterReport::build(db, {}, today)},
            {QStringLiteral("roster of a branch"), r::RosterReport::build(db, branch, today)},
            {QStringLiteral("duty-lists"), r::DutyBookletReport::build(db, year, branch, today)},
            {QStringLiteral("duty-records"), r::DutyRecordsReport::build(db, year, branch, {}, today)},
            {QStringLiteral("score-form"), r::AssessScoreFormReport::build(db, year - 1, assessed.first().orgId).first()},
            {QStringLiteral("summary"), r::AssessSummaryReport::build(db, year - 1)},
            {QStringLiteral("explain"), r::AssessExplainReport::build(db, year - 1, assessed.first().orgId)},
            {QStringLiteral("secretaries"), r::SecretaryTableReport::build(db, year - 1)},
            {QStringLiteral("ballot"), r::ReportBallotReport::build(db, year)},
            {QStringLiteral("satisfaction-ballot"), r::SatisfactionBallotReport::build(db, year)}};
}

// The table a signature block signs: the last one before it since the previous signature.
int signedTable(const Report &r, int sig)
{
    for (int i = sig - 1; i >= 0 && r.blocks.at(i).kind != Block::Kind::Signatures; --i)
        if (r.blocks.at(i).kind == Block::Kind::Table)
            return i;
    return -1;
}

// The page of the item (the last such when it repeats), or -1.
int pageOf(const ReportLayout &l, Type type, int block, int row = -1)
{
    int found = -1;
    for (int p = 0; p < l.pages().size(); ++p)
        for (const ReportLayout::Item &i : l.pages().at(p))
            if (i.type == type && i.block == block && i.row == row)
                found = p;
    return found;
}

// `r` with `extra` more rows at the end of table `t`, numbered 9001, 9002 … in the first
// column so that a page's text tells which rows it has.
Report grown(Report r, int t, int extra)
{
    Block &table = r.blocks[t];
    const QStringList last = table.rows.last();
    for (int i = 1; i <= extra; ++i) {
        QStringList row = last;
        row[0] = QString::number(9000 + i);
        table.rows.append(row);
    }
    return r;
}

// Every signature block of `r` is on the page of the last row of the table it signs.
void checkTogether(const Report &r, QPdfWriter &device)
{
    const ReportLayout l(r, device);
    for (int s = 0; s < r.blocks.size(); ++s) {
        if (r.blocks.at(s).kind != Block::Kind::Signatures)
            continue;
        const int t = signedTable(r, s);
        REQUIRE(t >= 0);
        const int lastRow = int(r.blocks.at(t).rows.size()) - 1;
        INFO("signature block " << s << ", table " << t << " of " << lastRow + 1 << " rows");
        CHECK(pageOf(l, Type::Signatures, s) == pageOf(l, Type::TableRow, t, lastRow));
    }
}

} // namespace

TEST_CASE("every form keeps its signature block with the last rows of its table", "[ui][print][signatures]")
{
    TempDb t;
    dj::DemoGenerator::generate(*t.db, dj::DemoGenerator::Scale::Department);
    QTemporaryDir dir;
    QPdfWriter device(dir.filePath(QStringLiteral("probe.pdf")));
    device.setResolution(300);
    QStringList signedKinds;
    for (const Kind &kind : everyKind(*t.db)) {
        INFO(kind.name.toStdString());
        int sig = -1;
        for (int s = 0; s < kind.report.blocks.size() && sig < 0; ++s)
            if (kind.report.blocks.at(s).kind == Block::Kind::Signatures)
                sig = s;
        if (sig < 0)
            continue; // a ballot: nothing to sign
        signedKinds << kind.name;
        const int table = signedTable(kind.report, sig);
        REQUIRE(table >= 0);
        REQUIRE_FALSE(kind.report.blocks.at(table).rows.isEmpty());
        ReportRenderer::preparePage(device, kind.report);
        // Grow the table row by row until its end has passed two page ends; count the times
        // the signature block would not have fitted under the last row and took rows along.
        Report unsigned_ = kind.report;
        unsigned_.blocks.removeAt(sig);
        const int startPage = pageOf(ReportLayout(unsigned_, device), Type::TableRow, table,
                                     int(kind.report.blocks.at(table).rows.size()) - 1);
        int moved = -1; // the first row count at which the block took rows to a new page
        int extra = 0;
        for (; extra <= 150; ++extra) {
            const Report r = grown(kind.report, table, extra);
            checkTogether(r, device);
            Report bare = r;
            bare.blocks.removeAt(sig);
            const int lastRow = int(r.blocks.at(table).rows.size()) - 1;
            const int alone = pageOf(ReportLayout(bare, device), Type::TableRow, table, lastRow);
            if (moved < 0 && alone != pageOf(ReportLayout(r, device), Type::TableRow, table, lastRow))
                moved = extra;
            if (alone >= startPage + 2)
                break;
        }
        CHECK(extra <= 150);
        REQUIRE(moved >= 0); // the page end was reached and the block took rows along

        // The same form as a PDF: the page with the signatures has the last row (its number)
        // and the one before it, and renders with ink on it.
        const Report r = grown(kind.report, table, moved);
        const QString pdf = dir.filePath(kind.name + QStringLiteral(".pdf"));
        const int n = PdfExport::write({r}, pdf);
        const Block &signature = r.blocks.at(sig);
        const QString label = squeezed(signature.signatures.last() + QStringLiteral("签字"));
        int page = 0;
        for (int p = 1; p <= n && page == 0; ++p)
            if (pageText(pdf, p).contains(label))
                page = p;
        REQUIRE(page > 1);
        const QString text = pageText(pdf, page);
        if (moved >= 1)
            CHECK(text.contains(QString::number(9000 + moved)));
        if (moved >= 2)
            CHECK(text.contains(QString::number(9000 + moved - 1)));
        if (!signature.seal.isEmpty())
            CHECK(text.contains(squeezed(signature.seal)));
        CHECK(text.contains(QStringLiteral("日期：____年__月__日")));
        const QString png = dir.filePath(kind.name);
        toolOutput(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"),
                                                QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                QString::number(page), QStringLiteral("-singlefile"), pdf, png});
        const QImage image(png + QStringLiteral(".png"));
        REQUIRE_FALSE(image.isNull());
        int ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        CHECK(ink > 200);
    }
    CHECK(signedKinds == QStringList{QStringLiteral("orgs"), QStringLiteral("roster"), QStringLiteral("roster of a branch"),
                                     QStringLiteral("duty-lists"), QStringLiteral("duty-records"),
                                     QStringLiteral("score-form"), QStringLiteral("summary"), QStringLiteral("explain"),
                                     QStringLiteral("secretaries")});
}

TEST_CASE("a signature block after more than a page of text still does not stand alone", "[ui][print][signatures]")
{
    // The rows cannot come along (the text between is longer than a page): the paragraph
    // before the block comes instead.
    Report r;
    r.title = QStringLiteral("说明很长的表");
    Block table;
    table.kind = Block::Kind::Table;
    table.columns = {{QStringLiteral("序号"), 1, true}, {QStringLiteral("内容"), 6, false}};
    for (int i = 1; i <= 5; ++i)
        table.rows.append({QString::number(i), QStringLiteral("第%1项").arg(i)});
    r.blocks = {table, Block::paragraph(QString()), Block::paragraph(QStringLiteral("以上情况属实。")),
                Block::signatureLine({QStringLiteral("填表人")}, QStringLiteral("党支部（盖章）"))};
    QTemporaryDir dir;
    QPdfWriter device(dir.filePath(QStringLiteral("probe.pdf")));
    device.setResolution(300);
    ReportRenderer::preparePage(device, r);
    // Lengthen the long text about a line at a time so that the block meets every height.
    int carried = 0;
    for (int step = 0; step < 60; ++step) {
        r.blocks[1].text = QString(2600 + 40 * step, QChar(0x515A));
        const ReportLayout l(r, device);
        const int sig = pageOf(l, Type::Signatures, 3);
        INFO(step << ": signatures on page " << sig);
        REQUIRE(sig > 0);
        CHECK(pageOf(l, Type::Paragraph, 2) == sig);
        carried += l.pages().at(sig).size() == 2 ? 1 : 0; // the paragraph came along
    }
    CHECK(carried > 0);
}
