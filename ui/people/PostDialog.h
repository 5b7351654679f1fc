#pragma once

#include "org/Person.h"
#include "org/Post.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class DateField;
class FieldProblems;
class QLabel;
class OrgComboBox;
class Session;

// Adds a post for a person (任职: organisation, post, start date), or ends one (免职: the
// date). Only posts that exist in the chosen kind of organisation are offered.
class PostDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a post for `person`, starting in their branch.
    PostDialog(Session &session, const dj::Person &person, QWidget *parent = nullptr);
    // Ends `post`.
    PostDialog(Session &session, const dj::PostView &post, QWidget *parent = nullptr);

    void accept() override;

private:
    void finish(QFormLayout *form, const QString &okName);
    void fillPostTypes();
    void showError(const QString &message);

    Session &m_session;
    dj::Person m_person; // adding
    dj::PostView m_post; // ending
    OrgComboBox *m_org = nullptr;
    QComboBox *m_type = nullptr;
    DateField *m_date = nullptr;
    QLabel *m_error = nullptr; // problems of no one field
    FieldProblems *m_problems = nullptr;
};
