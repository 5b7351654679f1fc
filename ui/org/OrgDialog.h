#pragma once

#include "org/Organization.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class OptionalDateEdit;
class OrgComboBox;
namespace dj {
class Database;
}

// Add or edit an organisation. The dialog stays open until `submit` (which runs the edit
// through core) succeeds, showing core's message under the form when it does not.
class OrgDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<bool(const dj::Organization &, QString *error)>;

    OrgDialog(dj::Database &db, const dj::Organization &org, bool adding, Submit submit, QWidget *parent = nullptr);
    dj::Organization organization() const;

    void accept() override;

private:
    void typeChanged();
    void fillContacts();

    dj::Database &m_db;
    dj::Organization m_org;
    Submit m_submit;
    QComboBox *m_type;
    OrgComboBox *m_parent;
    QLineEdit *m_name;
    QLineEdit *m_short;
    QLineEdit *m_code;
    QComboBox *m_kind;
    OptionalDateEdit *m_established;
    OptionalDateEdit *m_termStart;
    QSpinBox *m_termYears;
    QLabel *m_termEnd;
    QComboBox *m_contact;
    QLabel *m_error;
};
