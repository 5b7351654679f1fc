#include "AssessChartsTab.h"

#include "app/Session.h"
#include "assess/AssessData.h"
#include "assess/AssessmentRepository.h"
#include "charts/AssessChart.h"
#include "common/PageToolBar.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace dj;

namespace {
constexpr int kMostBars = 40; // a city's 3,000 bars are unreadable; the top of the ranking is shown
}

AssessChartsTab::AssessChartsTab(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->addItem(tr("Ranking"), Ranking);
    m_kind->addItem(tr("Areas of a branch (radar)"), Radar);
    m_kind->addItem(tr("Grade distribution"), Grades);
    m_kind->addItem(tr("A branch over the years"), Trend);
    m_kind->addItem(tr("Spread of the report ballots"), Spread);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("chartOrg"));
    m_org->setMinimumContentsLength(20);
    auto *top = new PageToolBar(QStringLiteral("chartsToolbar"), this);
    top->addWidget(m_kind);
    top->addWidget(m_org);
    top->addStretch();
    auto *png = top->addButton(QStringLiteral("image"), tr("Save as &PNG…"), QStringLiteral("chartSavePng"));
    auto *print = top->addButton(QStringLiteral("print"), tr("&Print chart…"), QStringLiteral("chartPrint"));
    m_chart = new AssessChart(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(m_chart, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AssessChartsTab::redraw);
    connect(m_org, &QComboBox::currentIndexChanged, this, &AssessChartsTab::redraw);
    connect(png, &QToolButton::clicked, this, &AssessChartsTab::savePng);
    connect(print, &QToolButton::clicked, this, &AssessChartsTab::print);
}

void AssessChartsTab::setAssessment(const Assessment &a, const AssessResult &result)
{
    m_assessment = a;
    m_result = result;
    const QString keep = m_org->currentData().toString();
    const QSignalBlocker block(m_org);
    m_org->clear();
    for (const OrgResult &r : result.rows)
        m_org->addItem(QStringLiteral("%1  %2").arg(r.code, r.name), r.orgId);
    const int i = m_org->findData(keep);
    m_org->setCurrentIndex(i >= 0 ? i : 0);
    // Charts read more than the results (every year, every ballot): only when looked at.
    if (isVisible())
        redraw();
    else
        m_stale = true;
}

void AssessChartsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        redraw();
}

void AssessChartsTab::showKind(Kind kind, const QString &orgId)
{
    if (!orgId.isEmpty()) {
        const QSignalBlocker block(m_org);
        m_org->setCurrentIndex(std::max(0, m_org->findData(orgId)));
    }
    m_kind->setCurrentIndex(m_kind->findData(kind));
    redraw();
}

void AssessChartsTab::redraw()
{
    m_stale = false;
    const Kind kind = Kind(m_kind->currentData().toInt());
    m_org->setEnabled(kind == Radar || kind == Trend);
    const QString year = QString::number(m_assessment.year);
    const QList<OrgResult> &rows = m_result.rows;
    const OrgResult *org = nullptr;
    for (const OrgResult &r : rows)
        if (r.orgId == m_org->currentData().toString())
            org = &r;
    switch (kind) {
    case Ranking: {
        QStringList labels;
        QList<double> totals;
        // Those with nothing entered have no total to plot (not a bar of 0); drafts are marked.
        for (int i = 0; i < rows.size() && i < kMostBars; ++i) {
            if (!rows.at(i).scored)
                continue;
            labels << QStringLiteral("%1 %2%3")
                          .arg(rows.at(i).rank)
                          .arg(rows.at(i).name, rows.at(i).provisional() ? tr(" (draft)") : QString());
            totals << double(centiKey(rows.at(i).total)) / 100.0;
        }

        m_chart->showRanking(rows.size() > kMostBars ? tr("%1 ranking: the first %2 of %3").arg(year).arg(kMostBars).arg(rows.size())
                                                      : tr("%1 ranking by total").arg(year),
                             labels, totals);
        break;
    }
    case Radar: {
        // Areas come from reviewed values: organisations with none are left out, not drawn as 0.
        QList<double> mine, mean(m_result.areas.size(), 0.0);
        int reviewed = 0;
        for (const OrgResult &r : rows)
            reviewed += r.daily ? 1 : 0;
        for (int a = 0; a < m_result.areas.size(); ++a) {
            const double max = m_result.areaMaxima.value(a);
            if (org && org->daily)
                mine << (max > 0 ? org->areas.value(a) / max * 100 : 0);
            for (const OrgResult &r : rows)
                mean[a] += max > 0 && r.daily ? r.areas.value(a) / max * 100 / double(reviewed) : 0;
        }
        m_chart->showRadar(tr("%1 areas: %2 against the average").arg(year, org ? org->name : QString()), m_result.areas, mine,
                           mean, org ? org->name : QString());
        break;
    }
    case Grades: {
        QStringList labels = m_result.grades;
        QList<int> counts(labels.size(), 0);
        int ties = 0, unscored = 0;
        for (const OrgResult &r : rows) {
            const int g = int(labels.indexOf(r.grade));
            if (!r.scored)
                ++unscored;
            else if (g >= 0)
                ++counts[g];
            else
                ++ties;
        }
        if (ties > 0) {
            labels << tr("to decide");
            counts << ties;
        }
        if (unscored > 0) { // nothing entered: no grade, not a tie
            labels << tr("not entered");
            counts << unscored;
        }
        m_chart->showCounts(tr("%1 grades").arg(year), labels, counts);
        break;
    }
    case Trend: {
        QList<int> years;
        QList<double> totals;
        const QList<Assessment> all = AssessmentRepository(m_session.db()).all();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            for (const OrgResult &r : AssessData::compute(m_session.db(), it->id).rows) {
                if (org && r.orgId == org->orgId && r.scored) {
                    years << it->year;
                    totals << double(centiKey(r.total)) / 100.0;
                }
            }
        }
        m_chart->showTrend(tr("%1 over the years").arg(org ? org->name : QString()), years, totals);
        break;
    }
    case Spread: {
        QStringList labels;
        std::vector<std::vector<double>> scores;
        if (!m_assessment.id.isEmpty()) {
            const AssessInputs in = AssessData::load(m_session.db(), m_assessment.id);
            QHash<QString, int> index;
            for (int o = 0; o < in.orgs.size(); ++o)
                index.insert(in.orgs.at(o).id, o);
            for (int i = 0; i < rows.size() && i < kMostBars; ++i) {
                labels << rows.at(i).name; // whole: the chart wraps it
                scores.push_back(in.ballots.at(size_t(index.value(rows.at(i).orgId))));
            }
        }
        m_chart->showSpread(tr("%1 report ballots per branch (in rank order)").arg(year), labels, scores);
        break;
    }
    }
}

void AssessChartsTab::savePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), QDir::home().filePath(m_chart->title() + QStringLiteral(".png")),
                                                      tr("PNG image (*.png)"));
    if (!path.isEmpty() && !m_chart->savePng(path))
        emit errorOccurred(tr("The chart could not be written to %1.").arg(path));
}

void AssessChartsTab::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    m_chart->render(&painter, printer.pageLayout().paintRectPixels(printer.resolution()).translated(
                                  -printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()));
}
