#include "Widgets.h"
#include "app/MainWindow.h"
#include "storage/Database.h"

#include <QMessageBox>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <memory>

TEST_CASE("a second window on the same data file is refused with a clear message", "[ui][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.djdb"));
    dj::Database::create(path, QStringLiteral("测试机关"));
    auto first = std::make_unique<MainWindow>();
    REQUIRE(first->openFile(path));
    MainWindow second;
    QString shown;
    onNextModal([&](QWidget *box) {
        shown = static_cast<QMessageBox *>(box)->text();
        static_cast<QMessageBox *>(box)->accept();
    });
    CHECK_FALSE(second.openFile(path));
    CHECK(shown.contains(QStringLiteral("already open in another window")));
    // Reopening in the same window (after a restore, say) is not refused.
    CHECK(first->openFile(path));
    first.reset();
    CHECK(second.openFile(path));
}
