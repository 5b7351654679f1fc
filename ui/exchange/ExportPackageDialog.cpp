#include "ExportPackageDialog.h"

#include "ExchangeUi.h"
#include "ExportSummaryPage.h"
#include "app/Session.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/OrgComboBox.h"
#include "exchange/PeerRepository.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
enum To { AnyOffice, TrustedOffice, KeyFile };
enum Protect { Plain, ForRecipient, Passphrase };
constexpr int kMinPassphrase = dj::ExportRequest::MinPassphrase; // core holds to it too

template <typename T> T *named(T *w, const char *name)
{
    w->setObjectName(QString::fromLatin1(name));
    return w;
}
} // namespace

ExportPackageDialog::ExportPackageDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("exportPackageDialog"));
    setWindowTitle(tr("Export a package"));
    m_pages = named(new QStackedWidget(this), "exportPages");
    m_pages->addWidget(buildForm());
    m_summary = new ExportSummaryPage(this);
    connect(m_summary, &ExportSummaryPage::closeRequested, this, &QDialog::accept);
    m_pages->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    updateEnabled();
    updateDefaultDestination();
}

QWidget *ExportPackageDialog::buildForm()
{
    auto *page = new QWidget(this);
    // What to send.
    auto *what = new QGroupBox(tr("What to send"), page);
    m_scope = new QButtonGroup(this);
    auto *all = named(new QRadioButton(tr("Every row this office keeps"), what), "exportScopeAll");
    auto *org = named(new QRadioButton(tr("An organisation and everything below it:"), what),
                      "exportScopeOrg");
    auto *year = named(new QRadioButton(tr("One year (lists, records, assessment, survey):"), what),
                       "exportScopeYear");
    auto *schemes = named(
        new QRadioButton(tr("Only the assessment schemes and list templates (to send down)"), what),
        "exportScopeSchemes");
    m_scope->addButton(all, int(dj::ExchangeScope::Kind::All));
    m_scope->addButton(org, int(dj::ExchangeScope::Kind::Org));
    m_scope->addButton(year, int(dj::ExchangeScope::Kind::Year));
    m_scope->addButton(schemes, int(dj::ExchangeScope::Kind::Schemes));
    all->setChecked(true);
    m_org = named(new OrgComboBox(what), "exportOrg");
    m_org->reload(m_session.db());
    m_year = named(new QSpinBox(what), "exportYear");
    m_year->setRange(2000, 2100);
    m_year->setValue(dj::Clock::today().year());
    auto *whatGrid = new QGridLayout(what);
    whatGrid->addWidget(all, 0, 0, 1, 2);
    whatGrid->addWidget(org, 1, 0);
    whatGrid->addWidget(m_org, 1, 1);
    whatGrid->addWidget(year, 2, 0);
    whatGrid->addWidget(m_year, 2, 1, Qt::AlignLeft);
    whatGrid->addWidget(schemes, 3, 0, 1, 2);
    whatGrid->setColumnStretch(1, 1);

    // For whom.
    auto *whom = new QGroupBox(tr("For whom"), page);
    m_to = new QButtonGroup(this);
    auto *any =
        named(new QRadioButton(tr("Any office (whoever trusts this office can import it)"), whom),
              "exportToAny");
    auto *trusted = named(new QRadioButton(tr("A trusted office:"), whom), "exportToTrusted");
    auto *keyFile =
        named(new QRadioButton(tr("The office of a key file:"), whom), "exportToKeyFile");
    m_to->addButton(any, AnyOffice);
    m_to->addButton(trusted, TrustedOffice);
    m_to->addButton(keyFile, KeyFile);
    any->setChecked(true);
    m_peer = named(new QComboBox(whom), "exportPeer");
    for (const dj::Peer &p : dj::PeerRepository(m_session.db()).all())
        if (p.trusted())
            m_peer->addItem(p.key.officeName, p.key.officeId);
    trusted->setEnabled(m_peer->count() > 0);
    if (m_peer->count() == 0)
        m_peer->addItem(tr("(no office is trusted yet: see Exchange → Offices and keys)"));
    m_keyFile = named(new QLineEdit(whom), "exportKeyFile");
    m_keyFile->setPlaceholderText(tr("the .djkey file the office gave you"));
    auto *browseKey = named(new QPushButton(tr("Browse…"), whom), "exportBrowseKey");
    m_recipientInfo = named(new QLabel(whom), "exportRecipientInfo");
    m_recipientInfo->setWordWrap(true);
    m_recipientInfo->setStyleSheet(QStringLiteral("color:#555;"));
    m_sinceLast =
        named(new QCheckBox(tr("Only what changed since the last package to this office"), whom),
              "exportSinceLast");
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browseKey);
    auto *whomGrid = new QGridLayout(whom);
    whomGrid->addWidget(any, 0, 0, 1, 2);
    whomGrid->addWidget(trusted, 1, 0);
    whomGrid->addWidget(m_peer, 1, 1);
    whomGrid->addWidget(keyFile, 2, 0);
    whomGrid->addLayout(keyRow, 2, 1);
    whomGrid->addWidget(m_recipientInfo, 3, 0, 1, 2);
    whomGrid->addWidget(m_sinceLast, 4, 0, 1, 2);
    whomGrid->setColumnStretch(1, 1);

    // Protection.
    auto *protect = new QGroupBox(tr("Protection"), page);
    m_protect = new QButtonGroup(this);
    auto *plain =
        named(new QRadioButton(
                  tr("Not encrypted (signed, but anyone holding the file can read it)"), protect),
              "exportPlain");
    m_forRecipient = named(
        new QRadioButton(tr("Encrypted for the recipient (only that office can open it)"), protect),
        "exportEncryptRecipient");
    auto *pass = named(new QRadioButton(tr("Encrypted with a passphrase:"), protect),
                       "exportEncryptPassphrase");
    m_protect->addButton(plain, Plain);
    m_protect->addButton(m_forRecipient, ForRecipient);
    m_protect->addButton(pass, Passphrase);
    plain->setChecked(true);
    m_pass1 = named(new QLineEdit(protect), "exportPassphrase");
    m_pass2 = named(new QLineEdit(protect), "exportPassphraseAgain");
    m_pass1->setPlaceholderText(tr("at least %1 characters").arg(kMinPassphrase));
    m_pass2->setPlaceholderText(tr("the same again"));
    for (QLineEdit *e : {m_pass1, m_pass2})
        e->setEchoMode(QLineEdit::Password);
    auto *passRow = new QHBoxLayout;
    passRow->addWidget(m_pass1);
    passRow->addWidget(m_pass2);
    auto *protectGrid = new QGridLayout(protect);
    protectGrid->addWidget(plain, 0, 0, 1, 2);
    protectGrid->addWidget(m_forRecipient, 1, 0, 1, 2);
    protectGrid->addWidget(pass, 2, 0);
    protectGrid->addLayout(passRow, 2, 1);
    protectGrid->setColumnStretch(1, 1);

    // Where.
    m_dest = named(new QLineEdit(page), "exportDestination");
    auto *browse = named(new QPushButton(tr("Browse…"), page), "exportBrowse");
    auto *destRow = new QHBoxLayout;
    destRow->addWidget(new QLabel(tr("Write to:"), page));
    destRow->addWidget(m_dest, 1);
    destRow->addWidget(browse);

    m_message = named(new QLabel(page), "exportMessage");
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
    auto *run = named(new QPushButton(tr("Export"), page), "exportRun");
    run->setDefault(true);
    auto *cancel = named(new QPushButton(tr("Cancel"), page), "exportCancel");
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(run);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(what);
    layout->addWidget(whom);
    layout->addWidget(protect);
    layout->addLayout(destRow);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);

    for (QButtonGroup *g : {m_scope, m_to, m_protect})
        connect(g, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });
    connect(m_scope, &QButtonGroup::idToggled, this,
            &ExportPackageDialog::updateDefaultDestination);
    connect(m_org, &QComboBox::currentIndexChanged, this,
            &ExportPackageDialog::updateDefaultDestination);
    connect(m_year, &QSpinBox::valueChanged, this, &ExportPackageDialog::updateDefaultDestination);
    connect(m_peer, &QComboBox::currentIndexChanged, this, &ExportPackageDialog::updateEnabled);
    connect(m_keyFile, &QLineEdit::editingFinished, this, &ExportPackageDialog::updateEnabled);
    connect(m_dest, &QLineEdit::textEdited, this, [this] { m_destChosen = true; });
    connect(browseKey, &QPushButton::clicked, this, &ExportPackageDialog::browseKeyFile);
    connect(browse, &QPushButton::clicked, this, &ExportPackageDialog::browseDestination);
    connect(run, &QPushButton::clicked, this, &ExportPackageDialog::exportPackage);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

void ExportPackageDialog::run(Session &session, QWidget *parent)
{
    ExportPackageDialog dialog(session, parent);
    dialog.exec();
}

void ExportPackageDialog::updateEnabled()
{
    m_org->setEnabled(m_scope->checkedId() == int(dj::ExchangeScope::Kind::Org));
    m_year->setEnabled(m_scope->checkedId() == int(dj::ExchangeScope::Kind::Year));
    m_peer->setEnabled(m_to->checkedId() == TrustedOffice);
    m_keyFile->setEnabled(m_to->checkedId() == KeyFile);
    const bool hasRecipient = m_to->checkedId() != AnyOffice;
    m_sinceLast->setEnabled(hasRecipient);
    if (!hasRecipient)
        m_sinceLast->setChecked(false);
    m_forRecipient->setEnabled(hasRecipient);
    if (!hasRecipient && m_forRecipient->isChecked())
        m_protect->button(Plain)->setChecked(true);
    const bool pass = m_protect->checkedId() == Passphrase;
    m_pass1->setEnabled(pass);
    m_pass2->setEnabled(pass);
    m_message->hide(); // a reason given for the form as it was
    // Show whose key the package is made for, so a wrong choice is seen before it is written.
    QString error;
    const auto key = hasRecipient ? recipient(&error) : std::nullopt;
    m_recipientInfo->setVisible(hasRecipient && (key || !m_keyFile->text().isEmpty()));
    m_recipientInfo->setText(key ? tr("Made for %1, whose key has the fingerprint %2")
                                       .arg(key->officeName, key->fingerprint())
                                 : error);
}

void ExportPackageDialog::updateDefaultDestination()
{
    if (m_destChosen)
        return;
    QString scope;
    switch (dj::ExchangeScope::Kind(m_scope->checkedId())) {
    case dj::ExchangeScope::Kind::All:
        scope = tr("all");
        break;
    case dj::ExchangeScope::Kind::Org:
        scope = m_org->currentOrgId().isEmpty()
                    ? tr("organisation")
                    : dj::OrganizationRepository(m_session.db()).get(m_org->currentOrgId()).code;
        break;
    case dj::ExchangeScope::Kind::Year:
        scope = QString::number(m_year->value());
        break;
    case dj::ExchangeScope::Kind::Schemes:
        scope = tr("schemes");
        break;
    }
    QString name = QStringLiteral("%1-%2-%3.djpkg")
                       .arg(m_session.db().officeName(), scope,
                            dj::Clock::today().toString(QStringLiteral("yyyyMMdd")));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_dest->setText(
        QDir::toNativeSeparators(QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(name)));
}

void ExportPackageDialog::setDestination(const QString &path)
{
    m_destChosen = true;
    m_dest->setText(QDir::toNativeSeparators(path));
}

QString ExportPackageDialog::destination() const
{
    return QDir::fromNativeSeparators(m_dest->text().trimmed());
}

void ExportPackageDialog::browseDestination()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a package"), destination(),
                                                      tr("Exchange packages (*.djpkg)"));
    if (!path.isEmpty())
        setDestination(path.endsWith(QLatin1String(".djpkg")) ? path
                                                              : path + QStringLiteral(".djpkg"));
}

void ExportPackageDialog::browseKeyFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The office's key file"), QDir::homePath(),
                                     tr("Office keys (*.djkey);;All files (*)"));
    if (path.isEmpty())
        return;
    m_keyFile->setText(QDir::toNativeSeparators(path));
    m_to->button(KeyFile)->setChecked(true);
    updateEnabled();
}

std::optional<dj::OfficeKey> ExportPackageDialog::recipient(QString *error) const
{
    if (m_to->checkedId() == TrustedOffice) {
        const auto peer = dj::PeerRepository(m_session.db()).find(m_peer->currentData().toString());
        if (peer && peer->trusted())
            return peer->key;
        *error = tr("Choose the office to send to.");
        return std::nullopt;
    }
    const QString path = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    if (path.isEmpty()) {
        *error = tr("Choose the key file of the office to send to.");
        return std::nullopt;
    }
    try {
        return dj::OfficeIdentity::readKeyFile(path);
    } catch (const dj::Error &e) {
        *error = e.message();
        return std::nullopt;
    }
}

std::optional<dj::ExportRequest> ExportPackageDialog::request(QString *error) const
{
    dj::ExportRequest r;
    r.scope.kind = dj::ExchangeScope::Kind(m_scope->checkedId());
    if (r.scope.kind == dj::ExchangeScope::Kind::Org) {
        if (m_org->currentOrgId().isEmpty()) {
            *error = tr("Choose the organisation to send.");
            return std::nullopt;
        }
        r.scope.orgCode =
            dj::OrganizationRepository(m_session.db()).get(m_org->currentOrgId()).code;
    }
    if (r.scope.kind == dj::ExchangeScope::Kind::Year)
        r.scope.year = m_year->value();
    if (m_to->checkedId() != AnyOffice) {
        r.recipient = recipient(error);
        if (!r.recipient)
            return std::nullopt;
        r.sinceLast = m_sinceLast->isChecked();
        r.encryptForRecipient = m_protect->checkedId() == ForRecipient;
    }
    if (m_protect->checkedId() == Passphrase) {
        if (m_pass1->text().size() < kMinPassphrase) {
            *error = tr("The passphrase must be at least %1 characters long.").arg(kMinPassphrase);
            return std::nullopt;
        }
        if (m_pass1->text() != m_pass2->text()) {
            *error = tr("The two passphrases are not the same; type them again.");
            return std::nullopt;
        }
        r.passphrase = m_pass1->text().toUtf8();
    }
    r.out = destination();
    if (r.out.isEmpty()) {
        *error = tr("Choose where to write the package.");
        return std::nullopt;
    }
    return r;
}

bool ExportPackageDialog::exportPackage()
{
    QString error;
    const auto req = request(&error);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setText(error);
    m_message->setVisible(!req);
    if (!req)
        return false;
    QDir().mkpath(QFileInfo(req->out).absolutePath());
    dj::ExportOutcome outcome;
    bool finished = false;
    try {
        const QString path = m_session.db().path();
        finished = BackgroundTask::run(
            this, tr("Writing the package…"), [&](const BackgroundTask::Progress &progress) {
                auto db = dj::Database::open(path);
                outcome = dj::PackageExport::run(
                    *db, *req, [&](int percent) { return progress(percent, 100); });
            });
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return false;
    }
    if (!finished) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("The export was cancelled: nothing was written."));
        m_message->show();
        return false;
    }
    m_outcome = outcome;
    m_summary->setOutcome(outcome, destination());
    m_pages->setCurrentIndex(1);
    return true;
}
