#pragma once

#include <QSet>
#include <QStringList>
#include <QVariantList>

namespace dj {

class Database;

// A row changed here and at another office since they last shared it. Both versions are kept:
// one in the table (the provisional winner), the other in sync_conflict.
struct SyncConflict
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString senderOffice;
    QString detectedAt;
    QString resolvedAt;
    QString resolution; // mine | theirs | fields
    bool tableHoldsTheirs = false;
    QStringList columns;
    QVariantList mine;   // this office's version
    QVariantList theirs; // the other office's version
    // Columns whose values differ (the bookkeeping columns version and updated_at left out).
    QStringList differing() const;
};

class ConflictRepository
{
public:
    enum class Take { Mine, Theirs };

    explicit ConflictRepository(Database &db) : m_db(db) {}

    QList<SyncConflict> list(bool openOnly = true) const;
    SyncConflict get(qint64 id) const;
    int openCount() const;
    // Settles the conflict with one whole version, or with theirs in `theirsColumns` and mine
    // elsewhere. Writes it as a new version above both, so every office that imports it takes
    // it without a new conflict. Throws NotFound / Conflict (already settled, or the choice
    // clashes with another row).
    void resolve(qint64 id, Take take, const QString &byWhom);
    void resolveFields(qint64 id, const QSet<QString> &theirsColumns, const QString &byWhom);

private:
    void write(const SyncConflict &c, const QVariantList &chosen, const QString &how, const QString &byWhom);
    Database &m_db;
};

} // namespace dj
