#include "ImportCheckPage.h"

#include "ExchangeUi.h"
#include "exchange/PackageImport.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ImportCheckPage::ImportCheckPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check the package"));
    setSubTitle(tr("Who made it, for whom, and what it carries. Nothing in the file has been read "
                   "beyond this yet."));
    m_form = new QFormLayout;
    m_senderName = value("importSender");
    m_status = value("importSenderStatus");
    m_fingerprint = exchangeui::fingerprintLabel(QString(), this);
    m_fingerprint->setObjectName(QStringLiteral("importFingerprint"));
    m_for = value("importRecipient");
    m_created = value("importCreated");
    m_scope = value("importScope");
    m_sequence = value("importSequence");
    m_encryption = value("importEncryption");
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("importPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("the passphrase the sending office told you"));
    addRow(tr("From:"), m_senderName);
    addRow(QString(), m_status);
    addRow(tr("Key fingerprint:"), m_fingerprint);
    addRow(tr("Made for:"), m_for);
    addRow(tr("Made on:"), m_created);
    addRow(tr("Contents:"), m_scope);
    addRow(tr("Package number:"), m_sequence);
    addRow(tr("Protection:"), m_encryption);
    addRow(tr("Passphrase:"), m_passphrase);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("importSenderWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel{color:#8a4b00;background:#fff4e0;border:1px solid #f0c36d;padding:8px;}"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("importTrustConfirm"));
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    m_speaksFor = new QComboBox(this);
    m_speaksFor->setObjectName(QStringLiteral("importSpeaksFor"));
    connect(m_speaksFor, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirm);
    m_speaksRow = new QFormLayout;
    m_speaksRow->addRow(tr("It speaks for:"), m_speaksFor);
    layout->addLayout(m_speaksRow);
    layout->addStretch();
}

QLabel *ImportCheckPage::value(const char *name)
{
    auto *l = new QLabel(this);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void ImportCheckPage::addRow(const QString &label, QWidget *field)
{
    if (label.isEmpty())
        m_form->addRow(field);
    else
        m_form->addRow(label, field);
}

void ImportCheckPage::setPackage(const dj::PackageImport &import, dj::Database &db)
{
    const QString thisOfficeId = db.officeId();
    exchangeui::fillSpeaksFor(m_speaksFor, db);
    using Sender = dj::PackageImport::Sender;
    const dj::PackageHeader &h = import.header();
    const Sender sender = import.sender();
    m_unknownSender = sender == Sender::Unknown;
    m_senderName->setText(h.sender.officeName);
    m_senderName->setToolTip(tr("Office id %1").arg(h.sender.officeId));
    m_fingerprint->setText(h.senderFingerprint());
    m_for->setText(h.forAnyOffice() ? tr("any office") : h.recipientOfficeName);
    m_created->setText(exchangeui::localTime(h.createdAt.toString(Qt::ISODateWithMs)));
    m_scope->setText(exchangeui::scopeText(h.scope) +
                     (h.incremental
                          ? tr(" — only the changes since %1").arg(exchangeui::localTime(h.since))
                          : QString()));
    m_sequence->setText(QString::number(h.sequence));
    m_needsPassphrase = h.encryption == dj::PackageHeader::Encryption::Passphrase;
    switch (h.encryption) {
    case dj::PackageHeader::Encryption::None:
        m_encryption->setText(tr("signed, not encrypted"));
        break;
    case dj::PackageHeader::Encryption::Recipient:
        m_encryption->setText(tr("signed and encrypted for this office"));
        break;
    case dj::PackageHeader::Encryption::Passphrase:
        m_encryption->setText(tr("signed and encrypted with a passphrase"));
        break;
    }
    m_form->setRowVisible(m_passphrase, m_needsPassphrase);
    m_passphrase->clear();

    m_blocker.clear();
    QString status;
    QString warning;
    switch (sender) {
    case Sender::Trusted:
        status =
            tr("✔ A trusted office; the package will be checked against the key trusted here.");
        break;
    case Sender::ThisOffice:
        status = tr("✔ Made by this office.");
        break;
    case Sender::Unknown:
        status = tr("This office does not trust %1 yet.").arg(h.sender.officeName);
        warning =
            tr("Before importing, call %1 (or compare with the key they gave you on paper) and "
               "read the "
               "fingerprint above to each other. Only if every group matches is the package really "
               "theirs; if anything differs, cancel: someone else made this file.")
                .arg(h.sender.officeName);
        break;
    case Sender::Revoked:
        status = tr("✘ The key of %1 was revoked here.").arg(h.sender.officeName);
        m_blocker = tr("This office stopped trusting the key of %1, so its packages are not "
                       "imported. If the office "
                       "has a new key, trust its key file under Exchange → Offices and keys first.")
                        .arg(h.sender.officeName);
        break;
    case Sender::OtherKey:
        status =
            tr("✘ Signed with another key than the one trusted for %1.").arg(h.sender.officeName);
        m_blocker =
            tr("The package says it comes from %1 but is signed with a different key than the one "
               "this "
               "office trusts for it. It may not come from that office at all. Ask %1 whether they "
               "changed their key; if so, trust the new key file under Exchange → Offices and "
               "keys.")
                .arg(h.sender.officeName);
        break;
    case Sender::KeyChanged:
        status = tr("✔ %1 changed its key; the change is signed with the key trusted here.")
                     .arg(h.sender.officeName);
        // Shown as a warning so nobody misses it: old and new fingerprints side by side.
        warning = tr("Key change of %1 — old key (trusted here): %2; new key: %3. Importing "
                     "records the new key for %1 and notes the change in the audit log.")
                      .arg(h.sender.officeName, import.trustedFingerprint(), h.senderFingerprint());
        break;
    }
    if (!h.forAnyOffice() && h.recipientOfficeId != thisOfficeId)
        m_blocker = tr("This package was made for %1, not for this office. Ask the sender to make "
                       "one for this "
                       "office or for any office.")
                        .arg(h.recipientOfficeName);
    m_status->setText(status);
    m_status->setStyleSheet(sender == Sender::Trusted || sender == Sender::ThisOffice || sender == Sender::KeyChanged
                                ? QStringLiteral("color:#1e7b34;")
                                : QStringLiteral("color:#c0392b;font-weight:bold;"));
    if (!m_blocker.isEmpty())
        warning = m_blocker;
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_confirm->setChecked(false);
    m_confirm->setText(tr("I compared this fingerprint with %1 (by phone or on paper) and trust it")
                           .arg(h.sender.officeName));
    m_confirm->setVisible(m_unknownSender && m_blocker.isEmpty());
    m_speaksRow->setRowVisible(m_speaksFor, m_unknownSender && m_blocker.isEmpty());
    m_speaksFor->setToolTip(tr("Packages from %1 may change only rows of what it speaks for: the whole department "
                               "(the 机关党委 or 党组 office) or one organisation and below (a 党总支 or 党支部 office).")
                                .arg(h.sender.officeName));
    emit completeChanged();
}

bool ImportCheckPage::trustConfirmed() const
{
    bool chosen = false;
    exchangeui::speaksForChoice(m_speaksFor, &chosen);
    return m_unknownSender && m_confirm->isChecked() && chosen;
}

QString ImportCheckPage::speaksForOrgId() const
{
    return exchangeui::speaksForChoice(m_speaksFor, nullptr);
}

QByteArray ImportCheckPage::passphrase() const
{
    return m_needsPassphrase ? m_passphrase->text().toUtf8() : QByteArray();
}

bool ImportCheckPage::isComplete() const
{
    if (!m_blocker.isEmpty())
        return false;
    if (m_unknownSender && !trustConfirmed())
        return false;
    return !m_needsPassphrase || !m_passphrase->text().isEmpty();
}
