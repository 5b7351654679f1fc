#pragma once

#include "org/Person.h"

#include <QDialog>

class QComboBox;
class DateField;
class FieldProblems;
class QLabel;
class OrgComboBox;
class Session;

// Moves a person to another branch (组织关系转接): the new branch, the date and the reason.
// The current membership closes on that date and the history keeps both.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(Session &session, const dj::Person &person, QWidget *parent = nullptr);

    void accept() override;

private:
    Session &m_session;
    dj::Person m_person;
    OrgComboBox *m_branch = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_error = nullptr; // problems of no one field
    FieldProblems *m_problems = nullptr;
};
