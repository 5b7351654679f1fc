#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace dj {
class Database;
}

// Backups from the main window: a copy now, the day's first copy on opening, a copy of the
// open file to a chosen place. Each shows progress, can be cancelled, and reports failure in
// a message box; nothing here changes the data file.
namespace backupactions {
// Copies the open file to `dest` (Save a copy); returns false when it failed or was cancelled.
bool copyTo(const dj::Database &db, const QString &dest, const QString &title, QWidget *parent);
// A verified manual copy in the backups folder; returns its path, or empty.
QString backUpNow(const dj::Database &db, QWidget *parent);
// The day's first opening of a file makes a copy; returns its path when one was made. A
// failure is returned in `problem` (the program still opens the file).
QString dailyIfDue(const dj::Database &db, QWidget *parent, QString &problem);
} // namespace backupactions
