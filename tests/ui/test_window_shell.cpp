// The window around the pages (issue 17, items 12 and 13): keyboard shortcuts, where the
// window opens, compact rows, remembered splitters.
#include "DemoFile.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "app/MainWindow.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QAction>
#include <cmath>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {

} // namespace

TEST_CASE("Ctrl+1…5 switch pages, Ctrl+F finds the search box, Ctrl+S and F5 say what they did", "[ui][shell]")
{
    chineseForScreenshots();
    forgetWindowPlacement();
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("shell.djdb"))));
    auto *nav = child<QListWidget>(&w, "navigation");
    auto *pages = child<QStackedWidget>(&w, "pages");
    for (int i : {2, 5, 3, 1, 4}) {
        CHECK(child<QAction>(&w, QStringLiteral("actionPage%1").arg(i).toLatin1().constData()));
        QTest::keyClick(&w, Qt::Key(Qt::Key_0 + i), Qt::ControlModifier);
        CHECK(nav->currentRow() == i - 1);
        CHECK(pages->currentIndex() == i - 1);
    }
    // Members page: Ctrl+F puts the cursor in the search box.
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    auto *search = child<QLineEdit>(&w, "peopleSearch");
    nav->setFocus();
    CHECK_FALSE(search->hasFocus());
    child<QAction>(&w, "actionFind");
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == search);
    // Responsibility lists: its filter box.
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    nav->setFocus();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(&w, "dutyFilter"));
    // Ctrl+S: nothing to save, the status bar says so.
    child<QAction>(&w, "actionSave");
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    CHECK(w.statusBar()->currentMessage() == MainWindow::tr("Saved automatically"));
    // F5 reads the page again: a change made behind the page's back shows.
    child<QAction>(&w, "actionRefresh");
    QTest::keyClick(&w, Qt::Key_F5);
    CHECK(w.statusBar()->currentMessage() == MainWindow::tr("Read again from the data file"));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    screenshot(w, QStringLiteral("shell-shortcuts"));
}

TEST_CASE("the window opens maximised the first time and never larger than the screen", "[ui][shell]")
{
    forgetWindowPlacement();
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    {
        MainWindow w;
        CHECK(w.windowState().testFlag(Qt::WindowMaximized));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        CHECK(w.isMaximized());
        w.close(); // stores the geometry
    }
    {
        // Stored from a larger screen: the window fits the available area, status bar inside it.
        QWidget big;
        big.setGeometry(area.left() + 40, area.top() + 40, area.width() + 300, area.height() + 400);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        MainWindow w;
        CHECK_FALSE(w.windowState().testFlag(Qt::WindowMaximized));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        INFO("area " << area.width() << "x" << area.height() << " window " << w.geometry().x() << "," << w.geometry().y() << " " << w.width() << "x" << w.height() << " min " << w.minimumSizeHint().width() << "x" << w.minimumSizeHint().height());
        CHECK(area.contains(w.frameGeometry()));
        const QRect bar(w.statusBar()->mapToGlobal(QPoint(0, 0)), w.statusBar()->size());
        CHECK(area.contains(bar));
    }
    forgetWindowPlacement();
}

TEST_CASE("table rows are about the font's height and splitters keep their sizes", "[ui][shell]")
{
    forgetWindowPlacement();
    QList<int> sizes;
    {
        MainWindow w;
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("shell.djdb"))));
        w.showPage(MainWindow::Assess);
        QApplication::processEvents();
        auto *results = child<QTableView>(&w, "assessResults");
        REQUIRE(results->model()->rowCount() > 0);
        CHECK(results->rowHeight(0) <= results->fontMetrics().height() + 10);
        w.showPage(MainWindow::People);
        QApplication::processEvents();
        auto *people = child<QTableView>(&w, "peopleTable");
        CHECK(people->rowHeight(0) <= people->fontMetrics().height() + 10);
        auto *split = child<QSplitter>(&w, "peopleSplitter");
        people->selectRow(0); // the detail panel shows only for a selected person
        QApplication::processEvents();
        sizes = split->sizes();
        REQUIRE(sizes.size() == 2);
        const int total = sizes[0] + sizes[1];
        split->setSizes({total - 200, 200});
        QApplication::processEvents();
        sizes = split->sizes();
        w.close();
    }
    MainWindow again;
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    REQUIRE(again.openFile(demoDepartmentFile(QStringLiteral("shell.djdb"))));
    child<QTableView>(&again, "peopleTable")->selectRow(0);
    QApplication::processEvents();
    // The same share of the width (the window itself may differ by its frame).
    const QList<int> restored = child<QSplitter>(&again, "peopleSplitter")->sizes();
    REQUIRE(restored.size() == 2);
    const double before = double(sizes[1]) / (sizes[0] + sizes[1]);
    const double after = double(restored[1]) / (restored[0] + restored[1]);
    CHECK(std::abs(after - before) < 0.03);
    forgetWindowPlacement();
}
