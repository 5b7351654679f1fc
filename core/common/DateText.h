#pragma once

#include <QDate>
#include <QString>

// Dates as people type them on a form: 2026-11-20, 2026.11.20, 2026/11/20, 2026年11月20日
// and 20261120, with one-digit months and days (2026-1-5), full-width digits and
// separators (２０２６－１１－２０) and spaces around. Anything else is refused with a reason,
// never guessed at: a wrong date saved without notice is worse than a question.
namespace dj {

struct DateText
{
    QDate date;     // valid when the text is a date
    QString reason; // why the text is not a date; empty for a date and for empty text

    bool isDate() const { return date.isValid(); }
    bool isEmpty() const { return !date.isValid() && reason.isEmpty(); }
};

// Reads `text`; the year must be within limits::DateYearMin–DateYearMax.
DateText parseDateText(const QString &text);

} // namespace dj
