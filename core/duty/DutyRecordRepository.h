#pragma once

#include "common/FieldProblem.h"

#include "DutyRecord.h"

#include <QHash>
#include <QList>

namespace dj {

class Database;

// The progress records of list items. A record must fall in its list's year, not after today,
// and not on a retired item; its evidence files are attachments of table "duty_record".
class DutyRecordRepository
{
public:
    explicit DutyRecordRepository(Database &db) : m_db(db) {}

    QString add(DutyRecord r); // throws Invalid/Conflict naming the problem
    void update(const DutyRecord &r);
    void remove(const QString &id); // tombstones; its attachments stay with it for restore()
    void restore(const QString &id);
    DutyRecord get(const QString &id) const;
    QList<DutyRecord> forItem(const QString &itemId) const; // by date

    // Everything wrong with `r` ("doneOn", "text", "recordedBy"), for the record dialog.
    QList<FieldProblem> problems(const DutyRecord &r) const;

    // The record dates of every item of a year's lists (for progress and status).
    QHash<QString, QList<QDate>> datesForYear(int year) const;

private:
    void check(const DutyRecord &r) const;
    Database &m_db;
};

} // namespace dj
