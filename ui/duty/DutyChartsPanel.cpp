#include "DutyChartsPanel.h"

#include "charts/RateBarChart.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHash>

namespace {
// Bars have room for a few characters only: short names for the levels and posts.
QString shortLabel(const dj::CompletionRate &r)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("party_group"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Party group")},
        {QStringLiteral("leading_group"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Leading group")},
        {QStringLiteral("organ_committee"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Organ committee")},
        {QStringLiteral("general_branch"), QT_TRANSLATE_NOOP("DutyChartsPanel", "General branches")},
        {QStringLiteral("branch"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Branches")},
        {QStringLiteral("pg_secretary"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Group secretary")},
        {QStringLiteral("pg_member"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Group members")},
        {QStringLiteral("oc_secretary"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Committee secretary")},
        {QStringLiteral("oc_fulltime_deputy"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Full-time deputy")},
        {QStringLiteral("br_secretary"), QT_TRANSLATE_NOOP("DutyChartsPanel", "Branch secretaries")},
    };
    const char *name = names.value(r.key);
    return name ? QCoreApplication::translate("DutyChartsPanel", name) : r.label;
}

void fill(RateBarChart *chart, const QString &title, const QList<dj::CompletionRate> &rates)
{
    QStringList labels;
    QList<double> values;
    for (const dj::CompletionRate &r : rates) {
        labels << shortLabel(r);
        values << r.rate();
    }
    chart->setData(title, labels, values);
}
} // namespace

DutyChartsPanel::DutyChartsPanel(QWidget *parent) : QWidget(parent)
{
    m_levels = new RateBarChart(this);
    m_levels->setObjectName(QStringLiteral("chartLevels"));
    m_posts = new RateBarChart(this);
    m_posts->setObjectName(QStringLiteral("chartPosts"));
    m_categories = new RateBarChart(this);
    m_categories->setObjectName(QStringLiteral("chartCategories"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_levels, 0, 0);
    grid->addWidget(m_posts, 0, 1);
    grid->addWidget(m_categories, 1, 0, 1, 2);
    connect(m_levels, &RateBarChart::barActivated, this, [this](int i) {
        if (i >= 0 && i < m_levelRates.size())
            emit drillDown(QStringLiteral("level"), m_levelRates.at(i).key);
    });
    connect(m_posts, &RateBarChart::barActivated, this, [this](int i) {
        if (i >= 0 && i < m_postRates.size())
            emit drillDown(QStringLiteral("post"), m_postRates.at(i).key);
    });
    connect(m_categories, &RateBarChart::barActivated, this, [this](int i) {
        if (i >= 0 && i < m_categoryRates.size())
            emit drillDown(QStringLiteral("category"), m_categoryRates.at(i).key);
    });
}

void DutyChartsPanel::setProgress(const dj::DutyProgress &progress, const QString &period)
{
    m_levelRates = progress.byLevel();
    m_postRates = progress.byPost();
    m_categoryRates = progress.byCategory();
    fill(m_levels, tr("Completion by level, %1").arg(period), m_levelRates);
    fill(m_posts, tr("Completion by post, %1").arg(period), m_postRates);
    fill(m_categories, tr("Completion by category, %1").arg(period), m_categoryRates);
}
