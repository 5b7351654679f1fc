#include "ChangePasswordDialog.h"

#include "access/PasswordHash.h"
#include "common/Error.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit *passwordEdit(const char *name)
{
    auto *e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(name));
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(dj::PasswordHash::MaxLength);
    return e;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(const QString &title, const QString &explanation,
                                           bool askCurrent, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(title);
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto *intro = new QLabel(explanation);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    if (askCurrent) {
        m_current = passwordEdit("passwordCurrent");
        form->addRow(tr("Current password"), m_current);
    }
    m_new = passwordEdit("passwordNew");
    m_new->setPlaceholderText(tr("at least %n characters", nullptr, dj::PasswordHash::MinLength));
    m_repeat = passwordEdit("passwordRepeat");
    form->addRow(tr("New password"), m_new);
    form->addRow(tr("Repeat the new password"), m_repeat);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passwordOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_current ? m_current : m_new)->setFocus();
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_error->setText(tr("The two new passwords differ: type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor); // hashing takes a moment
        m_submit(m_current ? m_current->text() : QString(), m_new->text());
        QApplication::restoreOverrideCursor();
    } catch (const dj::Error &e) {
        QApplication::restoreOverrideCursor();
        m_error->setText(e.message());
        return;
    }
    QDialog::accept();
}
