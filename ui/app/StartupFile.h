#pragma once

#include <QString>
#include <memory>

class QWidget;

namespace dj {
class Database;
}

// Where the program keeps its data file when the user has not chosen one, and the first
// start that creates it with the demo department.
namespace startup {
// <user data dir>/dangjian.djdb
QString defaultDataFile();
// Creates `path` with the demo department, showing progress; throws dj::Error.
std::unique_ptr<dj::Database> createDemoFile(const QString &path, QWidget *parent);
} // namespace startup
