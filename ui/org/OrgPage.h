#pragma once

#include <QWidget>

class Session;
class OrgTreeModel;
class QTreeView;
class QLabel;
class QTableWidget;
class QToolButton;
class QCheckBox;
class QFormLayout;
namespace dj {
struct Organization;
}

// 组织机构: the tree on the left, the selected organisation's details, committee and posts
// on the right, and the actions that change the tree (add, edit, move, dissolve).
class OrgPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrgPage(Session &session, QWidget *parent = nullptr);

    void selectOrganization(const QString &orgId);
    QString currentOrgId() const;

    // The actions, public so the GUI tests and the menus can drive them.
    void addChild();
    void editCurrent();
    void dissolveCurrent();
    void reactivateCurrent();

signals:
    void showMembersRequested(const QString &orgId);
    void showDutyRequested(const QString &orgId); // its responsibility lists

private:
    void reload();
    void showDetails();
    const dj::Organization *current() const;

    Session &m_session;
    OrgTreeModel *m_model;
    QTreeView *m_tree;
    QCheckBox *m_showDissolved;
    QLabel *m_title;
    QFormLayout *m_form;
    QList<QLabel *> m_fields;
    QTableWidget *m_posts;
    QToolButton *m_add;
    QToolButton *m_edit;
    QToolButton *m_dissolve;
    QToolButton *m_reactivate;
    QToolButton *m_members;
    QToolButton *m_duty;
};
