// Text that fits (issue 17, items 13 and 14): at 1366×768 with the demo department's long
// branch names nothing is cut off without the full text at hand, the results fit the width,
// and the people page's empty detail panel gives its room to the list.
#include "Screenshot.h"
#include "Widgets.h"
#include "app/MainWindow.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
QString fitDemoFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("fit.djdb"));
        auto db = dj::Database::create(p, QStringLiteral("市商务局机关党委"));
        dj::DemoGenerator::generate(*db, dj::DemoGenerator::Scale::Department);
        return p;
    }();
    return path;
}

void forgetWindow()
{
    QSettings s;
    s.remove(QStringLiteral("window"));
    s.remove(QStringLiteral("splitters"));
}

// A main window of 1366×768 (a common office laptop) with the demo department open.
void open1366(MainWindow &w)
{
    w.setWindowState(Qt::WindowNoState);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.resize(1366, 768);
    REQUIRE(w.openFile(fitDemoFile()));
    QApplication::processEvents();
}
} // namespace

TEST_CASE("screens at 1366x768", "[ui][fit]")
{
    chineseForScreenshots();
    forgetWindow();
    MainWindow w;
    open1366(w);
    for (int p : {MainWindow::Organizations, MainWindow::People, MainWindow::Duty, MainWindow::Assess}) {
        w.showPage(p);
        QApplication::processEvents();
        screenshot(w, QStringLiteral("fit-page%1").arg(p));
    }
    auto *tabs = child<QTabWidget>(&w, "assessTabs");
    for (int t = 1; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QApplication::processEvents();
        screenshot(w, QStringLiteral("fit-assess%1").arg(t));
    }
    w.showPage(MainWindow::Duty);
    child<QTabWidget>(&w, "dutyTabs")->setCurrentIndex(1);
    QApplication::processEvents();
    screenshot(w, QStringLiteral("fit-dutycharts"));
    forgetWindow();
}
