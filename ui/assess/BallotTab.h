#pragma once

#include "assess/Assessment.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableWidget;
class Session;

// 述职评议 ballots typed from paper: a ballot number, which typing (the second for double
// entry), the rater kind, and each organisation's mark — a score or 好/较好/一般/差. The list
// shows every ballot typed; disagreements between the two typings are listed below it and
// block sealing until corrected.
class BallotTab : public QWidget
{
    Q_OBJECT
public:
    BallotTab(Session &session, std::function<QString()> enteredBy, QWidget *parent = nullptr);
    void setAssessment(const dj::Assessment &a);

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void showBallot(const QString &ballotNo, int entry);
    void saveBallot();
    void removeBallot();
    void newBallot();

    Session &m_session;
    std::function<QString()> m_enteredBy;
    dj::Assessment m_assessment;
    QStringList m_orgIds;
    QTableWidget *m_ballots;
    QListWidget *m_mismatches;
    QLineEdit *m_number;
    QComboBox *m_entry;
    QComboBox *m_kind;
    QTableWidget *m_marks;
};
