#pragma once

#include "assess/AssessEntries.h"
#include "assess/Assessment.h"

#include <QWidget>
#include <functional>

class AreaGridModel;
class DailyScoreModel;
class QStackedWidget;
class QComboBox;
class QLabel;
class QTableView;
class Session;

// 日常量化考核 entry: one organisation's form of indicators with 自评 and 审核 typed in place
// from the keyboard (Enter moves down, Tab across), evidence files for the selected indicator
// and the daily score on 100 — or one area for all organisations at once, the reviewed
// values in a grid. Every change is one undoable step.
class DailyScoreTab : public QWidget
{
    Q_OBJECT
public:
    DailyScoreTab(Session &session, std::function<QString()> enteredBy, QWidget *parent = nullptr);

    void setAssessment(const dj::Assessment &a); // reloads; keeps the organisation and the cell
    QString currentOrgId() const;
    void selectOrg(const QString &orgId);

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    bool store(const dj::ScoreInput &input, QString *error);
    void addEvidence();
    void openEvidence();
    QString currentEntryId() const;

    Session &m_session;
    std::function<QString()> m_enteredBy;
    bool m_mayReview = true; // the 审核 is the department's (Permission::ReviewAssessment)
    dj::Assessment m_assessment;
    QComboBox *m_org;
    void moveDownAfterEnter(QTableView *view);
    void showAreaIndicator();
    void fitGridHeader();
    QComboBox *m_mode;
    QComboBox *m_area;
    QStackedWidget *m_pages;
    QTableView *m_view;
    DailyScoreModel *m_model;
    QTableView *m_gridView;
    AreaGridModel *m_grid;
    QLabel *m_total;
    QLabel *m_areaIndicator;
};
