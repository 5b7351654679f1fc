#include "ImportLogDialog.h"

#include "ExchangeUi.h"
#include "app/Session.h"
#include "common/Error.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column {
    TimeCol,
    SenderCol,
    SequenceCol,
    ScopeCol,
    NewCol,
    UpdatedCol,
    DeletedCol,
    ConflictsCol,
    ByCol,
    UndoneCol,
    ColumnCount
};

QTableWidgetItem *number(qint64 n)
{
    auto *item = new QTableWidgetItem(n == 0 ? QString() : QString::number(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ImportLogDialog::ImportLogDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("importLogDialog"));
    setWindowTitle(tr("Import log"));
    resize(1100, 520);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importLogTable"));
    //: column headers: 导入时间, 发送单位, 序号, 内容, 新增, 更新, 删除, 冲突, 导入人, 已撤销
    m_table->setHorizontalHeaderLabels({tr("Imported"), tr("From"), tr("No."), tr("Contents"),
                                        tr("New"), tr("Updated"), tr("Deleted"), tr("Conflicts"),
                                        tr("By"), tr("Undone")});
    m_table->horizontalHeader()->setSectionResizeMode(ScopeCol, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_undo = new QPushButton(tr("Undo the last import…"), this);
    m_undo->setObjectName(QStringLiteral("importLogUndo"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importLogMessage"));
    m_message->setWordWrap(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("importLogClose"));
    connect(m_undo, &QPushButton::clicked, this, &ImportLogDialog::undoLast);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
}

void ImportLogDialog::run(Session &session, QWidget *parent)
{
    ImportLogDialog dialog(session, parent);
    dialog.exec();
}

void ImportLogDialog::reload()
{
    try {
        m_entries = dj::ImportLog(m_session.db()).all();
    } catch (const dj::Error &e) {
        m_entries.clear();
        m_message->setText(e.message());
    }
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const dj::ImportLogEntry &e = m_entries.at(r);
        m_table->setItem(r, TimeCol, new QTableWidgetItem(exchangeui::localTime(e.importedAt)));
        auto *sender = new QTableWidgetItem(e.senderName);
        sender->setToolTip(
            tr("Office id %1; package %2, made %3")
                .arg(e.senderOffice, e.packageId, exchangeui::localTime(e.createdAt)));
        m_table->setItem(r, SenderCol, sender);
        auto *sequence = number(e.sequence);
        if (e.expectedSequence > 0) {
            // Packages between the last one imported and this one never arrived here.
            sequence->setIcon(warning);
            sequence->setToolTip(
                tr("Packages %1 to %2 from this office had not been imported when this one was.")
                    .arg(e.expectedSequence)
                    .arg(e.sequence - 1));
        }
        m_table->setItem(r, SequenceCol, sequence);
        m_table->setItem(r, ScopeCol, new QTableWidgetItem(exchangeui::scopeText(e.scope)));
        m_table->setItem(r, NewCol, number(e.count(QStringLiteral("new"))));
        m_table->setItem(r, UpdatedCol, number(e.count(QStringLiteral("updated"))));
        m_table->setItem(r, DeletedCol, number(e.count(QStringLiteral("deleted"))));
        m_table->setItem(r, ConflictsCol, number(e.count(QStringLiteral("conflicts"))));
        m_table->setItem(r, ByCol, new QTableWidgetItem(e.importedBy));
        m_table->setItem(r, UndoneCol,
                         new QTableWidgetItem(
                             e.undoneAt.isEmpty() ? QString() : exchangeui::localTime(e.undoneAt)));
        if (!e.undoneAt.isEmpty())
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(r, c)->setForeground(QColor(0x88, 0x88, 0x88));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ScopeCol, QHeaderView::Stretch);
    m_undo->setEnabled(!m_entries.isEmpty() && m_entries.first().undoneAt.isEmpty());
    if (m_entries.isEmpty())
        m_message->setText(tr("No package has been imported into this file yet."));
}

bool ImportLogDialog::undoLast()
{
    if (m_entries.isEmpty())
        return false;
    const dj::ImportLogEntry &last = m_entries.first();
    const auto answer =
        QMessageBox::question(this, tr("Undo the last import"),
                              tr("Undo the import of package %1 from %2 (imported %3)? Every row "
                                 "it changed is put back as it was and "
                                 "what it added is removed. The Edit → Undo history is cleared.")
                                  .arg(last.sequence)
                                  .arg(last.senderName, exchangeui::localTime(last.importedAt)));
    if (answer != QMessageBox::Yes)
        return false;
    try {
        const dj::ImportLogEntry undone = dj::ImportLog(m_session.db()).undoLast(exchangeui::who());
        exchangeui::dataReplaced(m_session);
        reload();
        m_message->setText(tr("The import of package %1 from %2 was undone.")
                               .arg(undone.sequence)
                               .arg(undone.senderName));
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return false;
    }
    return true;
}
