#include "OfficesDialog.h"

#include "ExchangeUi.h"
#include "TrustKeyDialog.h"
#include "app/Session.h"
#include "access/AccountRepository.h"
#include "access/OfficeKeyVault.h"
#include "common/Error.h"
#include "exchange/OfficeKeyChange.h"
#include "storage/Database.h"

#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum PeerColumn { NameCol, FingerprintCol, ScopeCol, TrustedAtCol, ByCol, StatusCol };

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

OfficesDialog::OfficesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("officesDialog"));
    setWindowTitle(tr("Offices and keys"));
    resize(900, 600);

    auto *me = new QGroupBox(tr("This office"), this);
    auto *name = new QLabel(m_session.db().officeName(), me);
    name->setObjectName(QStringLiteral("officesName"));
    // The office's internal id (a UUID) means nothing to an officer: the fingerprint is what
    // they compare; the id stays one hover away for support.
    name->setToolTip(tr("Internal id: %1").arg(m_session.db().officeId()));
    m_fingerprint = exchangeui::fingerprintLabel(QString(), me);
    m_fingerprint->setObjectName(QStringLiteral("officesFingerprint"));
    auto *exportKey = button(tr("Export this office's key…"), "officesExportKey", me);
    auto *meHelp = new QLabel(
        tr("Give the key file to the offices that should take packages from this one, and read "
           "them the fingerprint by phone so they can check the file was not swapped."),
        me);
    meHelp->setWordWrap(true);
    // Where the secret key rests, said plainly: without accounts anyone with the file signs.
    m_keyNotice = new QLabel(me);
    m_keyNotice->setObjectName(QStringLiteral("officesKeyNotice"));
    m_keyNotice->setWordWrap(true);
    auto *newKey = button(tr("Make a new key…"), "officesNewKey", me);
    auto *meForm = new QFormLayout(me);
    meForm->addRow(tr("Name:"), name);
    meForm->addRow(tr("Fingerprint:"), m_fingerprint);
    meForm->addRow(meHelp);
    meForm->addRow(m_keyNotice);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(exportKey);
    exportRow->addWidget(newKey);
    exportRow->addStretch();
    meForm->addRow(exportRow);

    auto *peers = new QGroupBox(tr("Offices this one takes packages from"), this);
    m_table = new QTableWidget(0, 6, peers);
    m_table->setObjectName(QStringLiteral("officesPeers"));
    m_table->setHorizontalHeaderLabels(
        {tr("Office"), tr("Fingerprint"), tr("Speaks for"), tr("Trusted on"), tr("By"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *trust = button(tr("Trust a key file…"), "officesTrustKeyFile", peers);
    m_revoke = button(tr("Revoke…"), "officesRevoke", peers);
    m_scope = button(tr("Change what it speaks for…"), "officesScope", peers);
    auto *peerButtons = new QHBoxLayout;
    peerButtons->addWidget(trust);
    peerButtons->addWidget(m_scope);
    peerButtons->addWidget(m_revoke);
    peerButtons->addStretch();
    auto *peersLayout = new QVBoxLayout(peers);
    peersLayout->addWidget(m_table, 1);
    peersLayout->addLayout(peerButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("officesMessage"));
    m_message->setWordWrap(true);
    auto *close = button(tr("Close"), "officesClose", this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(me);
    layout->addWidget(peers, 1);
    layout->addLayout(bottom);

    connect(exportKey, &QPushButton::clicked, this, &OfficesDialog::exportKey);
    connect(newKey, &QPushButton::clicked, this, &OfficesDialog::makeNewKey);
    connect(trust, &QPushButton::clicked, this, &OfficesDialog::trustFile);
    connect(m_revoke, &QPushButton::clicked, this, &OfficesDialog::revokeSelected);
    connect(m_scope, &QPushButton::clicked, this, &OfficesDialog::changeScope);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OfficesDialog::updateButtons);
    try {
        // A file from before exchange gets its key pair on first use.
        m_fingerprint->setText(dj::OfficeIdentity::ensure(m_session.db()).fingerprint());
    } catch (const dj::Error &e) {
        m_fingerprint->setText(e.message());
        exportKey->setEnabled(false);
    }
    showKeyState();
    reload();
}

QString OfficesDialog::plainKeyNotice()
{
    return tr("⚠ This file has no accounts, so the office's secret key is kept in the file in plain "
              "text: anyone with a copy of the file or of one of its backups can sign packages as "
              "this office. Turn accounts on (menu Accounts) to keep the key locked under the "
              "passwords of the administrators and the organ party committee.");
}

QString OfficesDialog::lockedKeyNotice()
{
    return tr("The office's secret key is kept locked under the passwords of the administrators "
              "and the organ party committee; only they can sign packages as this office.");
}

void OfficesDialog::showKeyState()
{
    const dj::Database &db = m_session.db();
    const bool plain = !dj::AccountRepository::enabled(db) && !dj::OfficeKeyVault::sealed(db);
    m_keyNotice->setText(plain ? plainKeyNotice() : lockedKeyNotice());
    m_keyNotice->setStyleSheet(plain ? QStringLiteral("color:#c0392b;") : QString());
}

bool OfficesDialog::makeNewKey()
{
    const auto answer = QMessageBox::question(
        this, tr("Make a new key"),
        tr("Make a new key pair for this office? Use this when the old key may have been copied "
           "(a lost laptop, a file given away). Offices that trust the old key take the new one "
           "with the next package they import from here: it carries the change signed with the "
           "old key. Offices that do not trust this office yet need the new key file."));
    if (answer != QMessageBox::Yes)
        return false;
    try {
        const QString old = m_fingerprint->text();
        const dj::KeyChangeNotice n = dj::OfficeKeyChange::newKey(m_session.db());
        const QString fresh = dj::OfficeKey::fingerprintOf(n.newPublic);
        m_fingerprint->setText(fresh);
        m_message->setText(tr("New key made. Old fingerprint: %1; new fingerprint: %2.").arg(old, fresh));
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return false;
    }
    return true;
}

void OfficesDialog::run(Session &session, QWidget *parent)
{
    OfficesDialog dialog(session, parent);
    dialog.exec();
}

void OfficesDialog::reload()
{
    const QString keep = currentOfficeId();
    const dj::PeerRepository repo(m_session.db());
    m_peers = repo.all();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_peers.size()));
    for (int r = 0; r < m_peers.size(); ++r) {
        const dj::Peer &p = m_peers.at(r);
        const QString status =
            p.trusted() ? tr("trusted") : tr("revoked %1").arg(exchangeui::localTime(p.revokedAt));
        const QStringList cells = {p.key.officeName, p.key.fingerprint(),
                                   repo.describeScope(p.speaksForOrgId),
                                   exchangeui::localTime(p.trustedAt), p.trustedBy, status};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(r, NameCol)->setToolTip(tr("Office id %1").arg(p.key.officeId));
        m_table->item(r, FingerprintCol)
            ->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (!p.trusted())
            m_table->item(r, StatusCol)->setForeground(QColor(0xc0, 0x39, 0x2b));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    if (!selectOffice(keep) && !m_peers.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

void OfficesDialog::updateButtons()
{
    const int r = m_table->currentRow();
    m_revoke->setEnabled(r >= 0 && r < m_peers.size() && m_peers.at(r).trusted());
    m_scope->setEnabled(m_revoke->isEnabled());
}

bool OfficesDialog::selectOffice(const QString &officeId)
{
    for (int r = 0; r < m_peers.size(); ++r)
        if (m_peers.at(r).key.officeId == officeId) {
            m_table->setCurrentCell(r, 0);
            return true;
        }
    return false;
}

QString OfficesDialog::currentOfficeId() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < m_peers.size() ? m_peers.at(r).key.officeId : QString();
}

void OfficesDialog::exportKey()
{
    QString name = m_session.db().officeName() + QStringLiteral(".djkey");
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export this office's key"),
        QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(name), tr("Office keys (*.djkey)"));
    if (!path.isEmpty())
        exportKeyTo(path.endsWith(QLatin1String(".djkey")) ? path
                                                           : path + QStringLiteral(".djkey"));
}

bool OfficesDialog::exportKeyTo(const QString &path)
{
    try {
        dj::OfficeIdentity::writeKeyFile(dj::OfficeIdentity::ensure(m_session.db()), path);
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return false;
    }
    m_message->setText(tr("The key was written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void OfficesDialog::trustFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Trust a key file"), QDir::homePath(), tr("Office keys (*.djkey);;All files (*)"));
    if (!path.isEmpty())
        trustKeyFile(path);
}

bool OfficesDialog::trustKeyFile(const QString &path)
{
    try {
        const dj::OfficeKey key = dj::OfficeIdentity::readKeyFile(path);
        if (key.officeId == m_session.db().officeId())
            throw dj::Error(dj::Error::Kind::Invalid,
                            tr("That is this office's own key; another office's key is needed."));
        const auto choice = TrustKeyDialog::ask(key, m_session.db(), this);
        if (!choice)
            return false;
        dj::PeerRepository(m_session.db()).trust(key, choice->speaksForOrgId, exchangeui::who(), choice->confirmed);
        reload();
        selectOffice(key.officeId);
        m_message->setText(tr("Packages signed by %1 can now be imported.").arg(key.officeName));
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return false;
    }
    return true;
}

void OfficesDialog::changeScope()
{
    const QString officeId = currentOfficeId();
    if (officeId.isEmpty())
        return;
    QComboBox choices;
    exchangeui::fillSpeaksFor(&choices, m_session.db());
    QStringList items;
    for (int i = 1; i < choices.count(); ++i) // without the "choose" entry
        items << choices.itemText(i);
    const dj::Peer &p = m_peers.at(m_table->currentRow());
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("What it speaks for"),
                                                 tr("Packages from %1 may change rows of:").arg(p.key.officeName), items,
                                                 qMax(0, choices.findData(p.speaksForOrgId) - 1), false, &ok);
    if (ok)
        setSpeaksFor(officeId, choices.itemData(int(items.indexOf(picked)) + 1).toString());
}

bool OfficesDialog::setSpeaksFor(const QString &officeId, const QString &speaksForOrgId)
{
    try {
        dj::PeerRepository repo(m_session.db());
        repo.setScope(officeId, speaksForOrgId, exchangeui::who());
        reload();
        selectOffice(officeId);
        m_message->setText(tr("%1 now speaks for %2.")
                               .arg(repo.find(officeId)->key.officeName, repo.describeScope(speaksForOrgId)));
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return false;
    }
    return true;
}

void OfficesDialog::revokeSelected()
{
    if (!currentOfficeId().isEmpty())
        revokeOffice(currentOfficeId());
}

bool OfficesDialog::revokeOffice(const QString &officeId)
{
    QString name = officeId;
    for (const dj::Peer &p : std::as_const(m_peers))
        if (p.key.officeId == officeId)
            name = p.key.officeName;
    const auto answer =
        QMessageBox::question(this, tr("Revoke"),
                              tr("Stop trusting the key of %1? Its packages will no longer be "
                                 "imported until its key file is trusted "
                                 "again. What was already imported stays.")
                                  .arg(name));
    if (answer != QMessageBox::Yes)
        return false;
    try {
        dj::PeerRepository(m_session.db()).revoke(officeId);
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return false;
    }
    reload();
    m_message->setText(tr("The key of %1 is no longer trusted.").arg(name));
    return true;
}
