#pragma once

#include <QString>

namespace dj {

class Database;

// Marks a business row deleted (or live again) the way exchange expects: the tombstone flag
// changes, the version goes up, updated_at is stamped. `table` is one of our own table
// names, never input. Returns false when no row with that id is in the opposite state.
bool setTombstone(Database &db, const char *table, const QString &id, bool deleted);
// The same in its own transaction; throws dj::Error(NotFound, `goneMessage`) when the row is
// not there in the expected state (remove/restore of the repositories, undo and redo).
void tombstoneOrThrow(Database &db, const char *table, const QString &id, bool deleted,
                      const QString &goneMessage);

} // namespace dj
