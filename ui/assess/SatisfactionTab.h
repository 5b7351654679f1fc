#pragma once

#include "assess/Satisfaction.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Session;

// 满意度测评 of the 机关党委 for the page's year: the results per item (counts of each option,
// satisfaction rate) and overall, paper ballots typed one at a time, or the counts of a kind
// of respondent typed in as totals. Every save is one undoable step.
class SatisfactionTab : public QWidget
{
    Q_OBJECT
public:
    explicit SatisfactionTab(Session &session, QWidget *parent = nullptr);
    void setYear(int year);

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void create();
    void saveBallot();
    void saveCounts();
    void showCounts();
    bool run(const QString &text, std::function<void()> apply, std::function<void()> revert);

    Session &m_session;
    int m_year = 0;
    std::optional<dj::SatisfactionSurvey> m_survey;
    QPushButton *m_create;
    QLabel *m_overall;
    QTableWidget *m_results;
    QLineEdit *m_ballotNo;
    QComboBox *m_kind;
    QCheckBox *m_valid;
    QTableWidget *m_answers;
    QComboBox *m_countKind;
    QTableWidget *m_counts;
    QSpinBox *m_invalid;
};
