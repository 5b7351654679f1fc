#pragma once

#include "assess/Assessment.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QTableWidget;
class QTableWidgetItem;
class Session;

// 党组评价: a grid of the assessed organisations against the party group's evaluators by
// name (the 党组's members from their posts, others added by name), each cell a score from 0
// to 100, and the mean that becomes the component; every cell change is one undoable step.
class PartyGroupTab : public QWidget
{
    Q_OBJECT
public:
    PartyGroupTab(Session &session, std::function<QString()> enteredBy, QWidget *parent = nullptr);
    void setAssessment(const dj::Assessment &a);

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void addEvaluator();
    void cellChanged(QTableWidgetItem *item);

    Session &m_session;
    std::function<QString()> m_enteredBy;
    dj::Assessment m_assessment;
    QStringList m_evaluators;
    QHash<QString, QString> m_posts; // a member's name → post (党组书记, 党组成员)
    QStringList m_orgIds;
    QTableWidget *m_table;
    bool m_filling = false;
};
