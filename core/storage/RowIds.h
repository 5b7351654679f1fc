#pragma once

#include <QUuid>

namespace dj {

// Primary keys of every business row: random UUIDs, so rows made in different offices never
// collide when packages are merged.
inline QString newRowId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// A row id as newRowId() writes it (36 characters, hex and dashes, not the nil UUID): what a
// package's ids must be before one is used to name anything, such as a folder.
inline bool isRowId(const QString &id)
{
    if (id.size() != 36)
        return false;
    const QUuid u = QUuid::fromString(id);
    return !u.isNull() && u.toString(QUuid::WithoutBraces) == id.toLower();
}

} // namespace dj
