#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace dj {

// A row's earlier versions as JSON, [[version, "updated_at"], …]: how an undo record and a
// conflict keep the history of the version they hold.
QString rowHistoryJson(sqlite3 *db, const QByteArray &schema, const QString &rowId);
// Adds those versions to main.row_history (those already there stay).
void addRowHistory(sqlite3 *db, const QString &rowId, const QString &json);

} // namespace dj
