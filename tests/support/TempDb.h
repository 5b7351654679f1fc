#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

// A fresh data file in a temporary directory, at a fixed date, for one test.
struct TempDb
{
    QTemporaryDir dir;
    dj::FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC)};
    dj::ScopedClock scoped{clock};
    std::unique_ptr<dj::Database> db;

    TempDb() { db = dj::Database::create(path(), QStringLiteral("测试机关")); }
    QString path(const QString &name = QStringLiteral("test.djdb")) const { return dir.filePath(name); }
    dj::Database &operator*() { return *db; }
};
