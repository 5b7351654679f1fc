#pragma once

// A SQLite VFS for tests, installed as the default in front of the real one, that makes the
// Nth write, sync or truncate of any file (database, journal, WAL, copies) fail: once, or
// from then on, as a failing disk would. Everything else passes through unchanged.
namespace faultvfs {

enum class Mode { Once, FromThenOn };

// Registers the shim as the default VFS; call before anything opens a database.
void install();
// Counts fault points from zero and injects nothing.
void reset();
// The Nth fault point from now (1-based) fails with `errorCode` (an SQLITE_IOERR_* or
// SQLITE_FULL); `mode` says whether the points after it fail too.
void arm(long n, Mode mode, int errorCode);
// Stops injecting; the count goes on.
void disarm();
// Fault points (writes, syncs, truncates) passed since reset().
long points();
// Faults injected since reset().
long injected();

} // namespace faultvfs
