#pragma once

#include "org/Organization.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class DateField;
class FieldProblems;
class OrgComboBox;
namespace dj {
class Database;
}

// Add or edit an organisation. Every problem core finds shows beside its field at once; the
// dialog stays open until `submit` (which runs the edit through core) succeeds.
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
    DateField *m_established;
    DateField *m_termStart;
    QSpinBox *m_termYears;
    QLabel *m_termEnd;
    QComboBox *m_contact;
    QLabel *m_error; // problems of no one field
    FieldProblems *m_problems;
};
