#include "RowHistory.h"

#include "SqlStmt.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dj {

QString rowHistoryJson(sqlite3 *db, const QByteArray &schema, const QString &rowId)
{
    SqlStmt s(db, "SELECT version, updated_at FROM " + schema + ".row_history WHERE row_id = ?1 ORDER BY version, updated_at");
    s.bind(1, rowId);
    QJsonArray list;
    while (s.step())
        list.append(QJsonArray{double(s.int64(0)), s.text(1)});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

void addRowHistory(sqlite3 *db, const QString &rowId, const QString &json)
{
    SqlStmt add(db, "INSERT OR IGNORE INTO main.row_history VALUES (?1, ?2, ?3)");
    const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &entry : list) {
        add.reset();
        add.bind(1, rowId).bind(2, qint64(entry.toArray().at(0).toDouble())).bind(3, entry.toArray().at(1).toString()).exec();
    }
}

} // namespace dj
