// Catch2 runner for the widget tests. The platform must be chosen before QApplication
// exists: without a display, catch_discover_tests would otherwise abort and report 0 tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (window placement, splitter sizes, preferences) of this run only: ctest runs
    // test cases side by side, and two of them sharing one settings file race each other.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DangjianDeskTests"));
    QApplication::setApplicationName(QStringLiteral("dangjian-tests"));
    return Catch::Session().run(argc, argv);
}
