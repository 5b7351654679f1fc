#include "AccountEditDialog.h"

#include "access/PasswordHash.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/OrgComboBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AccountEditDialog::AccountEditDialog(dj::Database &db, Mode mode, const dj::Account &account,
                                     Submit submit, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_account(account), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("accountEditDialog"));
    setMinimumWidth(460);
    const bool adding = mode != Mode::Edit;
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add account"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit account %1").arg(account.name));
        break;
    case Mode::FirstAdmin:
        setWindowTitle(tr("Turn on accounts"));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FirstAdmin) {
        auto *intro = new QLabel(tr("<p>With accounts, <b>everyone who opens this file must sign "
                                    "in</b> with a user name and a password, "
                                    "in this program and on the command line, and each account may "
                                    "only do what its role allows.</p>"
                                    "<p>First create the administrator: you will be signed in as "
                                    "this account, and can then add accounts "
                                    "for the organ party committee, the branches and read-only "
                                    "users under Accounts → Manage "
                                    "accounts…. Keep the password safe: only an administrator can "
                                    "manage the accounts.</p>"));
        intro->setObjectName(QStringLiteral("accountIntro"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }

    m_name = new QLineEdit(account.name);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setMaxLength(dj::limits::AccountNameMax);
    m_name->setPlaceholderText(tr("what is typed to sign in, e.g. zhangsan"));
    m_name->setEnabled(adding); // the name is the account's key (audit log, sign-in)
    m_displayName = new QLineEdit(account.displayName);
    m_displayName->setObjectName(QStringLiteral("accountDisplayName"));
    m_displayName->setMaxLength(dj::limits::PersonNameMax);
    m_displayName->setPlaceholderText(tr("as shown in the status bar, e.g. 张三"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (dj::Role r : {dj::Role::Admin, dj::Role::Committee, dj::Role::Branch, dj::Role::ReadOnly})
        m_role->addItem(dj::roleName(r), int(r));
    m_role->setCurrentIndex(
        m_role->findData(int(mode == Mode::FirstAdmin ? dj::Role::Admin : account.role)));
    m_org = new OrgComboBox;
    m_org->setObjectName(QStringLiteral("accountOrg"));
    m_org->reload(db);
    m_org->setCurrentOrgId(account.scopeOrgId);
    m_disabled = new QCheckBox(tr("Disabled (cannot sign in)"));
    m_disabled->setObjectName(QStringLiteral("accountDisabled"));
    m_disabled->setChecked(account.disabled);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("accountError"));
    m_error->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Display name"), m_displayName);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Organisation"), m_org);
    form->addRow(QString(), m_disabled);
    for (QWidget *w : {static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_org),
                       static_cast<QWidget *>(m_disabled)})
        form->setRowVisible(
            w, mode != Mode::FirstAdmin); // the first account is an enabled administrator
    if (adding) {
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("accountPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setMaxLength(dj::PasswordHash::MaxLength);
        m_password->setPlaceholderText(
            tr("at least %n characters", nullptr, dj::PasswordHash::MinLength));
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(QStringLiteral("accountRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setMaxLength(dj::PasswordHash::MaxLength);
        form->addRow(tr("Password"), m_password);
        form->addRow(tr("Repeat the password"), m_repeat);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("accountOk"));
    if (mode == Mode::FirstAdmin)
        ok->setText(tr("Turn on accounts"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountEditDialog::roleChanged);
    roleChanged();
    (adding ? m_name : m_displayName)->setFocus();
}

void AccountEditDialog::roleChanged()
{
    // Only a branch account works within one organisation's subtree.
    m_org->setEnabled(dj::Role(m_role->currentData().toInt()) == dj::Role::Branch);
}

dj::Account AccountEditDialog::account() const
{
    dj::Account a = m_account;
    a.name = m_name->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.role = dj::Role(m_role->currentData().toInt());
    a.scopeOrgId = a.role == dj::Role::Branch ? m_org->currentOrgId() : QString();
    a.disabled = m_mode != Mode::FirstAdmin && m_disabled->isChecked();
    return a;
}

void AccountEditDialog::accept()
{
    if (m_password && m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ: type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor); // hashing a password takes a moment
        m_submit(account(), m_password ? m_password->text() : QString());
        QApplication::restoreOverrideCursor();
    } catch (const dj::Error &e) {
        QApplication::restoreOverrideCursor();
        m_error->setText(e.message());
        return;
    }
    QDialog::accept();
}
