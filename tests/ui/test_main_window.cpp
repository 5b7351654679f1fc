#include "DemoFile.h"
#include "Screenshot.h"
#include "app/Application.h"
#include "app/MainWindow.h"
#include "assess/AssessPage.h"
#include "app/Session.h"
#include "org/OrgDialog.h"
#include "people/ImportPeopleDialog.h"
#include "duty/TemplatesDialog.h"
#include "org/OrganizationRepository.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QTabWidget>
#include <QDialog>
#include <catch2/catch.hpp>

namespace {

} // namespace

TEST_CASE("the main window opens the demo file on every page", "[ui][window]")
{
    // Screenshots are taken as users see the program: in Chinese, with the CJK fonts.
    if (!qEnvironmentVariableIsEmpty("DJ_SCREENSHOT_DIR")) {
        Application::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        Application::applyFonts();
    }
    MainWindow w;
    w.setWindowState(Qt::WindowNoState); // not maximised on the test screen: the size below
    w.resize(1366, 768); // the office PC the issue names; the README shows this size
    w.show();
    REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("demo.djdb"))));
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(nav);
    REQUIRE(pages);
    CHECK(nav->count() == pages->count());
    // Every action can be found and triggered by name.
    for (const char *name : {"actionNew", "actionOpen", "actionSaveCopy", "actionBackup", "actionQuit",
                             "actionUndo", "actionRedo", "actionAbout", "actionManual", "actionPreferences"})
        CHECK(w.findChild<QAction *>(QString::fromLatin1(name)));
    // Help → 使用说明 opens the manual beside the window (not modal), once.
    w.findChild<QAction *>(QStringLiteral("actionManual"))->trigger();
    QWidget *manual = w.findChild<QWidget *>(QStringLiteral("manualDialog"));
    REQUIRE(manual);
    CHECK(manual->isVisible());
    CHECK_FALSE(manual->isModal());
    manual->close();
    w.showPage(MainWindow::Dashboard);
    QApplication::processEvents();
    CHECK(w.findChild<QLabel *>(QStringLiteral("count_branch"))->text().toInt() >= 20);
    // Terms run out in the demo department: the dashboard lists them.
    CHECK(w.findChild<QTableWidget *>(QStringLiteral("termAlerts"))->rowCount() >= 1);
    // Overdue responsibility items fill in a moment later, read in the background.
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QTableWidget *>(QStringLiteral("lateItems"))->rowCount() > 0, 10000);
    screenshot(w, QStringLiteral("dashboard"));
    w.showPage(MainWindow::Organizations);
    QApplication::processEvents();
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("orgTree"));
    REQUIRE(tree);
    CHECK(tree->model()->rowCount() == 1); // one 党组 at the top
    screenshot(w, QStringLiteral("organisations"));
    if (!qEnvironmentVariableIsEmpty("DJ_SCREENSHOT_DIR")) {
        dj::Organization branch = dj::OrganizationRepository(w.session()->db()).byCode(QStringLiteral("SW-ZB01"));
        OrgDialog dlg(w.session()->db(), branch, false, [](const dj::Organization &, QString *) { return false; }, &w);
        dlg.show();
        QApplication::processEvents();
        screenshot(dlg, QStringLiteral("org-dialog"));
        // The import wizard's report page, as an officer sees it before choosing.
        ImportPeopleDialog import(*w.session(), &w);
        import.show();
        REQUIRE(import.loadFile(QStringLiteral(DJ_SOURCE_DIR "/tests/fixtures/import/excel_style_full.xlsx")));
        REQUIRE(import.checkRows());
        QApplication::processEvents();
        screenshot(import, QStringLiteral("import-report"));
    }
    w.showPage(MainWindow::People);
    QApplication::processEvents();
    auto *people = w.findChild<QTableView *>(QStringLiteral("peopleTable"));
    REQUIRE(people);
    CHECK(people->model()->rowCount() == 200); // the first page only; more as it scrolls
    people->selectRow(3);
    QApplication::processEvents();
    screenshot(w, QStringLiteral("people"));
    w.showPage(MainWindow::Duty);
    QApplication::processEvents();
    auto *lists = w.findChild<QTreeWidget *>(QStringLiteral("dutyLists"));
    REQUIRE(lists);
    CHECK(lists->topLevelItemCount() >= 7); // the demo has this year's lists
    // File → Print preview on this page previews the selected organisation's booklet.
    QString previewTitle;
    QTimer::singleShot(0, [&] {
        if (QWidget *dlg = QApplication::activeModalWidget()) {
            previewTitle = dlg->windowTitle();
            qobject_cast<QDialog *>(dlg)->reject();
        }
    });
    w.findChild<QAction *>(QStringLiteral("actionPrintPreview"))->trigger();
    CHECK(previewTitle.contains(QStringLiteral("年度全面从严治党责任清单")));
    if (!qEnvironmentVariableIsEmpty("DJ_SCREENSHOT_DIR")) {
        for (int g = 0; g < lists->topLevelItemCount(); ++g)
            if (lists->topLevelItem(g)->childCount() > 3)
                lists->setCurrentItem(lists->topLevelItem(g)->child(3));
        QApplication::processEvents();
        screenshot(w, QStringLiteral("duty-lists"));
        w.findChild<QTabWidget *>(QStringLiteral("dutyTabs"))->setCurrentIndex(1);
        QApplication::processEvents();
        screenshot(w, QStringLiteral("duty-chart"));
        TemplatesDialog templates(*w.session(), &w);
        templates.show();
        QApplication::processEvents();
        screenshot(templates, QStringLiteral("duty-templates"));
    }
    w.showPage(MainWindow::Assess);
    QApplication::processEvents();
    auto *results = w.findChild<QTableView *>(QStringLiteral("assessResults"));
    REQUIRE(results);
    CHECK(results->model()->rowCount() == 25); // this year's assessment of the 25 branches
    auto *year = w.findChild<QComboBox *>(QStringLiteral("assessYear"));
    REQUIRE(year->count() == 2);
    year->setCurrentIndex(1); // last year's, sealed
    QApplication::processEvents();
    CHECK(w.findChild<QLabel *>(QStringLiteral("assessState"))->text().startsWith(AssessPage::tr("Sealed. ")));
    results->selectRow(2);
    screenshot(w, QStringLiteral("assess-results"));
    if (!qEnvironmentVariableIsEmpty("DJ_SCREENSHOT_DIR")) {
        year->setCurrentIndex(0);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("assessTabs"));
        tabs->setCurrentIndex(1);
        QApplication::processEvents();
        screenshot(w, QStringLiteral("assess-daily"));
        tabs->setCurrentIndex(3);
        QApplication::processEvents();
        screenshot(w, QStringLiteral("assess-ballots"));
        year->setCurrentIndex(1);
        tabs->setCurrentIndex(tabs->count() - 1);
        QApplication::processEvents();
        auto *charts = w.findChild<QComboBox *>(QStringLiteral("chartKind"));
        charts->setCurrentIndex(1); // radar of the areas
        QApplication::processEvents();
        screenshot(w, QStringLiteral("assess-radar"));
        charts->setCurrentIndex(0);
        QApplication::processEvents();
        screenshot(w, QStringLiteral("assess-ranking"));
    }
}

TEST_CASE("opening a file that is not ours shows why and keeps the current file", "[ui][window]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("notes.djdb"));
    QFile f(bad);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray(300, 'x'));
    f.close();
    MainWindow w;
    REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("demo.djdb"))));
    QString shown;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(w.openFile(bad));
    CHECK(shown.contains(QStringLiteral("not a Dangjian Desk data file")));
    CHECK(w.session()->db().path() == QFileInfo(demoDepartmentFile(QStringLiteral("demo.djdb"))).absoluteFilePath());
}

TEST_CASE("save a copy and back up write complete files", "[ui][window]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.djdb"));
    dj::Database::create(path, QStringLiteral("测试机关"));
    MainWindow w;
    REQUIRE(w.openFile(path));
    // Opening made the day's copy; "Back up now" adds a manual one.
    CHECK(QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("office-*-daily-*.djdb")}).size() == 1);
    w.findChild<QAction *>(QStringLiteral("actionBackup"))->trigger();
    const QStringList backups = QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("office-*-manual-*.djdb")});
    REQUIRE(backups.size() == 1);
    CHECK(dj::Database::probe(dir.filePath(QStringLiteral("backups/")) + backups.first()) >= 1);
}
