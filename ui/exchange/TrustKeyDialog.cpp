#include "TrustKeyDialog.h"

#include "ExchangeUi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *warningLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel{color:#8a4b00;background:#fff4e0;border:1px solid #f0c36d;padding:8px;}"));
    return l;
}
} // namespace

TrustKeyDialog::TrustKeyDialog(const dj::OfficeKey &key, dj::Database &db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("trustKeyDialog"));
    setWindowTitle(tr("Trust an office's key"));
    const dj::PeerRepository peers(db);
    m_change = peers.changeFor(key);
    const auto known = peers.find(key.officeId);
    const bool keyChanged = m_change == dj::PeerRepository::Change::KeyChanged;
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
    m_speaksFor = new QComboBox(this);
    m_speaksFor->setObjectName(QStringLiteral("trustSpeaksFor"));
    exchangeui::fillSpeaksFor(m_speaksFor, db);
    if (known) // what it spoke for until now, as the starting point
        m_speaksFor->setCurrentIndex(qMax(1, m_speaksFor->findData(known->speaksForOrgId)));
    auto *form = new QFormLayout;
    form->addRow(tr("Office:"), new QLabel(key.officeName, this));
    form->addRow(tr("Office id:"), id);
    if (keyChanged) {
        // Side by side: the key trusted until now and the one that would replace it.
        auto *old = exchangeui::fingerprintLabel(known->key.fingerprint(), this);
        old->setObjectName(QStringLiteral("trustOldFingerprint"));
        form->addRow(tr("Fingerprint trusted until now:"), old);
        form->addRow(tr("New fingerprint:"), fingerprint);
    } else {
        form->addRow(tr("Fingerprint:"), fingerprint);
    }
    form->addRow(tr("Speaks for:"), m_speaksFor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (keyChanged)
        layout->addWidget(warningLabel(tr("%1 is trusted here with another key. Replace it only if %1 told you itself "
                                          "that it made a new key; otherwise someone may be posing as it.")
                                           .arg(key.officeName),
                                       "trustKeyChanged", this));
    if (m_change == dj::PeerRepository::Change::Revoked)
        layout->addWidget(warningLabel(tr("The key of %1 was revoked here on %2. Trust it again only when you know "
                                          "why it was revoked and that this no longer holds.")
                                           .arg(key.officeName, exchangeui::localTime(known->revokedAt)),
                                       "trustRevoked", this));
    for (const dj::Peer &p : peers.sameName(key))
        layout->addWidget(warningLabel(tr("Another trusted office is also called %1 (fingerprint %2). Make sure this "
                                          "key is not someone posing as it.")
                                           .arg(p.key.officeName, p.key.fingerprint()),
                                       "trustNameClash", this));
    layout->addLayout(form);
    m_compared = new QCheckBox(
        keyChanged ? tr("%1 confirmed it made a new key, and I compared the new fingerprint with it (by phone or on "
                        "paper): it matches")
                         .arg(key.officeName)
                   : tr("I compared this fingerprint with %1 (by phone or on paper) and it matches").arg(key.officeName),
        this);
    m_compared->setObjectName(QStringLiteral("trustCompared"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trust = buttons->addButton(keyChanged ? tr("Replace the key") : tr("Trust this key"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustAccept"));
    connect(m_compared, &QCheckBox::toggled, this, &TrustKeyDialog::updateTrust);
    connect(m_speaksFor, &QComboBox::currentIndexChanged, this, &TrustKeyDialog::updateTrust);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_compared);
    layout->addWidget(buttons);
    updateTrust();
    setMinimumWidth(qMax(680, layout->minimumSize().width()));
}

void TrustKeyDialog::updateTrust()
{
    bool chosen = false;
    exchangeui::speaksForChoice(m_speaksFor, &chosen);
    m_trust->setEnabled(chosen && m_compared->isChecked());
}

TrustKeyDialog::Choice TrustKeyDialog::choice() const
{
    Choice c;
    c.speaksForOrgId = exchangeui::speaksForChoice(m_speaksFor, nullptr);
    // What the dialog showed is what the person confirmed.
    c.confirmed.keyChange = m_change == dj::PeerRepository::Change::KeyChanged;
    c.confirmed.reinstate = m_change == dj::PeerRepository::Change::Revoked;
    return c;
}

std::optional<TrustKeyDialog::Choice> TrustKeyDialog::ask(const dj::OfficeKey &key, dj::Database &db, QWidget *parent)
{
    TrustKeyDialog dialog(key, db, parent);
    bool chosen = false;
    if (dialog.exec() != QDialog::Accepted || !dialog.m_compared->isChecked())
        return std::nullopt;
    exchangeui::speaksForChoice(dialog.m_speaksFor, &chosen);
    if (!chosen)
        return std::nullopt;
    return dialog.choice();
}
