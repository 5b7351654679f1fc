#pragma once

#include "common/Error.h"

#include <QString>

namespace dj {

// A SQLite failure as a dj::Error whose message says in plain words what happened to the
// data file (disk full, disk error, busy, damaged) and that the change was not saved, with
// SQLite's own text in brackets for whoever supports the user.
Error storageError(int sqliteCode, const QString &technical);

} // namespace dj
