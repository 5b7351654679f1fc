#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

// Asks for a user name and a password before a data file with accounts opens. OK checks them
// (dj::Authenticator, which records the sign-in for every later opening of the file in this
// program); a wrong password or a locked account is said under the form in red and the
// dialog stays open for another try.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const QString &path, const QString &name, QWidget *parent = nullptr);

    // Asks until the sign-in succeeds (true) or is cancelled (false).
    static bool ask(const QString &path, QWidget *parent, const QString &name = {});

    void accept() override;

private:
    QString m_path;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
};
