#pragma once

// The demo department in a data file of its own per name, made once per test run; and a
// window that forgets where it was, for tests of the main window.
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QHash>
#include <QSettings>
#include <QTemporaryDir>

// Tests that change the file use a name nobody else uses.
inline QString demoDepartmentFile(const QString &name)
{
    static QTemporaryDir dir;
    static QHash<QString, QString> made;
    if (const auto it = made.constFind(name); it != made.cend())
        return *it;
    const QString path = dir.filePath(name);
    auto db = dj::Database::create(path, QStringLiteral("市商务局机关党委"));
    dj::DemoGenerator::generate(*db, dj::DemoGenerator::Scale::Department);
    made.insert(name, path);
    return path;
}

// The next window opens as on first start: no remembered geometry or splitter sizes.
inline void forgetWindowPlacement()
{
    QSettings s;
    s.remove(QStringLiteral("window"));
    s.remove(QStringLiteral("splitters"));
}
