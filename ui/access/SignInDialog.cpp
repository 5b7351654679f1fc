#include "SignInDialog.h"

#include "access/Authenticator.h"
#include "common/Error.h"
#include "common/FieldLimits.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const QString &path, const QString &name, QWidget *parent)
    : QDialog(parent), m_path(path)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    setMinimumWidth(420);
    auto *intro = new QLabel(
        tr("<b>%1</b> is protected by accounts. Sign in with the user name and the password "
           "your administrator gave you.")
            .arg(QFileInfo(path).fileName().toHtmlEscaped()));
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setWordWrap(true);
    intro->setToolTip(QDir::toNativeSeparators(path));
    m_name = new QLineEdit(name);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_name->setMaxLength(dj::limits::AccountNameMax);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("signInOk"));
    ok->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (name.isEmpty() ? m_name : m_password)->setFocus();
}

bool SignInDialog::ask(const QString &path, QWidget *parent, const QString &name)
{
    SignInDialog d(path, name, parent);
    return d.exec() == QDialog::Accepted;
}

void SignInDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_name->setFocus();
        return;
    }
    try {
        // Checking the password takes a noticeable moment (Argon2id is slow on purpose).
        QApplication::setOverrideCursor(Qt::WaitCursor);
        dj::Authenticator::signIn(m_path, m_name->text(), m_password->text());
        QApplication::restoreOverrideCursor();
    } catch (const dj::Error &e) {
        QApplication::restoreOverrideCursor();
        m_error->setText(e.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}
