#pragma once

#include "assess/AssessResult.h"
#include "assess/Assessment.h"
#include "assess/AssessmentRepository.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class Session;

// 差异捆绑 for next year's 联学联建: the pairs kept for the year, a suggestion (strongest with
// weakest) to start from, each partner changeable, then kept as one undoable step.
class PairingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PairingPanel(Session &session, QWidget *parent = nullptr);
    void setAssessment(const dj::Assessment &a, const dj::AssessResult &result);
    // "ZB03  办公室党支部（好）": how an organisation is shown in a pair.
    static QString label(const dj::OrgResult &r);

signals:
    void errorOccurred(const QString &message);

private:
    void showPairs(const QList<dj::AssessPair> &pairs);
    void suggest();
    void keep();
    void addRow(const QString &strong, const QString &weak);

    Session &m_session;
    dj::Assessment m_assessment;
    dj::AssessResult m_result;
    QTableWidget *m_table;
    QList<QPushButton *> m_buttons;
    bool m_mayPair = false; // the 机关党委 and administrators (Permission::ReviewAssessment)
};
