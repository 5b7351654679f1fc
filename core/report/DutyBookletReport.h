#pragma once

#include "Report.h"

#include "duty/DutyVocabulary.h"

#include <QDate>

namespace dj {
class Database;
}

namespace dj::report {

// 全面从严治党责任清单: the year's responsibility lists as the booklet that is printed, signed
// and filed — one section per list (its items with their 时限, who answers for them and how
// far they are done at `today`), then a signature line. Portrait A4.
class DutyBookletReport
{
public:
    // Every list of the year when `orgId` is empty; otherwise the level lists of the
    // organisations in that subtree and the post lists whose post is in it. Throws NotFound
    // for an unknown organisation or when there are no lists.
    static Report build(Database &db, int year, const QString &orgId, const QDate &today);

    // "每季度", "限期 3月31日前", "每年 12月31日前": how often or by when, as printed.
    static QString timeLimit(Frequency frequency, const QString &deadline, int year);
};

} // namespace dj::report
