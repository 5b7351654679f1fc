#include "storage/InUseLock.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

TEST_CASE("a data file open in one window is refused to a second, with who has it", "[lock]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("机关.djdb"));
    {
        dj::InUseLock first(file);
        REQUIRE(first.acquire());
        CHECK(QFile::exists(file + QStringLiteral(".lock")));
        dj::InUseLock second(file);
        CHECK_FALSE(second.acquire());
        CHECK(second.message().contains(QStringLiteral("already open in another window")));
        CHECK(second.message().contains(QSysInfo::machineHostName()));
    }
    // Released with the window: the file can be opened again, and no lock file is left.
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".lock")));
    dj::InUseLock again(file);
    CHECK(again.acquire());
}

TEST_CASE("a lock left by a program that died is taken over", "[lock]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.djdb"));
    QFile stale(file + QStringLiteral(".lock"));
    REQUIRE(stale.open(QIODevice::WriteOnly));
    // QLockFile's format: process id, program, computer; no process has this id.
    stale.write("2147483000\ndangjian\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    dj::InUseLock lock(file);
    CHECK(lock.acquire());
}
