#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;

// A new password typed twice, and the current one when a user changes their own. OK hands
// them to `submit`, which saves through core and throws dj::Error when it refuses (a wrong
// current password, a new one too short); the message stays under the form in red.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<void(const QString &current, const QString &fresh)>;

    ChangePasswordDialog(const QString &title, const QString &explanation, bool askCurrent,
                         Submit submit, QWidget *parent = nullptr);

    void accept() override;

private:
    Submit m_submit;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};
