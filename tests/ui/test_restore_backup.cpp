#include "Screenshot.h"
#include "Widgets.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "backup/RestoreBackupDialog.h"
#include "common/Clock.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

int offices(const dj::Database &db)
{
    return dj::Query(db, QStringLiteral("SELECT count(*) FROM local_meta WHERE key = 'marker'")).scalar().toInt();
}

} // namespace

TEST_CASE("restore from a backup in the window: choose, confirm, the file is reopened", "[ui][backup]")
{
    chineseForScreenshots();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.djdb"));
    dj::Database::create(path, QStringLiteral("测试机关"));
    MainWindow w;
    REQUIRE(w.openFile(path));
    const QList<dj::BackupInfo> daily = dj::BackupStore(w.session()->db()).list();
    REQUIRE(daily.size() == 1);
    CHECK(daily.first().reason == dj::BackupInfo::Reason::Daily);
    w.session()->db().setMeta(QStringLiteral("marker"), QStringLiteral("after the copy"));
    REQUIRE(offices(w.session()->db()) == 1);

    // Cancel in the list: nothing happens.
    onNextModal([](QWidget *d) { static_cast<QDialog *>(d)->reject(); });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    CHECK(offices(w.session()->db()) == 1);

    // Choose the daily copy, say no at the question: nothing happens.
    const auto choose = [](QWidget *d) {
        auto *table = child<QTableWidget>(d, "backupTable");
        REQUIRE(table->rowCount() == 1);
        CHECK_FALSE(child<QPushButton>(d, "restoreButton")->isEnabled());
        table->selectRow(0);
        screenshot(*d, QStringLiteral("restore-backup"));
        child<QPushButton>(d, "restoreButton")->click();
    };
    onNextModal([&](QWidget *d) {
        choose(d);
        onNextModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click(); });
    });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    CHECK(offices(w.session()->db()) == 1);

    onNextModal([&](QWidget *d) {
        choose(d);
        onNextModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    });
    w.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    CHECK(offices(w.session()->db()) == 0);
    CHECK(w.session()->db().path() == QFileInfo(path).absoluteFilePath());
    const QList<dj::BackupInfo> after = dj::BackupStore(w.session()->db()).list();
    REQUIRE(after.size() == 2);
    CHECK(after.first().reason == dj::BackupInfo::Reason::Restore);
    CHECK(offices(*dj::Database::openReadOnly(after.first().path)) == 1);
}
