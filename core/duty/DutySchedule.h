#pragma once

#include "DutyVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dj {

// A period in which an item must be done `expected` times: records dated from `start` to `end`
// count for it, and it is overdue once `due` has passed without them.
struct DutyPeriod
{
    QDate start;
    QDate end;
    QDate due;
    QString label; // "3月", "第二季度", "上半年", "全年" (printed forms, Chinese)
    bool contains(const QDate &d) const { return d >= start && d <= end; }
};

enum class DutyStatus {
    Done,       // at least the expected records in the period
    PartlyDone, // due date passed with some records, fewer than expected
    NotYetDue,  // due date not reached and not yet done
    Overdue,    // due date passed with no record
};

// When the items of a year's list are due, and how an item stands on a given day.
class DutySchedule
{
public:
    // The periods of an item in `year`: 12 months, 4 quarters, 2 halves, or the whole year
    // (yearly, once and by-date items, due on their deadline "MM-DD", else on 31 December).
    // A deadline of 02-29 in a common year falls on 28 February.
    static QList<DutyPeriod> periods(Frequency frequency, const QString &deadline, int year);

    // Done when count ≥ expected, whatever the day; otherwise by the due date.
    static DutyStatus status(const DutyPeriod &period, int count, int expected, const QDate &today);

    static QString label(DutyStatus s);        // translated
    static QString officialName(DutyStatus s); // 已完成, 部分完成, 未到期, 逾期

    // "MM-DD" as a date in `year`; invalid for anything else.
    static QDate deadlineIn(const QString &deadline, int year);
    // Whether `deadline` is "" or a real "MM-DD" (in a leap year).
    static bool isValidDeadline(const QString &deadline);
};

} // namespace dj
