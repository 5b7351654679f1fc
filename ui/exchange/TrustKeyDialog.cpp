#include "TrustKeyDialog.h"

#include "ExchangeUi.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TrustKeyDialog::TrustKeyDialog(const dj::OfficeKey &key, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("trustKeyDialog"));
    setWindowTitle(tr("Trust an office's key"));
    auto *intro = new QLabel(
        tr("Packages signed with this key will be imported as coming from <b>%1</b>. Call that "
           "office (or take the fingerprint they gave you on paper) and read the fingerprint "
           "to each other, group by group. Trust the key only if every group matches.")
            .arg(key.officeName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *fingerprint = exchangeui::fingerprintLabel(key.fingerprint(), this);
    fingerprint->setObjectName(QStringLiteral("trustFingerprint"));
    auto *id = new QLabel(key.officeId, this);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Office:"), new QLabel(key.officeName, this));
    form->addRow(tr("Office id:"), id);
    form->addRow(tr("Fingerprint:"), fingerprint);
    m_compared = new QCheckBox(
        tr("I compared this fingerprint with %1 (by phone or on paper) and it matches")
            .arg(key.officeName),
        this);
    m_compared->setObjectName(QStringLiteral("trustCompared"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trust = buttons->addButton(tr("Trust this key"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustAccept"));
    m_trust->setEnabled(false);
    connect(m_compared, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_compared);
    layout->addWidget(buttons);
    setMinimumWidth(qMax(680, layout->minimumSize().width()));
}

bool TrustKeyDialog::confirm(const dj::OfficeKey &key, QWidget *parent)
{
    TrustKeyDialog dialog(key, parent);
    return dialog.exec() == QDialog::Accepted && dialog.m_compared->isChecked();
}
