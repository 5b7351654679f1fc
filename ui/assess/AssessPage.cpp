#include "AssessPage.h"

#include "AssessChartsTab.h"
#include "AssessOrgsDialog.h"
#include "AssessResultModel.h"
#include "AssessSettingsDialog.h"
#include "BallotTab.h"
#include "DailyScoreTab.h"
#include "ExplainDialog.h"
#include "NewAssessmentDialog.h"
#include "PairingPanel.h"
#include "PartyGroupTab.h"
#include "SatisfactionTab.h"
#include "SchemesDialog.h"
#include "app/FunctionCommand.h"
#include "app/ReportActions.h"
#include "app/Session.h"
#include "access/Permission.h"
#include "storage/Database.h"
#include "common/EnteredByDialog.h"
#include "common/PageToolBar.h"
#include "assess/AssessData.h"
#include "assess/AssessExplain.h"
#include "assess/AssessSeal.h"
#include "assess/AssessmentRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/TextLimits.h"
#include "common/ViewFit.h"
#include "report/AssessExplainReport.h"
#include "report/AssessScoreFormReport.h"
#include "report/ReportBallotReport.h"
#include "report/SecretaryTableReport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace dj;

AssessPage::AssessPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("assessPage"));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("assessYear"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("assessState"));
    // 录入人: the signed-in account, or the name asked once for the session (click to change).
    m_by = new QPushButton(this);
    m_by->setObjectName(QStringLiteral("assessEnteredBy"));
    m_by->setFlat(true);
    m_by->setEnabled(!session.personIsAccount());
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_by, &QPushButton::clicked, this, [this] { EnteredByDialog::change(m_session, this); });
    connect(&session, &Session::personChanged, this, &AssessPage::showPerson);
    showPerson();
    auto *top = new PageToolBar(QStringLiteral("assessToolbar"), this);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(m_by);
    auto *schemes = top->addButton(QStringLiteral("list"), tr("S&chemes…"), QStringLiteral("assessSchemes"));
    auto *create = top->addButton(QStringLiteral("add"), tr("&New assessment…"), QStringLiteral("newAssessment"));
    m_orgsButton = top->addButton(QStringLiteral("page-orgs"), tr("Organi&sations…"), QStringLiteral("assessOrgs"));
    m_rules = top->addButton(QStringLiteral("rules"), tr("&Rules…"), QStringLiteral("assessRules"));
    m_seal = top->addButton(QStringLiteral("seal"), QString(), QStringLiteral("sealAssessment"));

    // Results: the ranking, what to do with a row, and the pairs below.
    m_resultModel = new AssessResultModel(this);
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("assessResults"));
    m_results->setModel(m_resultModel);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    // Every column within the width at 1366 px: long names and notes are cut short first,
    // with the whole text in their tooltips.
    viewfit::fitColumns(m_results, AssessResultModel::Name);
    auto *rowButtons = new PageToolBar(QStringLiteral("assessResultsToolbar"), this);
    auto *scoreForms =
        rowButtons->addButton(QStringLiteral("document"), tr("Score &forms as PDF…"), QStringLiteral("printScoreForms"));
    auto *ballot = rowButtons->addButton(QStringLiteral("document"), tr("Blank &ballot as PDF…"), QStringLiteral("printBallot"));
    auto *secretaries = rowButtons->addButton(QStringLiteral("document"), tr("Secretaries' &table as PDF…"),
                                              QStringLiteral("printSecretaries"));
    rowButtons->addStretch();
    auto *decide = rowButtons->addButton(QStringLiteral("decide"), tr("&Decide a tied grade…"), QStringLiteral("decideGrade"));
    auto *explain = rowButtons->addButton(QStringLiteral("explain"), tr("&Explain the total…"), QStringLiteral("explainTotal"));
    // The 审核, grade decisions, sealing and pairs are the department's; core refuses them to a
    // branch account, and the page says so instead of offering them.
    m_mayReview = allowed(session.db().user(), Permission::ReviewAssessment);
    decide->setEnabled(m_mayReview);
    auto *branchNote = new QLabel(tr("Signed in for a branch: you enter your organisation's self-assessment (自评). "
                                     "The review (审核), grade decisions, sealing and the pairs are for the organ "
                                     "party committee and administrators."),
                                  this);
    branchNote->setObjectName(QStringLiteral("assessBranchNote"));
    branchNote->setWordWrap(true);
    branchNote->setVisible(!m_mayReview);
    m_pairs = new PairingPanel(session, this);
    auto *resultsPage = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    auto *split = new QSplitter(Qt::Vertical, resultsPage);
    split->setObjectName(QStringLiteral("assessSplitter"));
    auto *upper = new QWidget(split);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    m_missing = new QLabel(upper);
    m_missing->setObjectName(QStringLiteral("assessMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_missing->hide();
    upperLayout->addWidget(m_missing);
    upperLayout->addWidget(m_results, 1);
    upperLayout->addWidget(rowButtons);
    split->addWidget(upper);
    split->addWidget(m_pairs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    resultsLayout->addWidget(split);

    auto by = [this] { return enteredBy(); };
    m_daily = new DailyScoreTab(session, by, this);
    m_partyGroup = new PartyGroupTab(session, by, this);
    m_ballots = new BallotTab(session, by, this);
    m_satisfaction = new SatisfactionTab(session, this);
    m_charts = new AssessChartsTab(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("assessTabs"));
    m_tabs->addTab(resultsPage, tr("Results"));
    m_tabs->addTab(m_daily, tr("Daily scores"));
    m_tabs->addTab(m_partyGroup, tr("Party group evaluation"));
    m_tabs->addTab(m_ballots, tr("Report ballots"));
    m_tabs->addTab(m_satisfaction, tr("Satisfaction survey"));
    m_tabs->addTab(m_charts, PageToolBar::icon(QStringLiteral("chart")), tr("Charts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(branchNote);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &AssessPage::yearChanged);
    connect(create, &QToolButton::clicked, this, &AssessPage::newAssessment);
    connect(schemes, &QToolButton::clicked, this, [this] { SchemesDialog(m_session, this).exec(); });
    connect(m_rules, &QToolButton::clicked, this, &AssessPage::editRules);
    connect(m_orgsButton, &QToolButton::clicked, this, &AssessPage::editOrgs);
    connect(m_seal, &QToolButton::clicked, this, &AssessPage::sealOrReopen);
    connect(explain, &QToolButton::clicked, this, &AssessPage::explain);
    connect(m_results, &QTableView::doubleClicked, this, &AssessPage::explain);
    connect(decide, &QToolButton::clicked, this, &AssessPage::decideGrade);
    connect(scoreForms, &QToolButton::clicked, this, &AssessPage::printScoreForms);
    connect(secretaries, &QToolButton::clicked, this, [this] {
        if (!m_assessment.id.isEmpty())
            printReports({report::SecretaryTableReport::build(m_session.db(), m_assessment.year)},
                         QString::fromUtf8("党支部书记考核参考表 %1").arg(m_assessment.year));
    });
    connect(ballot, &QToolButton::clicked, this, [this] {
        if (!m_assessment.id.isEmpty())
            printReports({report::ReportBallotReport::build(m_session.db(), m_assessment.year)},
                         QString::fromUtf8("述职评议票 %1").arg(m_assessment.year));
    });
    connect(m_daily, &DailyScoreTab::errorOccurred, this, &AssessPage::showError);
    connect(m_partyGroup, &PartyGroupTab::errorOccurred, this, &AssessPage::showError);
    connect(m_ballots, &BallotTab::errorOccurred, this, &AssessPage::showError);
    connect(m_pairs, &PairingPanel::errorOccurred, this, &AssessPage::showError);
    connect(m_satisfaction, &SatisfactionTab::errorOccurred, this, &AssessPage::showError);
    connect(m_charts, &AssessChartsTab::errorOccurred, this, &AssessPage::showError);
    // Edits arrive from inside a table's own signal: reload once the event loop is back.
    connect(&session, &Session::assessChanged, this, [this] {
        if (m_reloadQueued)
            return;
        m_reloadQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_reloadQueued = false;
            reload();
        });
    });
    // Read on first show: a city's year is thousands of rows the start-up need not wait for.
    m_dirty = true;
}

void AssessPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

QString AssessPage::enteredBy() { return EnteredByDialog::ask(m_session, this); }

void AssessPage::showPerson()
{
    const QString who = m_session.person();
    m_by->setText(who.isEmpty() ? tr("Entered by: (asked at the first entry)") : tr("Entered by: %1").arg(who));
    m_by->setToolTip(m_session.personIsAccount() ? tr("The account signed in enters the scores.")
                                                 : tr("Click to change who enters the scores."));
}

int AssessPage::year() const { return m_year->currentData().toInt(); }

QString AssessPage::currentOrgId() const
{
    if (m_tabs->currentWidget() == m_daily)
        return m_daily->currentOrgId();
    const dj::OrgResult *r = m_resultModel->row(m_results->currentIndex().row());
    return r ? r->orgId : QString();
}

QAbstractItemModel *AssessPage::currentTableModel(QString *name) const
{
    QWidget *tab = m_tabs->currentWidget();
    *name = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    // Each tab's own table, by name; the charts tab exports the results.
    for (const char *table : {"dailyTable", "areaGrid", "partyGroupTable", "ballotList", "surveyResults"})
        if (auto *view = tab->findChild<QAbstractItemView *>(QLatin1String(table)); view && view->isVisibleTo(tab))
            return view->model();
    return m_resultModel;
}

void AssessPage::showError(const QString &message)
{
    if (message.isEmpty()) // refused without a reason to give: the 录入人 question was cancelled
        return;
    QMessageBox::warning(this, tr("Assessment"), message);
}

void AssessPage::fillYears(int select)
{
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (const Assessment &a : AssessmentRepository(m_session.db()).all())
        m_year->addItem(a.sealed ? tr("%1 (sealed)").arg(a.year) : QString::number(a.year), a.year);
    int index = m_year->findData(select);
    if (index < 0)
        index = 0;
    m_year->setCurrentIndex(index);
    yearChanged();
}

void AssessPage::yearChanged() { reload(); }

void AssessPage::reload()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (m_dirty && m_year->count() == 0) {
        m_dirty = false;
        fillYears(Clock::today().year());
        return;
    }
    m_dirty = false;
    QStringList years; // as the year box should read now (a year sealed or added elsewhere)
    for (const Assessment &a : AssessmentRepository(m_session.db()).all())
        years << (a.sealed ? tr("%1 (sealed)").arg(a.year) : QString::number(a.year));
    QStringList shown;
    for (int i = 0; i < m_year->count(); ++i)
        shown << m_year->itemText(i);
    if (years != shown) {
        fillYears(year());
        return;
    }
    const auto a = m_year->count() > 0 ? AssessmentRepository(m_session.db()).forYear(year()) : std::nullopt;
    m_assessment = a ? *a : Assessment();
    m_result = a ? AssessData::compute(m_session.db(), a->id) : AssessResult();
    const int row = m_results->currentIndex().row();
    m_resultModel->setResult(m_result);
    if (row >= 0)
        m_results->selectRow(std::min(row, m_resultModel->rowCount() - 1));
    m_rules->setEnabled(a && !a->sealed);
    m_orgsButton->setEnabled(a && !a->sealed);
    m_seal->setEnabled(a && m_mayReview);
    m_seal->setText(a && a->sealed ? tr("Re&open…") : tr("&Seal…"));
    m_seal->setIcon(PageToolBar::icon(a && a->sealed ? QStringLiteral("unseal") : QStringLiteral("seal")));
    if (!a) {
        m_state->setText(tr("No assessment yet: start one with New assessment."));
    } else {
        int ties = 0;
        for (const TieGroup &t : m_result.ties)
            ties += t.decided ? 0 : 1;
        QStringList parts{tr("%1 organisations").arg(m_result.rows.size()),
                          tr("weights %1/%2/%3").arg(a->weights.daily).arg(a->weights.partyGroup).arg(a->weights.report),
                          tr("grades %1 by %2").arg(a->grading.grades().join(QLatin1Char('/')),
                                                    a->grading.method == Grading::Method::Quota ? tr("quota")
                                                                                                : tr("thresholds"))};
        if (ties > 0)
            parts << tr("%n tie(s) to decide", nullptr, ties);
        m_state->setText((a->sealed ? tr("Sealed. ") : QString()) + parts.join(QStringLiteral(" · ")));
    }
    const AssessGaps &gaps = m_result.gaps;
    m_missing->setVisible(a && gaps.any());
    m_missing->setText(!gaps.any() ? QString()
                                   : tr("Draft: values are still to be entered. Daily assessment: %1 organisation(s) "
                                        "without a reviewed value, %2 self-assessed value(s) not reviewed; party group "
                                        "evaluation: %3 organisation(s) without a mark, %4 mark(s) missing; report "
                                        "ballots: %5 organisation(s) without a ballot. Totals and grades marked "
                                        "(draft) are not final, and the year cannot be sealed until they are "
                                        "entered.")
                                         .arg(gaps.daily)
                                         .arg(gaps.unreviewed)
                                         .arg(gaps.partyGroup)
                                         .arg(gaps.partyGroupMarks)
                                         .arg(gaps.report));
    m_daily->setAssessment(m_assessment);
    m_partyGroup->setAssessment(m_assessment);
    m_ballots->setAssessment(m_assessment);
    m_pairs->setAssessment(m_assessment, m_result);
    m_satisfaction->setYear(year() > 0 ? year() : Clock::today().year());
    m_charts->setAssessment(m_assessment, m_result);
}

void AssessPage::newAssessment()
{
    NewAssessmentDialog dialog(m_session, Clock::today().year(), this);
    if (dialog.exec() == QDialog::Accepted)
        fillYears(dialog.createdYear());
}

void AssessPage::editRules()
{
    if (m_assessment.id.isEmpty())
        return;
    AssessSettingsDialog dialog(m_assessment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Assessment now = dialog.settings(), old = m_assessment;
    auto apply = [this](const Assessment &a) {
        AssessmentRepository repo(m_session.db());
        repo.setWeights(a.id, a.weights);
        repo.setGrading(a.id, a.grading);
        repo.setBallotRules(a.id, a.ballotPoints, a.trimFrom);
    };
    auto *cmd = new FunctionCommand(m_session, tr("Change the assessment rules"), [apply, now] { apply(now); },
                                    [apply, old] { apply(old); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        showError(error);
}

void AssessPage::editOrgs()
{
    if (m_assessment.id.isEmpty())
        return;
    AssessOrgsDialog dialog(m_session, m_assessment.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_assessment.id;
    const QStringList now = dialog.chosen();
    QStringList old;
    for (const AssessedOrg &o : AssessmentRepository(m_session.db()).orgs(id))
        old << o.orgId;
    auto *cmd = new FunctionCommand(
        m_session, tr("Change the organisations assessed"), [s = &m_session, id, now] { AssessmentRepository(s->db()).setOrgs(id, now); },
        [s = &m_session, id, old] { AssessmentRepository(s->db()).setOrgs(id, old); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        showError(error);
}

void AssessPage::sealOrReopen()
{
    if (m_assessment.id.isEmpty())
        return;
    const QString by = enteredBy(); // who sealed or reopened is recorded
    if (by.isEmpty())
        return;
    try {
        if (m_assessment.sealed) {
            bool ok = false;
            const QString reason = textlimits::askText(this, tr("Reopen the %1 assessment").arg(m_assessment.year),
                                                       tr("Why is it reopened? The reason is recorded."),
                                                       dj::limits::ReasonMax, QString(), &ok);
            if (!ok)
                return;
            AssessSeal::reopen(m_session.db(), m_assessment.id, reason, by);
        } else {
            const QStringList blockers = AssessSeal::blockers(m_session.db(), m_assessment.id);
            if (!blockers.isEmpty()) {
                showError(tr("The assessment cannot be sealed yet:\n\n%1").arg(blockers.join(QLatin1Char('\n'))));
                return;
            }
            if (QMessageBox::question(this, tr("Seal the %1 assessment").arg(m_assessment.year),
                                      tr("After sealing nothing in this year's assessment can change until it is "
                                         "reopened with a recorded reason. Seal it now?")) != QMessageBox::Yes)
                return;
            AssessSeal::seal(m_session.db(), m_assessment.id, by);
        }
    } catch (const Error &e) {
        showError(e.message());
    }
    // Sealing is recorded with who and why, not an undo step; earlier edits of a sealed year
    // are refused if someone tries to undo them.
    m_session.notifyAssess();
}

void AssessPage::printReports(const QList<report::Report> &reports, const QString &name)
{
    reportactions::exportPdf(reports, name, this);
}

void AssessPage::printScoreForms()
{
    if (m_assessment.id.isEmpty())
        return;
    // The selected organisation's form, or with none selected every organisation's.
    const dj::OrgResult *r = m_resultModel->row(m_results->currentIndex().row());
    try {
        printReports(report::AssessScoreFormReport::build(m_session.db(), m_assessment.year, r ? r->orgId : QString()),
                     r ? QString::fromUtf8("量化考核评分表 %1 %2").arg(m_assessment.year).arg(r->name)
                       : QString::fromUtf8("量化考核评分表 %1").arg(m_assessment.year));
    } catch (const Error &e) {
        showError(e.message());
    }
}

void AssessPage::explain()
{
    const dj::OrgResult *r = m_resultModel->row(m_results->currentIndex().row());
    if (!r) {
        showError(tr("Select an organisation in the results first."));
        return;
    }
    try {
        ExplainDialog dialog(AssessExplain::build(m_session.db(), m_assessment.id, r->orgId), this);
        const QString org = r->orgId;
        const int year = m_assessment.year;
        connect(&dialog, &ExplainDialog::pdfRequested, this, [this, org, year, name = r->name] {
            printReports({report::AssessExplainReport::build(m_session.db(), year, org)},
                         QString::fromUtf8("综合得分说明 %1 %2").arg(year).arg(name));
        });
        dialog.exec();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void AssessPage::decideGrade()
{
    const dj::OrgResult *r = m_resultModel->row(m_results->currentIndex().row());
    const auto group = r ? std::find_if(m_result.ties.cbegin(), m_result.ties.cend(),
                                        [&](const TieGroup &t) { return t.orgIds.contains(r->orgId); })
                         : m_result.ties.cend();
    if (!r || group == m_result.ties.cend()) {
        showError(tr("Select an organisation whose total ties with another across a quota boundary."));
        return;
    }
    QStringList places;
    for (int i = 0; i < group->grades.size(); ++i)
        places << tr("%1: %n place(s)", nullptr, group->places.at(i)).arg(group->grades.at(i));
    bool ok = false;
    const QString grade = QInputDialog::getItem(
        this, tr("Decide the grade of %1").arg(r->name),
        tr("%n organisation(s) tie at %1; the quota gives %2. Grade of %3:", nullptr, int(group->orgIds.size()))
            .arg(dj::twoDecimals(group->total), places.join(QStringLiteral("，")), r->name),
        group->grades, 0, false, &ok);
    if (!ok)
        return;
    const QString id = m_assessment.id, org = r->orgId;
    QString old;
    for (const AssessedOrg &o : AssessmentRepository(m_session.db()).orgs(id))
        if (o.orgId == org)
            old = o.gradeChoice;
    auto *cmd = new FunctionCommand(
        m_session, tr("Decide a grade"), [s = &m_session, id, org, grade] { AssessmentRepository(s->db()).setGradeChoice(id, org, grade); },
        [s = &m_session, id, org, old] { AssessmentRepository(s->db()).setGradeChoice(id, org, old); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        showError(error);
}
