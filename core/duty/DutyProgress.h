#pragma once

#include "DutyList.h"
#include "DutySchedule.h"

#include <QHash>
#include <QList>

namespace dj {

class Database;

// How one item stands: its periods in the year, the records in each, and their status.
struct ItemProgress
{
    DutyItem item;
    QList<DutyPeriod> periods;
    QList<int> counts;
    QList<DutyStatus> statuses;
    int dueExpected = 0; // records expected in the periods already due or done (within the range)
    int dueDone = 0;     // of those, the ones recorded (at most the expected per period)
    int overduePeriods = 0;
    // The status that matters today: the first due period not done, else the current one.
    DutyStatus now = DutyStatus::NotYetDue;
};

// A completion rate: done / expected over the periods due so far in the range.
struct CompletionRate
{
    QString key;   // org type code, subject code, category text or org id
    QString label; // what the user sees
    int lists = 0;
    int items = 0;
    int expected = 0;
    int done = 0;
    int overdue = 0; // overdue or partly done periods
    // -1 when nothing is due yet.
    double rate() const { return expected > 0 ? double(done) / expected : -1.0; }
};

// Completion of a year's responsibility lists at a given day, for the whole year or one
// quarter (a period counts in the quarter its due date falls in). Periods whose due date has
// passed count, and those done before it; a period counts min(records, expected) of its
// expected records; retired items do not count. Read once, then grouped any way.
class DutyProgress
{
public:
    DutyProgress(Database &db, int year, const QDate &today, int quarter = 0);

    int year() const { return m_year; }
    QList<ItemProgress> items(const QString &listId) const;

    // Level lists by organisation type, in the order 党组 → 领导小组 → 机关党委 → 党总支 → 党支部:
    // the decay of responsibility down the levels.
    QList<CompletionRate> byLevel() const;
    QList<CompletionRate> byPost() const;     // post lists by subject, in subject order
    QList<CompletionRate> byCategory() const; // every list's items by category
    QList<CompletionRate> byOrg() const;      // level lists by organisation
    CompletionRate total() const;

    // Items with an overdue or partly done period, most overdue first (for the 工作台).
    struct Late
    {
        DutyList list;
        DutyItem item;
        DutyPeriod period;
        int count = 0;
    };
    QList<Late> late() const;

private:
    struct Row
    {
        int list; // index in m_lists
        QString orgType;
        ItemProgress progress;
    };
    template <class Key> QList<CompletionRate> group(Key key) const;

    int m_year;
    QDate m_today;
    QDate m_from, m_to; // the range whose due dates count
    QList<DutyList> m_lists;
    QList<QString> m_orgTypes; // per list
    QList<Row> m_rows;
    QHash<QString, QList<int>> m_rowsOfList;
};

} // namespace dj
