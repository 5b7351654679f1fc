#pragma once

#include "assess/AssessResult.h"
#include "assess/Assessment.h"
#include "report/Report.h"

#include <QWidget>

class AssessChartsTab;
class QAbstractItemModel;
class AssessResultModel;
class BallotTab;
class DailyScoreTab;
class PairingPanel;
class PartyGroupTab;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QTabWidget;
class QTableView;
class SatisfactionTab;
class Session;

// 量化考核: one year's assessment at a time. Results (ranks, grades, ties to decide, why a
// total is what it is, next year's pairs), daily scores per organisation, party-group marks
// and 述职 ballots; seal and reopen; the rules of the year.
class AssessPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssessPage(Session &session, QWidget *parent = nullptr);

    int year() const;
    QString assessmentId() const { return m_assessment.id; }
    QString currentOrgId() const; // the organisation selected in the results or the daily form
    AssessResultModel *resultModel() const { return m_resultModel; }
    // The table the current tab shows (results, a branch's form or an area, marks, ballots,
    // satisfaction results) and its name, for File → Export the table.
    QAbstractItemModel *currentTableModel(QString *name) const;

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillYears(int select);
    void yearChanged();
    void newAssessment();
    void editRules();
    void editOrgs();
    void sealOrReopen();
    void explain();
    void printScoreForms();
    void printReports(const QList<dj::report::Report> &reports, const QString &name);
    void decideGrade();
    void showError(const QString &message);
    QString enteredBy(); // asks once per session when no account is signed in
    void showPerson();

    Session &m_session;
    dj::Assessment m_assessment;
    dj::AssessResult m_result;
    QComboBox *m_year;
    QLabel *m_state;
    QLabel *m_missing; // how many values each component still lacks
    QPushButton *m_by;
    QToolButton *m_orgsButton;
    QToolButton *m_rules;
    QToolButton *m_seal;
    QTabWidget *m_tabs;
    QTableView *m_results;
    AssessResultModel *m_resultModel;
    PairingPanel *m_pairs;
    DailyScoreTab *m_daily;
    PartyGroupTab *m_partyGroup;
    BallotTab *m_ballots;
    SatisfactionTab *m_satisfaction;
    AssessChartsTab *m_charts;
    bool m_reloadQueued = false;
    bool m_mayReview = true; // Permission::ReviewAssessment of the signed-in account
    bool m_dirty = false; // changed while hidden: read again when shown
};
