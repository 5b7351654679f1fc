#pragma once

#include "ImportCounts.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace dj {

class Database;

// Merges a validated payload into the data file, inside the caller's write transaction and
// with the payload attached as schema "p". Per row: new → inserted; theirs descends from
// ours (our version is in their history, a claim SenderRules believes) → applied (a newer tombstone deletes); ours
// descends from theirs → older, ignored; identical → unchanged; both changed → a conflict:
// both versions kept (the table shows the higher version, then the later time, then the
// larger hash — the same on every office), listed for a person to settle.
class ImportEngine
{
public:
    using Progress = std::function<bool(int done, int total)>;

    ImportEngine(Database &db, qint64 importId, QString senderOffice)
        : m_db(db), m_importId(importId), m_sender(std::move(senderOffice))
    {
    }

    // Throws dj::Error (Invalid for a package that cannot be applied, naming the row).
    // References are checked now when `checkNow` (a preview); otherwise SQLite counts broken
    // ones (deferred foreign keys) and the COMMIT fails: then checkReferences() names one.
    ImportCounts run(bool checkNow, const Progress &progress = {});
    // Throws Invalid naming a payload row that refers to a row neither side has.
    void checkReferences();

private:
    void insertNew(const QString &table, ImportCounts &counts, qint64 existing);
    // Counts and settles the payload rows this file has already; returns how many there were.
    qint64 compareExisting(const QString &table, ImportCounts &counts);
    void applyTheirs(const QString &table, const QString &id, bool deletes, ImportCounts &counts);
    void recordConflict(const QString &table, const QString &id, ImportCounts &counts);
    QString historyOf(const QString &id) const;
    void rememberBefore(const QString &table, const QString &id, const QByteArray &before);
    // Overwrites the row here with the package's version, every column.
    void takeTheirs(const QString &table, const QString &id);
    const QStringList &columns(const QString &table); // read once per table, not per row

    Database &m_db;
    qint64 m_importId;
    QString m_sender;
    QHash<QString, QStringList> m_columns;
};

} // namespace dj
