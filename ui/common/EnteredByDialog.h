#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class Session;

// Asks who enters data (录入人) in a file without accounts: once per session, before the first
// score, mark or ballot is stored, so every entry, the explanation and the printed forms name
// a person. A signed-in account is the person; it is not asked.
class EnteredByDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EnteredByDialog(const QString &name, QWidget *parent = nullptr);
    QString name() const;

    // The session's person, asking first when there is none yet; empty when the question is
    // cancelled (then nothing may be stored).
    static QString ask(Session &session, QWidget *parent);
    // Asks again (another person takes over the typing); false when cancelled.
    static bool change(Session &session, QWidget *parent);

    void accept() override;

private:
    QLineEdit *m_name;
    QLabel *m_error;
};
