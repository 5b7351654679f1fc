// The 量化考核 page as an officer uses it: scores typed from the keyboard and undone, party
// group marks, ballots typed twice, sealing refused and then done, an explanation.
#include "SmallTree.h"
#include "Widgets.h"
#include "app/Session.h"
#include "assess/AssessChartsTab.h"
#include "assess/AssessOrgsDialog.h"
#include "charts/AssessChart.h"
#include "assess/AssessPage.h"
#include "assess/AssessResultModel.h"
#include "assess/AssessData.h"
#include "assess/AssessmentRepository.h"
#include "assess/BallotRepository.h"
#include "assess/ExplainDialog.h"
#include "assess/IndicatorDialog.h"
#include "assess/SchemesDialog.h"
#include "assess/AssessExplain.h"
#include "assess/AssessSeal.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SatisfactionRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace dj;

namespace {
struct AssessSession : SmallTree
{
    QString assessmentId;
    std::unique_ptr<Session> session;
    AssessSession()
    {
        SchemeRepository schemes(*db);
        AssessmentRepository repo(*db);
        assessmentId = repo.create(2026, schemes.installBuiltin(), {}, repo.defaultOrgIds(false));
        session = std::make_unique<Session>(std::move(db));
        session->setPerson(QStringLiteral("测试录入员")); // 录入人, as if asked at the first entry
    }
    Database &data() { return session->db(); }
};

} // namespace

TEST_CASE("a reviewed value typed in the daily form counts and undoes", "[ui][assess]")
{
    AssessSession s;
    AssessPage page(*s.session);
    page.show();
    auto *tabs = child<QTabWidget>(&page, "assessTabs");
    tabs->setCurrentIndex(1);
    auto *table = child<QTableView>(&page, "dailyTable");
    const Scheme scheme = SchemeRepository(s.data()).get(AssessmentRepository(s.data()).ofYear(2026).schemeId);
    int judged = -1;
    for (int i = 0; i < scheme.indicators.size() && judged < 0; ++i)
        if (scheme.indicators.at(i).rule == ScoreRule::Judged)
            judged = i;
    REQUIRE(judged >= 0);
    // Keyboard only: go to the reviewed cell, type, Enter.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(judged, 6));
    QTest::keyClicks(table, QStringLiteral("2"));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor); // typing opened the cell's editor
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    QApplication::processEvents();
    const QList<ScoreEntry> entries = ScoreRepository(s.data()).entries(s.assessmentId);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).value == 2);
    CHECK(entries.at(0).stage == ScoreStage::Review);
    CHECK(table->currentIndex().row() == judged + 1); // Enter moved down
    double expected = 2;
    for (const Indicator &i : scheme.indicators)
        if (i.rule == ScoreRule::Deduct)
            expected += i.maxScore; // nothing deducted
    CHECK(child<QLabel>(&page, "dailyTotal")->text().contains(QString::number(expected, 'f', 2)));

    // A score above the maximum is refused with the indicator named; nothing changes.
    QString message;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
        }
    });
    table->model()->setData(table->model()->index(judged, 6), QStringLiteral("99"), Qt::EditRole);
    CHECK(message.contains(scheme.indicators.at(judged).code));
    CHECK(ScoreRepository(s.data()).entries(s.assessmentId).at(0).value == 2);

    s.session->undoStack()->undo();
    QApplication::processEvents();
    CHECK(ScoreRepository(s.data()).entries(s.assessmentId).isEmpty());
    s.session->undoStack()->redo();
    CHECK(ScoreRepository(s.data()).entries(s.assessmentId).size() == 1);
}

TEST_CASE("party group marks and ballots typed on the page reach the total", "[ui][assess]")
{
    AssessSession s;
    AssessPage page(*s.session);
    page.show();
    auto *grid = child<QTableWidget>(&page, "partyGroupTable");
    // An evaluator column is added by name.
    QTimer::singleShot(0, [] {
        if (auto *dlg = QApplication::activeModalWidget()) {
            if (auto *edit = dlg->findChild<QLineEdit *>())
                edit->setText(QStringLiteral("党组书记"));
            QMetaObject::invokeMethod(dlg, "accept");
        }
    });
    child<QToolButton>(&page, "addEvaluator")->click();
    REQUIRE(grid->columnCount() == 3);
    grid->item(0, 1)->setText(QStringLiteral("92"));
    QApplication::processEvents();
    REQUIRE(PartyGroupRepository(s.data()).marks(s.assessmentId).size() == 1);
    CHECK(PartyGroupRepository(s.data()).marks(s.assessmentId).at(0).score == 92);

    auto *number = child<QLineEdit>(&page, "ballotNumber");
    auto *marks = child<QTableWidget>(&page, "ballotMarks");
    auto *entry = child<QComboBox>(&page, "ballotEntry");
    number->setText(QStringLiteral("001"));
    marks->item(0, 1)->setText(QStringLiteral("好"));
    marks->item(1, 1)->setText(QStringLiteral("81"));
    child<QPushButton>(&page, "saveBallot")->click();
    QApplication::processEvents();
    CHECK(number->text() == QStringLiteral("002")); // ready for the next paper ballot
    // The second typing disagrees on one mark: listed, and sealing says why not.
    number->setText(QStringLiteral("001"));
    entry->setCurrentIndex(1);
    marks->item(0, 1)->setText(QStringLiteral("好"));
    marks->item(1, 1)->setText(QStringLiteral("87"));
    child<QPushButton>(&page, "saveBallot")->click();
    QApplication::processEvents();
    auto *mismatches = child<QListWidget>(&page, "ballotMismatches");
    REQUIRE(mismatches->count() == 1);
    CHECK(mismatches->item(0)->text().contains(QStringLiteral("001")));
    QString message;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
        }
    });
    child<QToolButton>(&page, "sealAssessment")->click();
    CHECK(message.contains(QStringLiteral("Ballot 001")));
    CHECK_FALSE(AssessmentRepository(s.data()).ofYear(2026).sealed);

    // Corrected by the second typist: nothing disagrees; sealing goes through.
    number->setText(QStringLiteral("001"));
    entry->setCurrentIndex(1);
    marks->item(0, 1)->setText(QStringLiteral("好"));
    marks->item(1, 1)->setText(QStringLiteral("81"));
    child<QPushButton>(&page, "saveBallot")->click();
    QApplication::processEvents();
    CHECK(BallotRepository(s.data()).mismatches(s.assessmentId).isEmpty());
    // Sealing waits for what is still missing: the daily values and a party-group mark.
    CHECK(AssessSeal::blockers(s.data(), s.assessmentId).size() == 2);
    const Scheme scheme = SchemeRepository(s.data()).get(AssessmentRepository(s.data()).ofYear(2026).schemeId);
    const QList<AssessedOrg> orgs = AssessmentRepository(s.data()).orgs(s.assessmentId);
    ScoreRepository(s.data()).set(s.assessmentId, {{orgs.at(0).orgId, scheme.indicators.at(0).id, ScoreStage::Review, 1.0, {}},
                                                   {orgs.at(1).orgId, scheme.indicators.at(0).id, ScoreStage::Review, 1.0, {}}},
                                  QStringLiteral("审核人"));
    grid->item(1, 1)->setText(QStringLiteral("88"));
    QApplication::processEvents();
    QApplication::processEvents();
    REQUIRE(AssessSeal::blockers(s.data(), s.assessmentId).isEmpty());
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    child<QToolButton>(&page, "sealAssessment")->click();
    QApplication::processEvents();
    CHECK(AssessmentRepository(s.data()).ofYear(2026).sealed);
    CHECK(child<QLabel>(&page, "assessState")->text().startsWith(QStringLiteral("Sealed. ")));
    const AssessResult r = AssessData::compute(s.data(), s.assessmentId);
    double reports = 0;
    for (const OrgResult &o : r.rows)
        reports += o.report.value_or(0);
    CHECK(reports == Approx(95 + 81)); // the word 好 at its 95 points

    // The explanation names the evaluator and the ballot.
    const QString html = ExplainDialog::html(AssessExplain::build(s.data(), s.assessmentId, r.rows.at(0).orgId));
    CHECK(html.contains(QStringLiteral("党组书记")));
    CHECK(html.contains(QStringLiteral("001")));
}

TEST_CASE("pairs are suggested, adjusted and kept", "[ui][assess]")
{
    AssessSession s;
    // Pairs go by totals: both branches need something entered (with nothing, no total).
    const QList<AssessedOrg> orgs = AssessmentRepository(s.data()).orgs(s.assessmentId);
    PartyGroupRepository(s.data()).set(s.assessmentId, {{orgs.at(0).orgId, QStringLiteral("党组书记"), 90.0},
                                                        {orgs.at(1).orgId, QStringLiteral("党组书记"), 80.0}}, {});
    AssessPage page(*s.session);
    page.show();
    QApplication::processEvents();
    auto *pairs = child<QTableWidget>(&page, "pairTable");
    CHECK(pairs->rowCount() == 0);
    CHECK_FALSE(pairs->isVisible()); // no pairs yet: the empty table does not take the page
    const int emptyHeight = pairs->parentWidget()->height();
    child<QPushButton>(&page, "suggestPairs")->click();
    REQUIRE(pairs->rowCount() == 1); // two branches: one pair
    CHECK(pairs->isVisible());
    CHECK(emptyHeight < 80);
    // Swap the partners, as an officer would in the cells.
    const QVariant first = pairs->item(0, 0)->data(Qt::UserRole), second = pairs->item(0, 1)->data(Qt::UserRole);
    pairs->item(0, 0)->setData(Qt::UserRole, second);
    pairs->item(0, 1)->setData(Qt::UserRole, first);
    child<QPushButton>(&page, "keepPairs")->click();
    QApplication::processEvents();
    const QList<AssessPair> kept = AssessmentRepository(s.data()).pairs(s.assessmentId);
    REQUIRE(kept.size() == 1);
    CHECK(kept.at(0).strongOrgId == second.toString());
    CHECK(kept.at(0).weakOrgId == first.toString());
    s.session->undoStack()->undo();
    CHECK(AssessmentRepository(s.data()).pairs(s.assessmentId).isEmpty());
}

TEST_CASE("a satisfaction survey is created and a paper ballot typed on the page", "[ui][assess][satisfaction]")
{
    AssessSession s;
    AssessPage page(*s.session);
    page.show();
    QApplication::processEvents();
    child<QPushButton>(&page, "createSurvey")->click();
    QApplication::processEvents();
    auto *results = child<QTableWidget>(&page, "surveyResults");
    REQUIRE(results->rowCount() == SatisfactionRepository::defaultItems().size());
    child<QLineEdit>(&page, "surveyBallotNo")->setText(QStringLiteral("001"));
    auto *answers = child<QTableWidget>(&page, "surveyAnswers");
    static_cast<QComboBox *>(answers->cellWidget(0, 1))->setCurrentIndex(3); // 不满意
    child<QPushButton>(&page, "saveSurveyBallot")->click();
    QApplication::processEvents();
    const SatisfactionResult r = SatisfactionRepository(s.data()).result(SatisfactionRepository(s.data()).forYear(2026)->id);
    CHECK(r.validBallots == 1);
    CHECK(r.items.at(0).counts == QList<int>{0, 0, 1});
    CHECK(r.items.at(1).counts == QList<int>{1, 0, 0});
    CHECK(child<QLineEdit>(&page, "surveyBallotNo")->text() == QStringLiteral("002"));
    s.session->undoStack()->undo();
    CHECK(SatisfactionRepository(s.data()).result(SatisfactionRepository(s.data()).forYear(2026)->id).validBallots == 0);
}

TEST_CASE("every assessment chart draws and saves as PNG", "[ui][assess][charts]")
{
    AssessSession s;
    AssessPage page(*s.session);
    page.show();
    QApplication::processEvents();
    auto *tabs = child<QTabWidget>(&page, "assessTabs");
    tabs->setCurrentIndex(tabs->count() - 1);
    QApplication::processEvents();
    auto *charts = page.findChild<AssessChartsTab *>();
    REQUIRE(charts);
    QTemporaryDir dir;
    for (auto kind : {AssessChartsTab::Ranking, AssessChartsTab::Radar, AssessChartsTab::Grades, AssessChartsTab::Trend,
                      AssessChartsTab::Spread}) {
        charts->showKind(kind);
        QApplication::processEvents();
        CHECK_FALSE(charts->chart()->title().isEmpty());
        const QString png = dir.filePath(QStringLiteral("chart%1.png").arg(int(kind)));
        REQUIRE(charts->chart()->savePng(png));
        CHECK(QImage(png).width() > 100);
    }
}

TEST_CASE("the area grid takes reviewed values for every organisation", "[ui][assess]")
{
    AssessSession s;
    AssessPage page(*s.session);
    page.show();
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    child<QComboBox>(&page, "dailyMode")->setCurrentIndex(1);
    QApplication::processEvents();
    auto *grid = child<QTableView>(&page, "areaGrid");
    REQUIRE(grid->model()->rowCount() == 2);     // both branches
    REQUIRE(grid->model()->columnCount() == 11); // 政治建设's 10 indicators and the name
    // Type down the first indicator's column: Enter moves to the next branch.
    grid->setCurrentIndex(grid->model()->index(0, 1));
    for (const char *v : {"3", "2"}) {
        QTest::keyClicks(grid, QString::fromLatin1(v));
        auto *editor = grid->viewport()->findChild<QLineEdit *>();
        REQUIRE(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        QApplication::processEvents();
    }
    const QList<ScoreEntry> entries = ScoreRepository(s.data()).entries(s.assessmentId);
    REQUIRE(entries.size() == 2);
    double sum = 0;
    for (const ScoreEntry &e : entries) {
        CHECK(e.stage == ScoreStage::Review);
        sum += e.value;
    }
    CHECK(sum == 5);
}

TEST_CASE("an indicator is added to an unlocked scheme and undone", "[ui][assess]")
{
    AssessSession s;
    SchemesDialog dialog(*s.session);
    dialog.show();
    const QString schemeId = AssessmentRepository(s.data()).ofYear(2026).schemeId;
    QTimer::singleShot(0, [] {
        auto *dlg = qobject_cast<IndicatorDialog *>(QApplication::activeModalWidget());
        REQUIRE(dlg);
        child<QLineEdit>(dlg, "indicatorCode")->setText(QStringLiteral("E01"));
        child<QLineEdit>(dlg, "indicatorName")->setText(QStringLiteral("党建品牌创建"));
        dlg->findChild<QComboBox *>()->setCurrentText(QStringLiteral("政治建设")); // the area
        dlg->findChild<QDoubleSpinBox *>()->setValue(1);
        dlg->accept();
        if (dlg->isVisible()) // refused: do not hang the test
            dlg->reject();
    });
    child<QPushButton>(&dialog, "addIndicator")->click();
    CHECK(SchemeRepository(s.data()).get(schemeId).indicators.size() == 47);
    CHECK(child<QTableWidget>(&dialog, "schemeIndicators")->rowCount() == 47);
    s.session->undoStack()->undo();
    CHECK(SchemeRepository(s.data()).get(schemeId).indicators.size() == 46);
}

TEST_CASE("the organisations assessed are changed on the page and undone", "[ui][assess]")
{
    AssessSession s;
    AssessPage page(*s.session);
    page.show();
    QApplication::processEvents();
    QTimer::singleShot(0, [] {
        auto *dlg = qobject_cast<AssessOrgsDialog *>(QApplication::activeModalWidget());
        REQUIRE(dlg);
        auto *list = child<QListWidget>(dlg, "assessOrgList");
        REQUIRE(list->count() == 3); // two 党支部 and the 党总支
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(list->item(i)->text().contains(QStringLiteral("第一党支部")) ? Qt::Unchecked : Qt::Checked);
        dlg->accept();
    });
    child<QToolButton>(&page, "assessOrgs")->click();
    QApplication::processEvents();
    CHECK(AssessmentRepository(s.data()).orgs(s.assessmentId).size() == 2); // 办公室党支部 and the 党总支
    CHECK(child<QTableView>(&page, "assessResults")->model()->rowCount() == 2);
    s.session->undoStack()->undo();
    CHECK(AssessmentRepository(s.data()).orgs(s.assessmentId).size() == 2);
    QStringList names;
    for (const AssessedOrg &o : AssessmentRepository(s.data()).orgs(s.assessmentId))
        names << o.name;
    CHECK(names.contains(QStringLiteral("服务中心第一党支部")));
}

TEST_CASE("File → Export the table takes the table of the tab shown", "[ui][assess]")
{
    AssessSession s;
    AssessPage page(*s.session);
    page.show();
    QApplication::processEvents();
    auto *tabs = child<QTabWidget>(&page, "assessTabs");
    QString name;
    CHECK(page.currentTableModel(&name) == page.resultModel());
    tabs->setCurrentIndex(2);
    CHECK(page.currentTableModel(&name) == child<QTableWidget>(&page, "partyGroupTable")->model());
    tabs->setCurrentIndex(1);
    CHECK(page.currentTableModel(&name) == child<QTableView>(&page, "dailyTable")->model());
    child<QComboBox>(&page, "dailyMode")->setCurrentIndex(1);
    CHECK(page.currentTableModel(&name) == child<QTableView>(&page, "areaGrid")->model());
}
