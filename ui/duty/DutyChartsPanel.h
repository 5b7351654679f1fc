#pragma once

#include "duty/DutyProgress.h"

#include <QWidget>

class RateBarChart;

// 完成情况: completion by level (党组 → 领导小组 → 机关党委 → 党总支 → 党支部) beside completion by
// post, and by category below — the thinning of responsibility down the levels at a glance.
// Clicking a bar asks the page to show the lists behind it.
class DutyChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DutyChartsPanel(QWidget *parent = nullptr);
    void setProgress(const dj::DutyProgress &progress, const QString &period);

    RateBarChart *levelChart() const { return m_levels; }

signals:
    // kind: "level" (key: org type code), "post" (subject code) or "category" (the category).
    void drillDown(const QString &kind, const QString &key);

private:
    RateBarChart *m_levels;
    RateBarChart *m_posts;
    RateBarChart *m_categories;
    QList<dj::CompletionRate> m_levelRates, m_postRates, m_categoryRates;
};
