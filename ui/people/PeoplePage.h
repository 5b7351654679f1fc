#pragma once

#include "org/Post.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QTableView;
class QTableWidget;
class QTimer;
class OrgComboBox;
class PersonTableModel;
class Session;

// 党员与岗位: the people of the data file, searched as the user types and filtered to an
// organisation's subtree, with the selected person's details, membership history and posts.
// Every change goes through the session's undo stack.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(Session &session, QWidget *parent = nullptr);

    // Shows the members of an organisation and everything below it ("" for everyone).
    void setOrgFilter(const QString &orgId);
    // The selected person's id, empty when none.
    QString currentPersonId() const;
    // Selects a person when they are in the loaded part of the list.
    bool selectPerson(const QString &personId);
    PersonTableModel *model() const { return m_model; }

signals:
    void showDutyRequested(const QString &personId); // their post responsibility lists

public slots:
    void addPerson();
    void editPerson();
    void transferPerson();
    void removePerson();
    void addPost();
    void endPost();

private:
    void buildDetails(QWidget *panel);
    void applyFilter();
    void reloadPeople();
    void reselect(const QString &personId);
    void reloadOrganizations();
    void showDetails();
    void updateButtons();
    void updateCount();
    const dj::PostView *currentPost() const;

    Session &m_session;
    PersonTableModel *m_model;
    QLineEdit *m_search;
    OrgComboBox *m_orgFilter;
    QLabel *m_count;
    QTimer *m_searchTimer;
    QTableView *m_table;
    QToolButton *m_add, *m_edit, *m_transfer, *m_remove, *m_addPost, *m_endPost, *m_duty;

    QWidget *m_details = nullptr; // hidden while nobody is selected
    QLabel *m_detailTitle = nullptr;
    QWidget *m_detailBody = nullptr;
    QList<QLabel *> m_values; // one per detail field, in the order of the form
    QTableWidget *m_history = nullptr;
    QTableWidget *m_posts = nullptr;
    QList<dj::PostView> m_postRows;
};
