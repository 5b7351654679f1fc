#pragma once

#include <QUuid>

namespace dj {

// Primary keys of every business row: random UUIDs, so rows made in different offices never
// collide when packages are merged.
inline QString newRowId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace dj
