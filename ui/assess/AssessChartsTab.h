#pragma once

#include "assess/AssessResult.h"
#include "assess/Assessment.h"

#include <QWidget>

class AssessChart;
class QComboBox;
class Session;

// 图表: the year's ranking, a branch's areas against the average (radar), the grade
// distribution, a branch's totals over the years, the spread of each branch's 述职 ballots;
// each saved as PNG or printed.
class AssessChartsTab : public QWidget
{
    Q_OBJECT
public:
    enum Kind { Ranking, Radar, Grades, Trend, Spread };
    explicit AssessChartsTab(Session &session, QWidget *parent = nullptr);

    void setAssessment(const dj::Assessment &a, const dj::AssessResult &result);
    void showKind(Kind kind, const QString &orgId = {});
    AssessChart *chart() const { return m_chart; }

signals:
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void redraw();
    void savePng();
    void print();

    Session &m_session;
    dj::Assessment m_assessment;
    dj::AssessResult m_result;
    QComboBox *m_kind;
    QComboBox *m_org;
    AssessChart *m_chart;
    bool m_stale = false; // data changed while hidden: drawn when shown
};
