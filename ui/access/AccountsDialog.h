#pragma once

#include "access/Account.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;
namespace dj {
class Database;
}

// Accounts → Manage accounts… (administrators): every account of the file with its role,
// organisation and state, and what an administrator does with them. Core checks every
// change again; its refusals are shown in red under the table.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(dj::Database &db, QWidget *parent = nullptr);

    // True when the signed-in user's own account was changed or removed, or the last account
    // went: the window opens the file afresh so the new rights apply.
    bool selfChanged() const { return m_selfChanged; }

private:
    void reload();
    void updateButtons();
    const dj::Account *current() const;
    void addAccount();
    void editAccount();
    void setPassword();
    void unlock();
    void removeAccount();
    // Runs a change, showing core's refusal; returns whether it went through.
    template <typename Change> bool attempt(const Change &change);
    void touched(const QString &name);

    dj::Database &m_db;
    QList<dj::Account> m_accounts;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_password;
    QPushButton *m_unlock;
    QPushButton *m_remove;
    QLabel *m_error;
    bool m_selfChanged = false;
};
