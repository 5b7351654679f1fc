// Issue 17, items 2, 3 and 9 as an officer meets them on the 量化考核 page: the branches in
// the order of the printed ballot everywhere (with its row numbers), a missing component
// shown as 未录入 and the total as a draft (and sealing refused), and scores rounded to 2
// decimals. The printed forms are rendered to PDF, to PNG (pdftoppm) and read back (pdftotext).
#include "PdfText.h"
#include "Screenshot.h"
#include "SmallTree.h"
#include "TempDb.h"
#include "Widgets.h"
#include "app/Session.h"
#include "assess/AssessData.h"
#include "assess/AssessPage.h"
#include "assess/AssessResultModel.h"
#include "assess/AssessSeal.h"
#include "assess/AssessmentRepository.h"
#include "assess/BallotRepository.h"
#include "assess/ExplainDialog.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "print/PdfExport.h"
#include "report/AssessExplainReport.h"
#include "report/AssessScoreFormReport.h"
#include "report/AssessSummaryReport.h"
#include "report/ReportBallotReport.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace dj;

namespace {
// A form as the officer gets it: written to PDF, rendered to PNG at 60 dpi (it must show
// something) and read back as text, page by page, white space removed.
QString printed(const QList<report::Report> &reports, const QString &name)
{
    static QTemporaryDir dir;
    const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
    const int n = PdfExport::write(reports, pdf);
    REQUIRE(n >= 1);
    const QString prefix = dir.filePath(name);
    toolOutput(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                            QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                            QStringLiteral("1"), pdf, prefix});
    QImage image;
    for (const QString &candidate : {prefix + QStringLiteral("-1.png"), prefix + QStringLiteral("-01.png"),
                                     prefix + QStringLiteral("-001.png")})
        if (image.load(candidate))
            break;
    REQUIRE_FALSE(image.isNull());
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(ink > 100); // text and rules drawn, not a blank page
    QString text;
    for (int p = 1; p <= n; ++p)
        text += pageText(pdf, p);
    return text;
}

// The row number beside row r: the header item's text (the default header has no item).
QString rowNumber(const QTableWidget *table, int r)
{
    const QTableWidgetItem *item = table->verticalHeaderItem(r);
    return item ? item->text() : QStringLiteral("?");
}

// 机关党委 with two branches and a 党总支 between them in sort order; the 党总支's own branches
// are numbered 1 and 2 among themselves — a flat ORDER BY sort_order, code mixed them in.
struct OrderedTree : TempDb
{
    QString organ, zb01, zb02, zz, zb03, zb04;
    QString add(OrgType type, const QString &parent, const QString &name, const QString &code, int sort)
    {
        Organization o;
        o.type = type;
        o.parentId = parent;
        o.name = name;
        o.code = code;
        o.sortOrder = sort;
        o.termYears = vocab::defaultTermYears(type);
        return OrganizationRepository(*db).insert(o);
    }
    OrderedTree()
    {
        const QString top = add(OrgType::PartyGroup, {}, QStringLiteral("中共市商务局党组"), QStringLiteral("SW"), 0);
        organ = add(OrgType::OrganCommittee, top, QStringLiteral("机关党委"), QStringLiteral("SW-JG"), 0);
        zb01 = add(OrgType::Branch, organ, QStringLiteral("办公室党支部"), QStringLiteral("SW-ZB01"), 1);
        zb02 = add(OrgType::Branch, organ, QStringLiteral("财务处党支部"), QStringLiteral("SW-ZB02"), 2);
        zz = add(OrgType::GeneralBranch, organ, QStringLiteral("服务中心党总支"), QStringLiteral("SW-ZZ1"), 3);
        zb03 = add(OrgType::Branch, zz, QStringLiteral("服务中心第一党支部"), QStringLiteral("SW-ZB03"), 1);
        zb04 = add(OrgType::Branch, zz, QStringLiteral("服务中心第二党支部"), QStringLiteral("SW-ZB04"), 2);
    }
};

struct AssessOn
{
    QString assessmentId;
    std::unique_ptr<Session> session;
    explicit AssessOn(std::unique_ptr<Database> db, const Weights &w = {})
    {
        SchemeRepository schemes(*db);
        AssessmentRepository repo(*db);
        assessmentId = repo.create(2026, schemes.installBuiltin(), w, repo.defaultOrgIds(false));
        session = std::make_unique<Session>(std::move(db));
        session->setPerson(QStringLiteral("测试录入员")); // 录入人, as if asked at the first entry
    }
    Database &data() { return session->db(); }
};

const Indicator &indicator(const Scheme &scheme, const char *code)
{
    for (const Indicator &i : scheme.indicators)
        if (i.code == QLatin1String(code))
            return i;
    FAIL("no indicator " << code);
    return scheme.indicators.constFirst();
}
} // namespace

TEST_CASE("every entry grid lists the branches in the order of the printed ballot, numbered as on it",
          "[ui][assess][issue17]")
{
    chineseForScreenshots();
    OrderedTree t;
    AssessOn s(std::move(t.db));
    AssessPage page(*s.session);
    page.resize(1200, 700);
    page.show();
    QApplication::processEvents();

    // The printed ballot, as paper: its 序号 and names in order.
    const report::Report ballot = report::ReportBallotReport::build(s.data(), 2026);
    QStringList paper;
    for (const report::Block &b : ballot.blocks)
        for (const QStringList &row : b.rows)
            paper << row.at(0) + QLatin1Char(' ') + row.at(1);
    const QStringList expected{QStringLiteral("1 办公室党支部"), QStringLiteral("2 财务处党支部"),
                               QStringLiteral("3 服务中心第一党支部"), QStringLiteral("4 服务中心第二党支部")};
    REQUIRE(paper == expected);
    // … and as printed: the rows read back from the PDF in that order.
    const QString text = printed({ballot}, QStringLiteral("ballot"));
    int at = 0;
    for (const QString &row : expected) {
        const int found = int(text.indexOf(squeezed(row.section(QLatin1Char(' '), 1)), at));
        INFO(row.toStdString());
        CHECK(found > at);
        at = std::max(at, found);
    }

    // The score forms of every branch come in the same order.
    const QString forms = printed(report::AssessScoreFormReport::build(s.data(), 2026, {}), QStringLiteral("forms"));
    at = 0;
    for (const QString &row : expected) {
        const int found = int(forms.indexOf(QStringLiteral("党组织名称：") + row.section(QLatin1Char(' '), 1), at));
        INFO(row.toStdString());
        CHECK(found >= at);
        at = std::max(at, found);
    }

    // 述职评议: the row number in the header beside the name, rows in the ballot's order.
    auto *tabs = child<QTabWidget>(&page, "assessTabs");
    tabs->setCurrentIndex(3);
    auto *marks = child<QTableWidget>(&page, "ballotMarks");
    REQUIRE(marks->rowCount() == 4);
    CHECK_FALSE(marks->verticalHeader()->isHidden());
    QStringList screen;
    for (int r = 0; r < marks->rowCount(); ++r)
        screen << rowNumber(marks, r) + QLatin1Char(' ') + marks->item(r, 0)->text().section(QStringLiteral("  "), 1);
    CHECK(screen == expected);
    screenshot(page, QStringLiteral("issue17-ballot-order"));

    // 党组评价.
    tabs->setCurrentIndex(2);
    auto *group = child<QTableWidget>(&page, "partyGroupTable");
    REQUIRE(group->rowCount() == 4);
    screen.clear();
    for (int r = 0; r < group->rowCount(); ++r)
        screen << rowNumber(group, r) + QLatin1Char(' ') + group->item(r, 0)->text();
    CHECK(screen == expected);

    // 日常考核: the branch list of the form and the rows of the area grid.
    tabs->setCurrentIndex(1);
    auto *org = child<QComboBox>(&page, "dailyOrg");
    REQUIRE(org->count() == 4);
    screen.clear();
    for (int i = 0; i < org->count(); ++i)
        screen << org->itemText(i).section(QLatin1Char('.'), 0, 0) + QLatin1Char(' ') +
                      org->itemText(i).section(QStringLiteral("  "), 1);
    CHECK(screen == expected);
    child<QComboBox>(&page, "dailyMode")->setCurrentIndex(1);
    QApplication::processEvents();
    auto *grid = child<QTableView>(&page, "areaGrid");
    REQUIRE(grid->model()->rowCount() == 4);
    CHECK_FALSE(grid->verticalHeader()->isHidden());
    screen.clear();
    for (int r = 0; r < grid->model()->rowCount(); ++r)
        screen << grid->model()->headerData(r, Qt::Vertical).toString() + QLatin1Char(' ') +
                      grid->model()->index(r, 0).data().toString();
    CHECK(screen == expected);
}

TEST_CASE("a component not entered shows 未录入, the total is a draft and sealing is refused",
          "[ui][assess][issue17]")
{
    chineseForScreenshots();
    SmallTree t;
    AssessOn s(std::move(t.db), {50, 30, 20});
    const Scheme scheme = SchemeRepository(s.data()).get(AssessmentRepository(s.data()).ofYear(2026).schemeId);
    const Indicator &a01 = indicator(scheme, "A01"), &a02 = indicator(scheme, "A02");
    // Both branches reviewed and balloted; only 办公室党支部 has its 党组评价, and
    // 服务中心第一党支部 has a 自评 of A02 nobody has reviewed.
    ScoreRepository(s.data()).set(s.assessmentId, {{t.branch1, a01.id, ScoreStage::Review, 12.0, {}},
                                                   {t.branch2, a01.id, ScoreStage::Review, 6.0, {}},
                                                   {t.branch2, a02.id, ScoreStage::Self, 1.0, {}}},
                                  QStringLiteral("审核人"));
    PartyGroupRepository(s.data()).set(s.assessmentId, {{t.branch1, QStringLiteral("党组书记"), 90.0}}, {});
    BallotRepository(s.data()).set(s.assessmentId, 1, {{QStringLiteral("001"), {}, t.branch1, QStringLiteral("90")},
                                                       {QStringLiteral("001"), {}, t.branch2, QStringLiteral("95")}},
                                   {});
    AssessPage page(*s.session);
    page.resize(1200, 700);
    page.show();
    QApplication::processEvents();

    auto *results = child<QTableView>(&page, "assessResults");
    const QAbstractItemModel *m = results->model();
    REQUIRE(m->rowCount() == 2);
    int second = -1;
    for (int r = 0; r < 2; ++r)
        if (m->index(r, AssessResultModel::Code).data().toString() == QStringLiteral("SW-ZB02"))
            second = r;
    REQUIRE(second >= 0);
    const auto cell = [&](int row, int column) { return m->index(row, column).data().toString(); };
    CHECK(cell(second, AssessResultModel::PartyGroup) == AssessResultModel::tr("not entered"));
    CHECK(cell(second, AssessResultModel::Total).contains(AssessResultModel::tr("%1 (draft)").arg(QString())));
    CHECK(cell(second, AssessResultModel::Grade).contains(AssessResultModel::tr("%1 (draft)").arg(QString())));
    CHECK_FALSE(cell(second, AssessResultModel::Total).startsWith(QStringLiteral("0.00")));
    CHECK(cell(second, AssessResultModel::Note).contains(a02.code)); // 未审核 named
    // The complete branch is final.
    CHECK_FALSE(cell(1 - second, AssessResultModel::Total).contains(AssessResultModel::tr("%1 (draft)").arg(QString())));

    // The header counts what is missing per component: 0 organisations without a reviewed
    // value, 1 self-assessed value not reviewed, 1 organisation without a mark (and 1 mark
    // missing), 0 without a ballot.
    auto *missing = page.findChild<QLabel *>(QStringLiteral("assessMissing"));
    REQUIRE(missing);
    CHECK(missing->isVisible());
    QStringList counts;
    for (const QRegularExpressionMatch &n : QRegularExpression(QStringLiteral("\\d+")).globalMatch(missing->text()))
        counts << n.captured();
    CHECK(counts == QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                                QStringLiteral("0")});
    screenshot(page, QStringLiteral("issue17-results-draft"));

    // Sealing is refused, naming the branch and the component.
    QString message;
    onNextModal([&](QWidget *w) {
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            message = box->text();
            box->accept();
        }
    });
    child<QToolButton>(&page, "sealAssessment")->click();
    QApplication::processEvents();
    CHECK(message.contains(QStringLiteral("服务中心第一党支部")));
    CHECK(message.contains(QCoreApplication::translate("dj::AssessSeal", "party group evaluation")));
    CHECK(message.contains(a02.code));
    CHECK_FALSE(AssessmentRepository(s.data()).ofYear(2026).sealed);

    // The explanation says 未录入 and draft.
    results->selectRow(second);
    QString explained;
    onNextModal([&](QWidget *w) {
        if (auto *view = w->findChild<QTextBrowser *>(QStringLiteral("explainText")))
            explained = view->toPlainText();
        qobject_cast<QDialog *>(w)->reject();
    });
    child<QToolButton>(&page, "explainTotal")->click();
    QApplication::processEvents();
    CHECK(explained.contains(AssessResultModel::tr("not entered")));
    CHECK(explained.contains(AssessResultModel::tr("%1 (draft)").arg(QString())));
    CHECK(explained.contains(ExplainDialog::tr("not reviewed"))); // A02's 审核

    // On paper: the summary, the explanation and the score form say so too.
    const QString summary = printed({report::AssessSummaryReport::build(s.data(), 2026)}, QStringLiteral("summary"));
    CHECK(summary.contains(QStringLiteral("未录入")));
    CHECK(summary.contains(QStringLiteral("草稿")));
    CHECK(summary.contains(QStringLiteral("待录入：党组评价")));
    CHECK(summary.contains(QStringLiteral("党组评价1个党组织未录入")));
    const QString explain =
        printed({report::AssessExplainReport::build(s.data(), 2026, t.branch2)}, QStringLiteral("explain"));
    CHECK(explain.contains(QStringLiteral("党组评价未录入")));
    CHECK(explain.contains(QStringLiteral("草稿")));
    CHECK(explain.contains(QStringLiteral("未审核")));
    const QString form =
        printed(report::AssessScoreFormReport::build(s.data(), 2026, t.branch2), QStringLiteral("form"));
    CHECK(form.contains(QStringLiteral("自评数值")));
    CHECK(form.contains(QStringLiteral("审核得分")));
    CHECK(form.contains(a01.code + squeezed(a01.area + a01.name)));     // codes as on screen
    CHECK(form.contains(QStringLiteral("草稿：1项自评尚未审核（") + a02.code)); // marked a draft
    CHECK(form.contains(QStringLiteral("未审核—")));                   // not a 0
}

TEST_CASE("the explanation of a total shows every score to 2 decimals", "[ui][assess][issue17]")
{
    chineseForScreenshots();
    SmallTree t;
    AssessOn s(std::move(t.db), {50, 30, 20});
    const Scheme scheme = SchemeRepository(s.data()).get(AssessmentRepository(s.data()).ofYear(2026).schemeId);
    // B03 counts 参学率 ÷ 90 % × 2: 85 gives 1.8888… points; C01 3 of 4 meetings 1.875.
    const Indicator &b03 = indicator(scheme, "B03"), &c01 = indicator(scheme, "C01");
    ScoreRepository(s.data()).set(s.assessmentId, {{t.branch1, b03.id, ScoreStage::Review, 85.0, {}},
                                                   {t.branch1, c01.id, ScoreStage::Review, 3.0, {}},
                                                   {t.branch2, c01.id, ScoreStage::Review, 4.0, {}}},
                                  QStringLiteral("审核人"));
    PartyGroupRepository(s.data()).set(s.assessmentId, {{t.branch1, QStringLiteral("党组书记"), 88.3333333},
                                                        {t.branch2, QStringLiteral("党组书记"), 90.0}},
                                       {});
    BallotRepository(s.data()).set(s.assessmentId, 1, {{QStringLiteral("001"), {}, t.branch1, QStringLiteral("好")},
                                                       {QStringLiteral("001"), {}, t.branch2, QStringLiteral("81")}},
                                   {});
    AssessPage page(*s.session);
    page.show();
    QApplication::processEvents();
    auto *results = child<QTableView>(&page, "assessResults");
    int first = -1;
    for (int r = 0; r < results->model()->rowCount(); ++r)
        if (results->model()->index(r, AssessResultModel::Code).data().toString() == QStringLiteral("SW-ZB01"))
            first = r;
    REQUIRE(first >= 0);
    results->selectRow(first);
    QString explained, title;
    onNextModal([&](QWidget *w) {
        title = w->windowTitle();
        if (auto *view = w->findChild<QTextBrowser *>(QStringLiteral("explainText")))
            explained = view->toPlainText();
        screenshot(*w, QStringLiteral("issue17-explain-rounded"));
        qobject_cast<QDialog *>(w)->reject();
    });
    child<QToolButton>(&page, "explainTotal")->click();
    QApplication::processEvents();
    REQUIRE_FALSE(explained.isEmpty());
    const QRegularExpression unrounded(QStringLiteral("\\d+\\.\\d{3,}"));
    INFO(explained.toStdString());
    CHECK_FALSE(unrounded.match(explained).hasMatch());
    CHECK_FALSE(unrounded.match(title).hasMatch());
    CHECK(explained.contains(QStringLiteral("1.89"))); // B03's points, rounded
    CHECK(explained.contains(QStringLiteral("1.88"))); // C01's 1.875, half up
    // The stored values keep their precision.
    for (const PartyGroupMark &mark : PartyGroupRepository(s.data()).marks(s.assessmentId))
        if (mark.orgId == t.branch1)
            CHECK(mark.score == Approx(88.3333333).epsilon(1e-12));

    // So does the printed explanation.
    const QString pdf =
        printed({report::AssessExplainReport::build(s.data(), 2026, t.branch1)}, QStringLiteral("explain-rounded"));
    CHECK_FALSE(unrounded.match(pdf).hasMatch());
}
