#include "AccountsDialog.h"

#include "AccountEditDialog.h"
#include "ChangePasswordDialog.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Name, DisplayName, RoleColumn, Organisation, State, ColumnCount };

} // namespace

AccountsDialog::AccountsDialog(dj::Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    resize(780, 420);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Display name"), tr("Role"), tr("Organisation"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(Organisation, QHeaderView::Stretch);

    const auto button = [this](const char *name, const QString &text,
                               void (AccountsDialog::*slot)()) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    QPushButton *add = button("accountAdd", tr("&Add…"), &AccountsDialog::addAccount);
    m_edit = button("accountEdit", tr("&Edit…"), &AccountsDialog::editAccount);
    m_password = button("accountSetPassword", tr("Set &password…"), &AccountsDialog::setPassword);
    m_unlock = button("accountUnlock", tr("&Unlock"), &AccountsDialog::unlock);
    m_remove = button("accountRemove", tr("&Remove…"), &AccountsDialog::removeAccount);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, m_edit, m_password, m_unlock, m_remove})
        side->addWidget(b);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);

    auto *note = new QLabel(
        tr("A change of role or organisation applies when the account next opens the file. After "
           "%1 wrong passwords in a row an account waits before it may try again; Unlock lets "
           "it try at once.")
            .arg(dj::Authenticator::LockoutAfter));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color:#555555"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("accountsError"));
    m_error->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("accountsClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AccountsDialog::editAccount);
    reload();
}

void AccountsDialog::reload()
{
    const QString keep = current() ? current()->name : QString();
    QHash<QString, QString> orgNames;
    for (const dj::Organization &o : dj::OrganizationRepository(m_db).all())
        orgNames.insert(o.id, o.name);
    m_accounts = dj::AccountRepository(m_db).list();
    m_table->setRowCount(int(m_accounts.size()));
    const QDateTime now = dj::Clock::now();
    for (int r = 0; r < m_accounts.size(); ++r) {
        const dj::Account &a = m_accounts.at(r);
        QString state;
        const QDateTime failedAt = QDateTime::fromString(a.lastFailedAt, Qt::ISODateWithMs);
        const int wait = dj::Authenticator::waitSecs(a.failedCount);
        if (a.disabled)
            state = tr("disabled");
        else if (wait > 0 && failedAt.isValid() && now.secsTo(failedAt.addSecs(wait)) > 0)
            state =
                tr("locked until %1 (%n wrong password(s))", nullptr, a.failedCount)
                    .arg(failedAt.addSecs(wait).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        else if (a.failedCount > 0)
            state = tr("%n wrong password(s)", nullptr, a.failedCount);
        const QStringList cells{
            a.name, a.displayName, dj::roleName(a.role),
            a.role == dj::Role::Branch ? orgNames.value(a.scopeOrgId) : QString(), state};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (a.disabled)
                item->setForeground(QColor(0x88, 0x88, 0x88));
            m_table->setItem(r, c, item);
        }
        if (a.name == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnToContents(Name);
    m_table->resizeColumnToContents(DisplayName);
    m_table->resizeColumnToContents(RoleColumn);
    updateButtons();
}

const dj::Account *AccountsDialog::current() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_accounts.size())
        return nullptr;
    return &m_accounts.at(ranges.first().topRow());
}

void AccountsDialog::updateButtons()
{
    const dj::Account *a = current();
    for (QPushButton *b : {m_edit, m_password, m_remove})
        b->setEnabled(a != nullptr);
    m_unlock->setEnabled(a && a->failedCount > 0);
}

template <typename Change> bool AccountsDialog::attempt(const Change &change)
{
    try {
        change();
    } catch (const dj::Error &e) {
        m_error->setText(e.message());
        return false;
    }
    m_error->clear();
    return true;
}

void AccountsDialog::touched(const QString &name)
{
    if (name.compare(m_db.user().user, Qt::CaseInsensitive) == 0 ||
        !dj::AccountRepository::enabled(m_db))
        m_selfChanged = true;
}

void AccountsDialog::addAccount()
{
    dj::Account a;
    a.role = dj::Role::Branch; // most accounts are a branch's
    AccountEditDialog d(
        m_db, AccountEditDialog::Mode::Add, a,
        [this](const dj::Account &account, const QString &password) {
            dj::AccountRepository(m_db).add(account, password);
        },
        this);
    if (d.exec() != QDialog::Accepted)
        return;
    m_error->clear();
    reload();
    for (int r = 0; r < m_accounts.size(); ++r)
        if (m_accounts.at(r).name.compare(d.account().name, Qt::CaseInsensitive) == 0)
            m_table->selectRow(r);
}

void AccountsDialog::editAccount()
{
    const dj::Account *a = current();
    if (!a)
        return;
    AccountEditDialog d(
        m_db, AccountEditDialog::Mode::Edit, *a,
        [this](const dj::Account &account, const QString &) {
            dj::AccountRepository(m_db).update(account);
        },
        this);
    if (d.exec() != QDialog::Accepted)
        return;
    m_error->clear();
    touched(a->name);
    reload();
}

void AccountsDialog::setPassword()
{
    const dj::Account *a = current();
    if (!a)
        return;
    const QString name = a->name;
    ChangePasswordDialog d(
        tr("Set the password of %1").arg(name),
        tr("Give the new password to %1 in person. Setting it also lets the account try again "
           "at once after wrong passwords.")
            .arg(a->displayName.isEmpty() ? name : a->displayName),
        false,
        [this, name](const QString &, const QString &fresh) {
            dj::AccountRepository(m_db).setPassword(name, fresh);
        },
        this);
    if (d.exec() == QDialog::Accepted) {
        m_error->clear();
        reload();
    }
}

void AccountsDialog::unlock()
{
    const dj::Account *a = current();
    if (a && attempt([&] { dj::AccountRepository(m_db).clearLockout(a->name); }))
        reload();
}

void AccountsDialog::removeAccount()
{
    const dj::Account *a = current();
    if (!a)
        return;
    const QString name = a->name;
    const QString question = m_accounts.size() == 1
                                 ? tr("Remove the account \"%1\"? It is the last account: "
                                      "afterwards nobody needs to sign in to open "
                                      "this file, and everyone may change everything in it.")
                                       .arg(name)
                                 : tr("Remove the account \"%1\"? It can no longer sign in; what "
                                      "it changed stays in the file and in "
                                      "the audit log under its name.")
                                       .arg(name);
    QMessageBox ask(QMessageBox::Question, tr("Remove account"), question,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("removeAccountQuestion"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    if (attempt([&] { dj::AccountRepository(m_db).remove(name); })) {
        touched(name);
        reload();
    }
}
