#include "ImportPackageDialog.h"

#include "ConflictsDialog.h"
#include "ExchangeUi.h"
#include "ImportCheckPage.h"
#include "ImportPreviewPage.h"
#include "app/Session.h"
#include "common/BackgroundTask.h"
#include "common/Error.h"
#include "exchange/PackageImport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportPackageDialog::ImportPackageDialog(Session &session, QWidget *parent)
    : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importPackageDialog"));
    setWindowTitle(tr("Import a package"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(1020, 660);
    m_check = new ImportCheckPage(this);
    m_preview = new ImportPreviewPage(this);
    // Once imported there is no going back to the preview: the data file has changed.
    m_preview->setCommitPage(true);
    m_preview->setButtonText(QWizard::CommitButton, tr("Import"));
    setPage(FilePage, buildFilePage());
    setPage(CheckPage, m_check);
    setPage(PreviewPage, m_preview);
    setPage(ResultPage, buildResultPage());
    setStartId(FilePage);
}

ImportPackageDialog::~ImportPackageDialog() = default;

QWizardPage *ImportPackageDialog::buildFilePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("importFilePage"));
    page->setTitle(tr("Choose the package"));
    page->setSubTitle(tr(
        "A package (.djpkg) made by another office with Exchange → Export a package, for example "
        "from a USB stick."));
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importPackageFile"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, &ImportPackageDialog::browse);
    m_fileError = new QLabel(page);
    m_fileError->setObjectName(QStringLiteral("importFileError"));
    m_fileError->setWordWrap(true);
    m_fileError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_fileError->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileError);
    layout->addStretch();
    return page;
}

QWizardPage *ImportPackageDialog::buildResultPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("importResultPage"));
    page->setTitle(tr("Imported"));
    m_resultText = new QLabel(page);
    m_resultText->setObjectName(QStringLiteral("importResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openConflicts = new QPushButton(tr("Settle the conflicts…"), page);
    m_openConflicts->setObjectName(QStringLiteral("importOpenConflicts"));
    connect(m_openConflicts, &QPushButton::clicked, this,
            [this] { ConflictsDialog::run(m_session, this); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resultText);
    layout->addWidget(m_openConflicts, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void ImportPackageDialog::run(Session &session, QWidget *parent, const QString &path)
{
    ImportPackageDialog wizard(session, parent);
    if (!path.isEmpty()) {
        wizard.setPackagePath(path);
        wizard.restart();
        wizard.next(); // straight to the check; a file that cannot be read stays on the first page
    }
    wizard.exec();
}

void ImportPackageDialog::setPackagePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportPackageDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a package"), QDir::homePath(),
                                     tr("Exchange packages (*.djpkg);;All files (*)"));
    if (!path.isEmpty())
        setPackagePath(path);
}

bool ImportPackageDialog::validateCurrentPage()
{
    // next() does not ask the page whether it is complete; the Next button does.
    if (!currentPage()->isComplete())
        return false;
    switch (currentId()) {
    case FilePage:
        return openPackage();
    case CheckPage:
        return runPreview();
    case PreviewPage:
        return runImport();
    default:
        return true;
    }
}

bool ImportPackageDialog::openPackage()
{
    m_path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_fileError->hide();
    if (m_path.isEmpty()) {
        m_fileError->setText(tr("Choose the package file."));
        m_fileError->show();
        return false;
    }
    try {
        // Reads only the header; the rest is verified before it is used.
        m_import = std::make_unique<dj::PackageImport>(m_session.db(), m_path);
        m_check->setPackage(*m_import, m_session.db());
    } catch (const dj::Error &e) {
        m_import.reset();
        m_fileError->setText(e.message());
        m_fileError->show();
        return false;
    }
    return true;
}

std::unique_ptr<dj::ImportOutcome> ImportPackageDialog::runWorker(bool dryRun, const QString &label)
{
    dj::PackageImportOptions options;
    options.passphrase = m_passphrase;
    options.dryRun = dryRun;
    options.byWhom = exchangeui::who();
    // An office not trusted yet is trusted with the import itself: a preview, a cancel or a
    // failure leaves it untrusted.
    options.trust.on = m_check->trustConfirmed();
    options.trust.speaksForOrgId = m_check->speaksForOrgId();
    options.skipRefused = !dryRun && m_preview->skipRefused();
    const QString dataPath = m_session.db().path();
    const QString package = m_path;
    auto outcome = std::make_unique<dj::ImportOutcome>();
    try {
        const bool finished =
            BackgroundTask::run(this, label, [&](const BackgroundTask::Progress &progress) {
                auto db = dj::Database::open(dataPath);
                dj::PackageImport import(*db, package);
                *outcome = import.run(options, [&](int percent) { return progress(percent, 100); });
            });
        if (!finished)
            return nullptr;
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        return nullptr;
    }
    return outcome;
}

bool ImportPackageDialog::runPreview()
{
    m_passphrase = m_check->passphrase();
    const auto outcome = runWorker(true, tr("Comparing the package with this file…"));
    if (!outcome)
        return false;
    m_preview->setOutcome(*outcome);
    return true;
}

bool ImportPackageDialog::runImport()
{
    m_result = runWorker(false, tr("Importing the package…"));
    if (!m_result)
        return false;
    exchangeui::dataReplaced(m_session);
    showResult();
    return true;
}

void ImportPackageDialog::showResult()
{
    const dj::ImportCounts &c = m_result->counts;
    const qint64 conflicts = c.total(dj::ImportCounts::Conflict);
    QStringList lines;
    if (m_result->nothingToDo)
        lines << tr("Nothing was changed: this file already had everything in the package.");
    else
        lines << tr("The package from %1 was imported.")
                     .arg(m_import->header().sender.officeName.toHtmlEscaped())
              << tr("New rows: %1. Updated: %2. Deleted: %3. Unchanged: %4. Older versions "
                    "ignored: %5.")
                     .arg(c.total(dj::ImportCounts::New))
                     .arg(c.total(dj::ImportCounts::Updated))
                     .arg(c.total(dj::ImportCounts::Deleted))
                     .arg(c.total(dj::ImportCounts::Unchanged))
                     .arg(c.total(dj::ImportCounts::Older));
    if (conflicts > 0)
        lines << tr("<b>%n row(s) were changed both here and at the other office.</b> Both "
                    "versions are kept "
                    "until you decide which one is right.",
                    nullptr, int(conflicts));
    if (!m_result->gapWarning.isEmpty())
        lines << tr("Warning: %1").arg(m_result->gapWarning.toHtmlEscaped());
    if (m_result->refusedTotal > 0)
        lines << tr("Left out: %n row(s) the sender may not change here (see the preview's list).", nullptr,
                    int(m_result->refusedTotal));
    lines << tr("Exchange → Import log can undo this import as long as nothing imported has been "
                "changed since.");
    if (!m_result->backupPath.isEmpty())
        lines << tr("A copy of the file as it was before the import is kept in the backups folder (File → Restore "
                    "from a backup): %1")
                     .arg(QDir::toNativeSeparators(m_result->backupPath).toHtmlEscaped());
    m_resultText->setText(lines.join(QStringLiteral("<br><br>")));
    m_openConflicts->setVisible(conflicts > 0);
}
