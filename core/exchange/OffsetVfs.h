#pragma once

#include <QString>

namespace dj {

// A SQLite VFS that stores a database `offset` bytes into its file, so an export builds its
// payload straight inside the package (after the room kept for the package's header) instead
// of building it elsewhere and copying it: one write of a large payload instead of two.
// Only a main database file opened with the URI parameter dj_offset is shifted; its byte-range
// locks are skipped, as the file is a private scratch file of one connection at a time (and
// on Windows the lock bytes would fall inside the payload). Journals pass through unchanged.
class OffsetVfs
{
public:
    static const char *name(); // registers the VFS on first use
    // A URI for sqlite3_open_v2 (with SQLITE_OPEN_URI) or ATTACH on a connection opened with
    // URIs enabled.
    static QString uri(const QString &path, qint64 offset);
};

} // namespace dj
