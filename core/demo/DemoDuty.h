#pragma once

#include <QDate>

namespace dj {
class Database;
}

namespace dj::demo {

// The demo department's responsibility lists for the current year, with a realistic share
// of recorded work up to `today`: the 党组 and 机关党委 nearly complete, the branches and their
// secretaries visibly behind — the decay down the levels the module is there to show.
// Deterministic for a seed. Returns the number of records written.
int fillDuty(Database &db, const QDate &today, quint32 seed);

} // namespace dj::demo
