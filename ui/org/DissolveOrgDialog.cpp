#include "DissolveOrgDialog.h"

#include "common/Clock.h"
#include "common/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DissolveOrgDialog::DissolveOrgDialog(const QString &orgName, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("dissolveOrgDialog"));
    setWindowTitle(tr("Dissolve %1").arg(orgName));
    auto *explain = new QLabel(tr("The organisation and its history are kept; its current posts end on "
                                  "this date."),
                               this);
    explain->setWordWrap(true);
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("dissolveDate"));
    m_date->setRequired(true);
    m_date->setDate(dj::Clock::today());
    auto *form = new QFormLayout;
    form->addRow(tr("&Dissolved on:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dissolveOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DissolveOrgDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QVBoxLayout(this);
    top->addWidget(explain);
    top->addLayout(form);
    top->addWidget(buttons);
    m_date->setFocus();
}

QDate DissolveOrgDialog::date() const { return m_date->date(); }

void DissolveOrgDialog::accept()
{
    if (!m_date->isValid()) {
        m_date->showProblem(m_date->problem());
        m_date->setFocus();
        return;
    }
    QDialog::accept();
}
