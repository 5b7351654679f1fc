#pragma once

#include "org/Person.h"

#include <QDialog>

class QComboBox;
class DateField;
class FieldProblems;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class OrgComboBox;
class Session;

// Adds a person or edits one (typed in from the paper form, 党员信息采集表). The ID number
// is checked as it is typed and fills in an empty birth date and gender. OK runs the edit
// through the session's undo stack; when core refuses, every problem shows in red beside
// its field at once and the dialog stays open. The branch is chosen only when adding: a later change of
// branch is a transfer (组织关系转接), with its own dialog and history.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a new person when `existing.id` is empty, otherwise edits `existing`.
    explicit PersonDialog(Session &session, const dj::Person &existing = {},
                          QWidget *parent = nullptr);

    // Preselects the branch of a new person (the branch the page is filtered to); otherwise
    // no branch is chosen until the user chooses one.
    void setBranch(const QString &branchId);
    // The person added or edited, after OK.
    QString personId() const { return m_personId; }

    void accept() override;

private:
    void build(bool adding);
    void load(const dj::Person &p);
    dj::Person collect() const;
    void idNumberEdited(const QString &text);
    void updateMessage();
    void standingChanged();
    void showError(const QString &message);

    Session &m_session;
    dj::Person m_original;
    QString m_personId;
    bool m_idFinished = false; // the user left the ID field: report a short number too
    bool m_numbersMasked = false; // the ID number and phone are shown masked, read-only

    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_ethnicity = nullptr;
    DateField *m_birth = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_education = nullptr;
    QLineEdit *m_workUnit = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_position = nullptr;
    QComboBox *m_standing = nullptr;
    DateField *m_joined = nullptr;
    DateField *m_fullMember = nullptr;
    OrgComboBox *m_branch = nullptr;
    DateField *m_memberSince = nullptr;
    QComboBox *m_cadre = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr; // problems of no one field
    FieldProblems *m_problems = nullptr;
    QPushButton *m_ok = nullptr;
};
