#include "DutyItemDialog.h"

#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "duty/DutyRepository.h"
#include "duty/TemplateRules.h"
#include "common/Error.h"
#include "storage/RowIds.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

DutyItemDialog::DutyItemDialog(Session &session, const QString &listId, QWidget *parent)
    : QDialog(parent), m_session(session), m_listId(listId)
{
    build();
    setWindowTitle(tr("Add an item"));
}

DutyItemDialog::DutyItemDialog(Session &session, const dj::DutyItem &item, QWidget *parent)
    : QDialog(parent), m_session(session), m_listId(item.listId), m_item(item)
{
    build();
    setWindowTitle(tr("Edit item %1").arg(item.code));
}

void DutyItemDialog::build()
{
    setObjectName(QStringLiteral("dutyItemDialog"));
    resize(560, 420);
    m_category = new QLineEdit(m_item.category, this);
    m_category->setObjectName(QStringLiteral("itemCategory"));
    m_category->setPlaceholderText(QStringLiteral("政治建设"));
    m_title = new QLineEdit(m_item.title, this);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_content = new QPlainTextEdit(m_item.content, this);
    m_content->setObjectName(QStringLiteral("itemContent"));
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("itemFrequency"));
    for (dj::Frequency f : dj::vocab::frequencies())
        m_frequency->addItem(dj::vocab::label(f), int(f));
    m_frequency->setCurrentIndex(m_frequency->findData(int(m_item.frequency)));
    m_deadline = new QLineEdit(m_item.deadline, this);
    m_deadline->setObjectName(QStringLiteral("itemDeadline"));
    m_deadline->setPlaceholderText(tr("MM-DD, such as 03-31"));
    m_expected = new QSpinBox(this);
    m_expected->setObjectName(QStringLiteral("itemExpected"));
    m_expected->setRange(1, 99);
    m_expected->setValue(m_item.expected);
    m_evidence = new QLineEdit(m_item.evidence, this);
    m_evidence->setObjectName(QStringLiteral("itemEvidence"));

    auto *form = new QFormLayout;
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Item:"), m_title);
    form->addRow(tr("What it requires:"), m_content);
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Times per period:"), m_expected);
    form->addRow(tr("Evidence expected:"), m_evidence);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("itemError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("itemOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DutyItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

dj::DutyItem DutyItemDialog::edited() const
{
    dj::DutyItem i = m_item;
    i.listId = m_listId;
    i.category = m_category->text().trimmed();
    i.title = m_title->text().trimmed();
    i.content = m_content->toPlainText().trimmed();
    i.frequency = dj::Frequency(m_frequency->currentData().toInt());
    i.deadline = m_deadline->text().trimmed();
    i.expected = m_expected->value();
    i.evidence = m_evidence->text().trimmed();
    return i;
}

void DutyItemDialog::accept()
{
    dj::DutyItem item = edited();
    const bool adding = item.id.isEmpty();
    try {
        dj::templaterules::checkFields({}, item.title, item.frequency, item.deadline, item.expected);
    } catch (const dj::Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    if (adding)
        item.id = dj::newRowId();
    Session &session = m_session;
    const dj::DutyItem before = m_item;
    auto first = std::make_shared<bool>(true);
    auto apply = [&session, item, adding, first] {
        dj::DutyRepository repo(session.db());
        if (adding && *first)
            repo.addItem(item.listId, item);
        else if (adding)
            repo.restoreItem(item.id);
        else
            repo.updateItem(item);
        *first = false;
    };
    auto revert = [&session, item, before, adding] {
        dj::DutyRepository repo(session.db());
        if (adding)
            repo.removeItem(item.id);
        else
            repo.updateItem(before);
    };
    auto *cmd = new FunctionCommand(session, adding ? tr("Add item %1").arg(item.title) : tr("Edit item %1").arg(item.title),
                                    apply, revert);
    cmd->setTouchesDuty();
    QString error;
    if (!session.run(cmd, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
