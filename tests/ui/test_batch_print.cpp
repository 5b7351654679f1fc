// Batch printing from the GUI: every branch's roster into one PDF or one PDF per branch,
// rendered on a worker thread (the event loop keeps running) with progress and cancel.
#include "PdfText.h"
#include "SmallTree.h"

#include "app/ReportActions.h"
#include "common/BackgroundTask.h"
#include "common/Error.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {
struct Branches : SmallTree
{
    Branches()
    {
        person(QStringLiteral("张三"), branch1, 11);
        person(QStringLiteral("李四"), branch2, 12);
    }
};

void cancelTaskSoon(int ms = 150)
{
    QTimer::singleShot(ms, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<QProgressDialog *>(w); p && p->objectName() == QLatin1String("taskProgress"))
                p->findChild<QPushButton *>()->click();
        }
    });
}
} // namespace

TEST_CASE("the rosters of all branches go into one PDF or one PDF per branch", "[ui][print]")
{
    Branches t;
    const QString folder = t.path(QStringLiteral("rosters"));
    CHECK(reportactions::writeBranchRosters(t.db->path(), folder, true, nullptr) == 2);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    REQUIRE(files == QStringList{QStringLiteral("SW-ZB01.pdf"), QStringLiteral("SW-ZB02.pdf")});
    const QString first = QDir(folder).filePath(files.at(0));
    CHECK(pages(first) == 1);
    CHECK(pageText(first, 1).contains(QStringLiteral("办公室党支部")));
    CHECK(pageText(first, 1).contains(QStringLiteral("张三")));
    CHECK_FALSE(pageText(first, 1).contains(QStringLiteral("李四")));

    const QString one = t.path(QStringLiteral("all.pdf"));
    CHECK(reportactions::writeBranchRosters(t.db->path(), one, false, nullptr) == 1);
    REQUIRE(pages(one) == 2);
    CHECK(pageText(one, 2).contains(QStringLiteral("李四")));
}

TEST_CASE("batch printing without branches says so and writes nothing", "[ui][print]")
{
    TempDb t;
    const QString one = t.path(QStringLiteral("all.pdf"));
    CHECK_THROWS_WITH(reportactions::writeBranchRosters(t.db->path(), one, false, nullptr),
                      "There are no active party branches to print.");
    CHECK_FALSE(QFile::exists(one));
}

TEST_CASE("background work keeps the event loop running and can be cancelled", "[ui][task]")
{
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(20);
    cancelTaskSoon();
    bool stopped = false;
    const bool finished = BackgroundTask::run(nullptr, QStringLiteral("work"), [&](const BackgroundTask::Progress &progress) {
        // Runs until told to stop (or 10 s): the cancel comes through the progress callback.
        for (int i = 0; i < 1000; ++i) {
            if (!progress(i, 1000)) {
                stopped = true;
                throw dj::Error(dj::Error::Kind::Invalid, QStringLiteral("cancelled"));
            }
            QThread::msleep(10);
        }
    });
    CHECK_FALSE(finished);
    CHECK(stopped);
    CHECK(ticks >= 3); // the GUI thread was not blocked while the work ran

    CHECK(BackgroundTask::run(nullptr, QStringLiteral("work"), [](const BackgroundTask::Progress &) {}));
    CHECK_THROWS_WITH(BackgroundTask::run(nullptr, QStringLiteral("work"),
                                          [](const BackgroundTask::Progress &) {
                                              throw dj::Error(dj::Error::Kind::Storage, QStringLiteral("disk full"));
                                          }),
                      "disk full");
}

TEST_CASE("a cancelled batch PDF leaves no file behind", "[ui][print]")
{
    Branches t;
    {
        // Some 30 pages: far more than the first turn of the event loop takes.
        dj::Transaction tx(*t.db);
        for (int i = 0; i < 850; ++i)
            t.person(QStringLiteral("党员%1").arg(i), t.branch1, 100 + i);
        tx.commit();
    }
    const QString one = t.path(QStringLiteral("all.pdf"));
    cancelTaskSoon(0);
    reportactions::writeBranchRosters(t.db->path(), one, false, nullptr);
    CHECK_FALSE(QFile::exists(one));
}
