#pragma once

#include "FaultVfs.h"

#include <QString>
#include <QStringList>
#include <functional>

// Runs one operation again and again on a fresh copy of a data file, making each of its
// fault points fail in turn (every write, sync and truncate SQLite does for it), then checks
// the file: integrity, references, and all-or-nothing as the test defines it.
namespace faultsweep {

struct Operation
{
    QString name;
    QString pristine; // copied to a fresh work file before every run
    // Runs the operation on `path`; calls `armHere()` where the faults may start (after
    // opening the file, say). Throws dj::Error when it fails.
    std::function<void(const QString &path, const std::function<void()> &armHere)> run;
    // Checks the work file after a run that succeeded or failed (the shim is off by then).
    std::function<void(const QString &path, bool succeeded)> check;
};

struct Stats
{
    long points = 0;   // fault points of one undisturbed run
    long runs = 0;     // runs with a fault injected
    long refused = 0;  // runs that reported a clear error
    long survived = 0; // runs that succeeded despite the fault (SQLite retried or did not need it)
    QStringList messages; // the distinct first sentences users saw
};

// Every fault point (a spread of them for long operations unless DJ_FAULT_LONG is set), with
// each (mode, error code) pair given.
Stats sweep(const Operation &op, const QList<std::pair<faultvfs::Mode, int>> &faults);

// The pairs the test command uses, or all of them when DJ_FAULT_LONG is set.
QList<std::pair<faultvfs::Mode, int>> defaultFaults();

// Integrity and references of a closed data file; REQUIREs both hold.
void requireWhole(const QString &path);

// Copies a data file with its -wal/-shm companions removed first at the destination.
void freshCopy(const QString &from, const QString &to);

} // namespace faultsweep
