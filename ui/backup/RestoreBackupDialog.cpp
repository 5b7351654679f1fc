#include "RestoreBackupDialog.h"
#include "common/SizeText.h"

#include "app/StartupFile.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString reasonText(dj::BackupInfo::Reason r)
{
    switch (r) {
    case dj::BackupInfo::Reason::Manual:
        return RestoreBackupDialog::tr("Made by hand");
    case dj::BackupInfo::Reason::Daily:
        return RestoreBackupDialog::tr("Daily, on opening");
    case dj::BackupInfo::Reason::Import:
        return RestoreBackupDialog::tr("Before an import");
    case dj::BackupInfo::Reason::Upgrade:
        return RestoreBackupDialog::tr("Before an upgrade");
    case dj::BackupInfo::Reason::Restore:
        return RestoreBackupDialog::tr("Before a restore");
    }
    return {};
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const dj::Database &db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from a backup"));
    const dj::BackupStore store(db);
    auto *intro = new QLabel(tr("Backups of this file are kept in %1. The newest %2 automatic copies are kept; copies "
                                "made by hand and before upgrades are never removed.")
                                 .arg(QDir::toNativeSeparators(store.folder()))
                                 .arg(store.keep()));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Made at"), tr("Why"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const dj::BackupInfo &b : store.list()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *when = new QTableWidgetItem(b.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        when->setData(Qt::UserRole, b.path);
        when->setToolTip(QDir::toNativeSeparators(b.path));
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(reasonText(b.reason)));
        m_table->setItem(row, 2, new QTableWidgetItem(dj::sizeText(b.size)));
    }
    auto *empty = new QLabel(tr("There are no backups of this file yet."));
    empty->setVisible(m_table->rowCount() == 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    QPushButton *other = buttons->addButton(tr("Another file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherBackupButton"));
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOther);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_chosen = m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toString();
        accept();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_restore, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(620, 420);
}

void RestoreBackupDialog::chooseOther()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a copy"), QDir::homePath(),
                                                      startup::dataFileFilter());
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}

QString RestoreBackupDialog::ask(const dj::Database &db, QWidget *parent)
{
    RestoreBackupDialog d(db, parent);
    if (d.exec() != QDialog::Accepted || d.chosenPath().isEmpty())
        return {};
    const auto answer = QMessageBox::question(
        parent, tr("Restore from a backup"),
        tr("Replace everything in this file by the backup %1?\n\nWork entered since that copy was made is "
           "replaced; a copy of the file as it is now is kept first, so this can be undone by restoring that copy.")
            .arg(QFileInfo(d.chosenPath()).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes ? d.chosenPath() : QString();
}
