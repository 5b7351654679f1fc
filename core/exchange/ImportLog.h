#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dj {

class Database;

struct ImportLogEntry
{
    qint64 id = 0;
    QString packageId;
    QString packageHash;
    QString senderOffice;
    QString senderName;
    QString recipient; // '*' for a package for any office
    qint64 sequence = 0;
    qint64 expectedSequence = 0; // > 0 when packages before this one had not arrived
    QString scope;
    QString createdAt;
    QString importedAt;
    QString importedBy;
    QJsonObject counts; // category -> table -> rows
    QString undoneAt;
    qint64 count(const QString &category) const;
};

// Every package imported into this file, newest first; and undoing the last one.
class ImportLog
{
public:
    explicit ImportLog(Database &db) : m_db(db) {}
    QList<ImportLogEntry> all() const;

    // Puts every row the last import wrote back as it was and removes what it added, its
    // conflicts with it. Refused (Conflict) when a row it wrote has changed since or one of its
    // conflicts was settled, or when the last import was already undone.
    ImportLogEntry undoLast(const QString &byWhom);

private:
    Database &m_db;
};

} // namespace dj
