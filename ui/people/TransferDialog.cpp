#include "TransferDialog.h"

#include "TransferCommand.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/FieldProblems.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/OrgComboBox.h"
#include "common/TextLimits.h"
#include "common/UiText.h"
#include "org/PersonRepository.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Reasons as recorded in the membership history (stored values, not interface text):
// 工作调动 job change, 内部调整 moved within the unit, 机构调整 reorganisation, 转入/转出
// transferred in/out of the department, 退休 retired.
const char16_t kReasons[] = u"工作调动 内部调整 机构调整 转入 转出 退休";
} // namespace

TransferDialog::TransferDialog(Session &session, const dj::Person &person, QWidget *parent)
    : QDialog(parent), m_session(session), m_person(person)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer %1").arg(person.name));

    QString current = tr("None");
    QDate since;
    try {
        for (const dj::Membership &m : dj::PersonRepository(session.db()).history(person.id)) {
            if (!m.to.isValid()) {
                current = m.orgName;
                since = m.from;
                break;
            }
        }
    } catch (const dj::Error &) {
    }
    auto *currentLabel = new QLabel(
        since.isValid() ? tr("%1 (since %2)").arg(current, uitext::date(since)) : current, this);
    currentLabel->setObjectName(QStringLiteral("transferCurrent"));

    m_branch = new OrgComboBox(this);
    m_branch->setObjectName(QStringLiteral("transferBranch"));
    m_branch->setAcceptedTypes({dj::OrgType::Branch});
    m_branch->reload(session.db());
    // Start on another branch than the current one.
    if (m_branch->currentOrgId() == person.branchId && m_branch->count() > 1)
        m_branch->setCurrentIndex(1);

    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("transferDate"));
    m_date->setRequired(true);
    m_date->setDate(dj::Clock::today());
    m_date->setMaximumDate(dj::Clock::today());

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("transferReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(QString::fromUtf16(kReasons).split(QLatin1Char(' ')));
    textlimits::limit(m_reason, dj::limits::ReasonMax);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("transferError"));
    m_problems = new FieldProblems(m_error, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Current branch:"), currentLabel);
    m_problems->addRow(form, tr("&New branch:"), m_branch, QStringLiteral("branchId"));
    m_problems->addRow(form, tr("&Date:"), m_date, QStringLiteral("on"));
    m_problems->addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("transferOk"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_branch->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);

    auto *top = new QVBoxLayout(this);
    top->addLayout(form);
    top->addWidget(m_error);
    top->addWidget(buttons);
}

void TransferDialog::accept()
{
    const QString to = m_branch->currentOrgId();
    const QDate on = m_date->date();
    const QString reason = m_reason->currentText().trimmed();
    QList<dj::FieldProblem> problems;
    if (!m_date->isValid())
        problems.append({QStringLiteral("on"), m_date->problem()});
    // All that is wrong at once; then the transfer is tried and rolled back, so a refusal
    // shows here rather than in a message box.
    try {
        for (const dj::FieldProblem &f : dj::PersonRepository(m_session.db()).transferProblems(m_person.id, to, on, reason))
            if (f.field != QLatin1String("on") || m_date->isValid())
                problems.append(f);
        if (m_problems->show(problems))
            return;
        dj::Transaction dryRun(m_session.db());
        dj::PersonRepository(m_session.db()).transfer(m_person.id, to, on, reason);
    } catch (const dj::Error &e) {
        m_problems->show(QString(), e.message());
        return;
    }
    const QString toName = m_branch->currentText().trimmed();
    if (!m_session.run(
            new TransferCommand(m_session, m_person.id, m_person.name, to, toName, on, reason)))
        return; // the session reported why; the user may change the input
    QDialog::accept();
}
