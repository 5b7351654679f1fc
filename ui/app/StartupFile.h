#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class QWidget;

namespace dj {
class Database;
}

// What the program opens when it starts, and the demo department file.
namespace startup {
// The user's data folder (created when missing), where new files go unless chosen elsewhere.
QString dataDirectory();
// <user data dir>/demo.djdb
QString demoDataFile();
// The file-dialog filter for data files.
QString dataFileFilter();
// Asks for a data file to open, starting in `dir`; empty when cancelled.
QString askDataFileToOpen(QWidget *parent, const QString &dir);
// Creates `path` with the demo department, showing progress; throws dj::Error.
std::unique_ptr<dj::Database> createDemoFile(const QString &path, QWidget *parent);

// The recently used data files, newest first (at most 8), and putting `path` at their head.
QStringList recentFiles();
void rememberRecent(const QString &path);

struct Plan
{
    QString file;        // the data file to open; empty: show the welcome dialog
    bool demo = false;   // `file` is the demo file, created when missing
    QString package;     // a .djpkg to import once a file is open
};
// From the command line (`files`: its positional arguments; `--demo`) and the recently used
// files (the first that still exists is reopened).
Plan plan(const QStringList &files, bool demo, const QStringList &recent);
} // namespace startup
