#include "MainWindow.h"

#include "ReportActions.h"
#include "access/AccessActions.h"
#include "access/Authenticator.h"
#include "access/SignInDialog.h"
#include "audit/AuditLogDialog.h"
#include "access/SignInRequired.h"
#include "backup/BackupActions.h"
#include "audit/AuditedRestore.h"
#include "backup/RestoreBackupDialog.h"
#include "storage/InUseLock.h"
#include "Session.h"
#include "common/Clock.h"
#include "common/ModelExport.h"
#include "org/ImportOrgsDialog.h"
#include "people/ImportPeopleDialog.h"
#include "people/PersonTableModel.h"
#include "report/AssessSummaryReport.h"
#include "report/DutyBookletReport.h"
#include "report/OrgListReport.h"
#include "report/RosterReport.h"
#include "PreferencesDialog.h"
#include "PageIcons.h"
#include "PageShortcuts.h"
#include "StartupFile.h"
#include "common/CompactRows.h"
#include "common/SplitterMemory.h"
#include "common/WindowPlacement.h"
#include "WelcomeDialog.h"
#include "demo/DemoGenerator.h"
#include "common/Error.h"
#include "dashboard/DashboardPage.h"
#include "duty/DutyItemModel.h"
#include "assess/AssessPage.h"
#include "assess/AssessResultModel.h"
#include "duty/DutyPage.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/ExportPackageDialog.h"
#include "exchange/ImportLogDialog.h"
#include "exchange/ImportPackageDialog.h"
#include "exchange/OfficesDialog.h"
#include "help/ManualDialog.h"
#include "org/OrgPage.h"
#include "people/PeoplePage.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dangjian Desk"));
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setTextElideMode(Qt::ElideRight);
    m_nav->setStyleSheet(QStringLiteral("QListWidget{font-size:11pt;padding-top:6px}"
                                        "QListWidget::item{padding:8px 10px}"));
    for (const QString &name : {tr("Dashboard"), tr("Organisations"), tr("Members and posts"), tr("Responsibility lists"), tr("Assessment")})
        m_nav->addItem(name);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));
    auto *central = new QWidget;
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_fileLabel = new QLabel;
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    statusBar()->addPermanentWidget(m_fileLabel);
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setStyleSheet(QStringLiteral("QLabel{padding:1px 6px}"));
    m_userLabel->hide();
    statusBar()->addPermanentWidget(m_userLabel);
    createActions();
    pageicons::install(this); // after the menus: it gives their actions icons too

    CompactRows::install();
    windowplacement::restore(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](QMenu *menu, const QString &name, const QString &text, QKeySequence key,
                       void (MainWindow::*slot)(), bool needsFile) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        if (needsFile)
            m_needsFile << a;
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    make(file, QStringLiteral("actionNew"), tr("&New data file…"), QKeySequence::New, &MainWindow::newFile, false);
    make(file, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, &MainWindow::openDialog, false);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    pageshortcuts::addSave(this, file);
    file->addSeparator();
    make(file, QStringLiteral("actionSaveCopy"), tr("Save a &copy…"), QKeySequence::SaveAs, &MainWindow::saveCopy, true);
    make(file, QStringLiteral("actionBackup"), tr("&Back up now"), QKeySequence(tr("Ctrl+B")), &MainWindow::backUp, true);
    make(file, QStringLiteral("actionRestore"), tr("&Restore from a backup…"), {}, &MainWindow::restoreBackup, true);
    QAction *auditLog = file->addAction(tr("Audit &log…"), this, [this] { AuditLogDialog::run(*m_session, this); });
    auditLog->setObjectName(QStringLiteral("actionAuditLog"));
    m_needsFile << auditLog;
    file->addSeparator();
    QAction *preview = file->addAction(tr("Print pre&view…"), this, [this] {
        if (const auto r = currentReport())
            reportactions::preview(*r, this);
    });
    preview->setObjectName(QStringLiteral("actionPrintPreview"));
    QAction *print = file->addAction(tr("&Print…"), this, [this] {
        if (const auto r = currentReport())
            reportactions::print(*r, this);
    });
    print->setObjectName(QStringLiteral("actionPrint"));
    print->setShortcut(QKeySequence::Print);
    QAction *pdf = file->addAction(tr("&Export PDF…"), this, [this] {
        if (const auto r = currentReport())
            reportactions::exportPdf({*r}, r->title, this);
    });
    pdf->setObjectName(QStringLiteral("actionExportPdf"));
    QAction *rosters = file->addAction(tr("Export the rosters of all branc&hes to PDF…"), this,
                                       [this] {
        if (const QString done = reportactions::askAndWriteBranchRosters(m_session->db().path(), this); !done.isEmpty())
            statusBar()->showMessage(done, 10000);
    });
    rosters->setObjectName(QStringLiteral("actionExportRosters"));
    QAction *table = file->addAction(tr("Export the &table to Excel/CSV…"), this, &MainWindow::exportTable);
    table->setObjectName(QStringLiteral("actionExportTable"));
    QAction *import = file->addAction(tr("&Import members from Excel/CSV…"), this,
                                      [this] { ImportPeopleDialog::run(*m_session, this); });
    import->setObjectName(QStringLiteral("actionImportPeople"));
    QAction *importOrgs = file->addAction(tr("Import or&ganisations from Excel/CSV…"), this,
                                          [this] { ImportOrgsDialog::run(*m_session, this); });
    importOrgs->setObjectName(QStringLiteral("actionImportOrgs"));
    m_needsFile << preview << print << pdf << rosters << table << import << importOrgs;
    file->addSeparator();
    QAction *prefs = file->addAction(tr("Pr&eferences…"), this, [this] {
        if (PreferencesDialog::run(this) && m_session) // the order of names: lists read again
            m_session->notify(false, true);
    });
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    pageshortcuts::create(this, view);
    createExchangeMenu();
    createAccountsMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&User manual"), this, [this] { ManualDialog::showManual(this); });
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Dangjian Desk"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("actionAbout"));
    rebuildRecentMenu();
    for (QAction *a : std::as_const(m_needsFile))
        a->setEnabled(false);
}

void MainWindow::createExchangeMenu()
{
    // Packages between offices (USB sticks): export, import, and what follows from importing.
    QMenu *exchange = menuBar()->addMenu(tr("E&xchange"));
    exchange->setObjectName(QStringLiteral("menuExchange"));
    const auto add = [&](const QString &name, const QString &text, const std::function<void()> &slot) {
        QAction *a = exchange->addAction(text, this, slot);
        a->setObjectName(name);
        m_needsFile << a;
        return a;
    };
    add(QStringLiteral("actionExportPackage"), tr("&Export a package…"),
        [this] { ExportPackageDialog::run(*m_session, this); });
    add(QStringLiteral("actionImportPackage"), tr("&Import a package…"), [this] { importPackage(QString()); });
    exchange->addSeparator();
    add(QStringLiteral("actionConflicts"), tr("&Conflicts…"), [this] { ConflictsDialog::run(*m_session, this); });
    add(QStringLiteral("actionOffices"), tr("&Offices and keys…"), [this] { OfficesDialog::run(*m_session, this); });
    add(QStringLiteral("actionImportLog"), tr("Import &log…"), [this] { ImportLogDialog::run(*m_session, this); });
}

void MainWindow::createAccountsMenu()
{
    // Accounts (optional per file): who may open the file and what each may change.
    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->setObjectName(QStringLiteral("menuAccounts"));
    m_manageAccounts = accounts->addAction(tr("&Manage accounts…"), this, &MainWindow::manageAccounts);
    m_manageAccounts->setObjectName(QStringLiteral("actionManageAccounts"));
    m_changePassword = accounts->addAction(tr("&Change my password…"), this,
                                           [this] { accessactions::changeOwnPassword(m_session->db(), this); });
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    accounts->addSeparator();
    m_signOut = accounts->addAction(tr("&Sign out"), this, &MainWindow::signOut);
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    updateAccess();
}

void MainWindow::manageAccounts()
{
    // A file without accounts: the first administrator turns them on.
    const bool reopenNeeded = m_session->db().user().signedIn ? accessactions::manage(m_session->db(), this)
                                                              : accessactions::turnOn(m_session->db(), this);
    if (reopenNeeded)
        reopen();
}

void MainWindow::signOut()
{
    // Switching user: the next person signs in on the same file; Cancel leaves no file open.
    const QString path = m_session->db().path();
    closeFile(); // first: nothing of the old session may open the file after the sign-out
    dj::Authenticator::signOut(path);
    if (!openFile(path))
        showNoFileState();
}

void MainWindow::closeFile()
{
    removePages(); // they hold references into the session
    m_session.reset();
    m_inUse.reset();
    for (QAction *a : std::as_const(m_needsFile))
        a->setEnabled(false);
    m_fileLabel->setStyleSheet(QString());
    updateAccess();
    showNoFileState();
}

void MainWindow::removePages()
{
    splittermemory::save(m_stack);
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    m_dashboard = nullptr;
    m_orgs = nullptr;
    m_people = nullptr;
    m_duty = nullptr;
    m_assess = nullptr;
    // The undo actions belong to the session's undo stack.
    m_editMenu->clear();
    m_undo = m_redo = nullptr;
}

void MainWindow::reopen()
{
    const QString path = m_session->db().path();
    const int page = m_nav->currentRow();
    closeFile();
    if (openFile(path))
        showPage(page);
    else
        showNoFileState();
}

void MainWindow::updateAccess()
{
    const dj::UserSession user = m_session ? m_session->db().user() : dj::UserSession();
    const QString who = m_session ? accessactions::signedInText(m_session->db()) : QString();
    m_userLabel->setText(who);
    m_userLabel->setVisible(!who.isEmpty());
    // Without accounts the unnamed session is an administrator: it may turn accounts on.
    m_manageAccounts->setEnabled(m_session && user.isAdmin());
    m_changePassword->setEnabled(m_session && user.signedIn);
    m_signOut->setEnabled(m_session && user.signedIn);
    if (m_session)
        accessactions::offerOnlyAllowed(menuBar(), user);
}

void MainWindow::importPackage(const QString &path)
{
    if (!m_session) {
        showError(tr("Open a data file first: a package is imported into the open file."));
        return;
    }
    ImportPackageDialog::run(*m_session, this, path);
}

bool MainWindow::openFile(const QString &path, bool createDemoIfMissing)
{
    // Another window on the same file would save over this one's changes: one window per file.
    std::unique_ptr<dj::InUseLock> lock;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_session || m_session->db().path() != absolute) {
        lock = std::make_unique<dj::InUseLock>(absolute);
        if (!lock->acquire()) {
            showError(lock->message());
            return false;
        }
    }
    std::unique_ptr<dj::Database> db;
    try {
        if (createDemoIfMissing && !QFileInfo::exists(path))
            db = startup::createDemoFile(path, this);
        while (!db) {
            try {
                db = dj::Database::open(path);
            } catch (const dj::SignInRequired &e) {
                // A file with accounts: ask who is there, then open again (Cancel: not opened).
                if (!SignInDialog::ask(e.path(), this))
                    return false;
            }
        }
    } catch (const dj::Error &e) {
        showError(e.message());
        return false;
    }
    if (!db->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("The file was upgraded to the current format; the previous version was copied to %1")
                                     .arg(QDir::toNativeSeparators(db->migrationBackupPath())), 15000);
    removePages(); // they hold references into the old session: down before it goes
    m_session = std::make_unique<Session>(std::move(db));
    if (lock)
        m_inUse = std::move(lock);
    connect(m_session.get(), &Session::errorOccurred, this, &MainWindow::showError);
    buildPages();
    // Demo data is marked where it cannot be missed, so nobody types real records into it.
    const bool demo = dj::DemoGenerator::isDemo(m_session->db());
    setWindowTitle((demo ? tr("%1 (demo data) — Dangjian Desk") : tr("%1 — Dangjian Desk")).arg(m_session->db().officeName()));
    m_fileLabel->setText(demo ? tr("Demo data, not for real records: %1").arg(QDir::toNativeSeparators(m_session->db().path()))
                              : QDir::toNativeSeparators(m_session->db().path()));
    m_fileLabel->setStyleSheet(demo ? QStringLiteral("QLabel{background:#fff3cd;color:#7a5200;padding:1px 6px}") : QString());
    for (QAction *a : std::as_const(m_needsFile))
        a->setEnabled(true);
    updateAccess();
    rememberRecent(m_session->db().path());
    if (!demo) {
        QString problem;
        const QString daily = backupactions::dailyIfDue(m_session->db(), this, problem);
        if (!problem.isEmpty())
            statusBar()->showMessage(tr("Today's backup copy could not be made: %1").arg(problem), 30000);
        else if (!daily.isEmpty())
            statusBar()->showMessage(tr("Today's backup copy: %1").arg(QDir::toNativeSeparators(daily)), 10000);
    }
    return true;
}

void MainWindow::buildPages()
{
    m_editMenu->clear();
    m_undo = m_session->undoStack()->createUndoAction(m_editMenu, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_session->undoStack()->createRedoAction(m_editMenu, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_dashboard = new DashboardPage(*m_session);
    m_orgs = new OrgPage(*m_session);
    m_people = new PeoplePage(*m_session);
    m_duty = new DutyPage(*m_session);
    m_assess = new AssessPage(*m_session);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_orgs);
    m_stack->addWidget(m_people);
    m_stack->addWidget(m_duty);
    m_stack->addWidget(m_assess);
    connect(m_dashboard, &DashboardPage::organizationActivated, this, [this](const QString &id) {
        m_orgs->selectOrganization(id);
        showPage(Organizations);
    });
    connect(m_dashboard, &DashboardPage::dutyItemActivated, this, [this](const QString &listId, const QString &itemId) {
        showPage(Duty);
        m_duty->setFocus({}, {});
        if (m_duty->selectList(listId))
            m_duty->selectItem(itemId);
    });
    connect(m_orgs, &OrgPage::showDutyRequested, this, [this](const QString &id) {
        showPage(Duty);
        m_duty->setFocus(QStringLiteral("org"), id);
    });
    connect(m_people, &PeoplePage::showDutyRequested, this, [this](const QString &id) {
        showPage(Duty);
        m_duty->setFocus(QStringLiteral("person"), id);
    });
    connect(m_orgs, &OrgPage::showMembersRequested, this, [this](const QString &id) {
        m_people->setOrgFilter(id);
        showPage(People);
    });
    splittermemory::restore(m_stack);
    const int page = QSettings().value(QStringLiteral("window/page"), 0).toInt();
    showPage(qBound(0, page, m_stack->count() - 1));
}

void MainWindow::showNoFileState()
{
    setWindowTitle(tr("Dangjian Desk"));
    m_fileLabel->setText(tr("No data file is open. Use File → Open or File → New."));
}

bool MainWindow::welcome(bool startOnNew)
{
    for (;;) {
        WelcomeDialog d(this);
        if (startOnNew)
            d.showNewDepartmentPage();
        d.exec();
        switch (d.choice()) {
        case WelcomeDialog::Choice::Created:
            return openFile(d.path());
        case WelcomeDialog::Choice::Open:
            if (openFile(d.path())) // otherwise the reason was shown: back to the choices
                return true;
            break;
        case WelcomeDialog::Choice::Demo:
            return openFile(startup::demoDataFile(), /*createDemoIfMissing=*/true);
        case WelcomeDialog::Choice::None:
            return false;
        }
    }
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

void MainWindow::newFile() { welcome(/*startOnNew=*/true); }

void MainWindow::openDialog()
{
    const QString dir = m_session ? QFileInfo(m_session->db().path()).absolutePath() : QDir::homePath();
    const QString path = startup::askDataFileToOpen(this, dir);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    const QString base = QFileInfo(m_session->db().path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                                      QDir::home().filePath(base + tr("-copy") + QStringLiteral(".djdb")),
                                                      startup::dataFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == m_session->db().path()) {
        showError(tr("Choose a different file: this is the file that is open."));
        return;
    }
    if (backupactions::copyTo(m_session->db(), path, tr("Saving a copy…"), this))
        statusBar()->showMessage(tr("Copied to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::backUp()
{
    const QString path = backupactions::backUpNow(m_session->db(), this);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Backed up and verified: %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::restoreBackup()
{
    const QString from = RestoreBackupDialog::ask(m_session->db(), this);
    if (from.isEmpty())
        return;
    const QString path = m_session->db().path();
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const dj::BackupInfo before = dj::AuditedRestore::run(m_session->db(), from);
        QApplication::restoreOverrideCursor();
        // Everything shown came from the old content: open the file afresh (it may need an upgrade).
        if (openFile(path))
            statusBar()->showMessage(tr("Restored from %1; the file as it was is kept in %2")
                                         .arg(QFileInfo(from).fileName(), QDir::toNativeSeparators(before.path)),
                                     20000);
    } catch (const dj::Error &e) {
        QApplication::restoreOverrideCursor();
        showError(e.message());
    }
}

std::optional<dj::report::Report> MainWindow::currentReport()
{
    const QDate today = dj::Clock::today();
    try {
        switch (m_nav->currentRow()) {
        case People:
            return dj::report::RosterReport::build(m_session->db(), m_people->model()->filter().subtreeOf, today);
        case Organizations:
            return dj::report::OrgListReport::build(m_session->db(), m_orgs->currentOrgId(), today);
        case Duty:
            // The booklet of the selected list's organisation (its level list and its post holders').
            return dj::report::DutyBookletReport::build(m_session->db(), m_duty->year(), m_duty->currentOrgId(), today);
        case Assess:
            // The ranked summary of the year; the page prints score forms and blank ballots itself.
            return dj::report::AssessSummaryReport::build(m_session->db(), m_assess->year());
        default:
            return dj::report::OrgListReport::build(m_session->db(), QString(), today);
        }
    } catch (const dj::Error &e) {
        showError(e.message());
        return std::nullopt;
    }
}

void MainWindow::exportTable()
{
    // The table the current page shows, all of it (the people list fetches every page).
    QAbstractItemModel *model = nullptr;
    QString name;
    switch (m_nav->currentRow()) {
    case People:
        model = m_people->model();
        name = tr("Members");
        break;
    case Organizations:
        model = m_orgs->findChild<QTreeView *>(QStringLiteral("orgTree"))->model();
        name = tr("Organisations");
        break;
    case Duty:
        model = m_duty->itemModel();
        name = tr("Responsibility list");
        break;
    case Assess:
        model = m_assess->currentTableModel(&name);
        break;
    default:
        model = m_dashboard->findChild<QTableWidget *>(QStringLiteral("termAlerts"))->model();
        name = tr("Terms ending soon");
        break;
    }
    exportModelInteractively(model, name, this);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Dangjian Desk"),
                       tr("<h3>Dangjian Desk %1</h3><p>Party-building responsibility lists, assessment and "
                          "records for government departments, kept in one local file.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Dangjian Desk"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void MainWindow::rememberRecent(const QString &path)
{
    startup::rememberRecent(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = startup::recentFiles();
    for (const QString &p : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(p));
        connect(a, &QAction::triggered, this, [this, p] { openFile(p); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    windowplacement::save(this);
    splittermemory::save(m_stack);
    QSettings().setValue(QStringLiteral("window/page"), m_nav->currentRow());
    event->accept();
}
