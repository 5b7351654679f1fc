#pragma once

#include <QWidget>

class Session;
class QGridLayout;
class QLabel;
class QTableWidget;
class BackgroundRead;

// 工作台: the state of the organisation at a glance — how many bodies of each kind, how
// many members, which committees' terms run out soon (换届), which branches lack a 书记.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override;
    void refresh();
    // The overdue responsibility items, read on a worker thread (a city's year takes seconds).
    void refreshDuty();
    bool dutyPending() const;

signals:
    void organizationActivated(const QString &orgId);
    void dutyItemActivated(const QString &listId, const QString &itemId);

private:
    QLabel *card(const QString &objectName, const QString &caption, QGridLayout *grid, int row, int col);

    Session &m_session;
    QList<QLabel *> m_typeCounts;
    QLabel *m_full = nullptr;
    QLabel *m_probationary = nullptr;
    QLabel *m_title = nullptr;
    QTableWidget *m_terms = nullptr;
    QTableWidget *m_noSecretary = nullptr;
    QTableWidget *m_late = nullptr;
    BackgroundRead *m_dutyRead = nullptr;
    bool m_dutyAgain = false;
};
