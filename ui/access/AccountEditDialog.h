#pragma once

#include "access/Account.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class OrgComboBox;
namespace dj {
class Database;
}

// Adds or edits an account, or asks for the first administrator when accounts are turned on
// for a file. OK hands the account (and the password when adding) to `submit`, which saves it
// through core in one transaction and throws dj::Error when core refuses; the message stays
// under the form in red and nothing was saved.
class AccountEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit, FirstAdmin };
    using Submit = std::function<void(const dj::Account &, const QString &password)>;

    AccountEditDialog(dj::Database &db, Mode mode, const dj::Account &account, Submit submit,
                      QWidget *parent = nullptr);

    dj::Account account() const;
    void accept() override;

private:
    void roleChanged();

    Mode m_mode;
    dj::Account m_account;
    Submit m_submit;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    OrgComboBox *m_org;
    QCheckBox *m_disabled;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
};
