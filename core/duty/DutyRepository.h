#pragma once

#include "DutyList.h"

#include <QHash>
#include <QVariant>

namespace dj {

class Database;

// The year's responsibility lists and their items. Lists are made by DutyGenerator; items
// can be added by hand, edited, retired (they keep their records but stop counting) and
// reinstated. Every change bumps the row version.
class DutyRepository
{
public:
    explicit DutyRepository(Database &db) : m_db(db) {}

    // The lists of a year (all when `orgId` and `personId` are empty), level lists first in
    // subject order, then post lists; each with its organisation's and person's name.
    QList<DutyList> lists(int year, const QString &orgId = {}, const QString &personId = {}) const;
    DutyList list(const QString &id) const; // throws NotFound
    QList<int> years() const;               // the years that have lists, newest first

    QList<DutyItem> items(const QString &listId, bool includeRetired = true) const;
    DutyItem item(const QString &id) const; // throws NotFound
    // Every item of a year's lists in one read (progress over a whole city).
    QList<DutyItem> itemsOfYear(int year, bool includeRetired) const;
    // The items of the lists below that carry out `itemId`.
    QList<DutyItem> carriedOutBy(const QString &itemId) const;

    // An item added by hand (no code unless given); returns its id.
    QString addItem(const QString &listId, DutyItem item);
    void updateItem(const DutyItem &item);
    void retireItem(const QString &id, const QDate &on);
    void reinstateItem(const QString &id);
    void removeItem(const QString &id); // tombstones (undo of add); restoreItem() reverses
    void restoreItem(const QString &id);

private:
    QList<DutyList> queryLists(const QString &where, const QHash<QString, QVariant> &binds) const;
    QList<DutyItem> queryItems(const QString &where, const QString &key) const;
    void setRetired(const QString &id, const QVariant &on);
    Database &m_db;
};

} // namespace dj
