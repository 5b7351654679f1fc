#pragma once

#include <QList>
#include <QString>

struct sqlite3;

namespace dj {

// The field checks of local edits, applied to every row of a payload before anything is merged
// (issue 18, item 6). A data file's tables are not STRICT and their CHECKs do not say how long
// a name may be, so a package could carry a version stored as text (that row could never be
// edited again), a name of 500 MB, control or direction characters, or an updated_at in the
// year 9999 that wins every conflict. Each column of each business table has one rule here,
// built on dj::limits and dj::fieldcheck — the limits and checks the repositories use — and a
// test keeps every column covered. One pass per table in SQL finds a bad row; only then are
// its fields looked at one by one to name the field.
class PayloadFields
{
public:
    enum class Kind {
        RowId,     // the row's UUID
        Ref,       // a UUID naming a row of another table (a foreign key)
        Office,    // an office id (a UUID)
        Version,   // a whole number from 1 to VersionMax
        Stamp,     // a time as Clock::stamp() writes it, not in the future (beyond StampSkewSecs)
        Flag,      // 0 or 1
        Whole,     // a whole number from min to max
        Real,      // a finite number from min to max
        Text,      // text of at most `max` UTF-16 units with no control or direction character
        Date,      // yyyy-MM-dd, a real date whose year is within DateYearMin–DateYearMax
        MonthDay,  // MM-dd or empty (a deadline within the year)
        TableName, // the name of a business table
        Bytes,     // a BLOB (its size and hash are AttachmentRows' business)
    };
    struct Rule
    {
        const char *column;
        Kind kind;
        double min = 0;
        double max = 0; // Text: the longest value, in UTF-16 units
        bool manyLines = false;
        bool nullable = false;
    };

    // Versions count edits of one row; a billion is far beyond any real row.
    static constexpr qint64 VersionMax = 1000000000;
    // Offices' clocks differ a little; a stamp further ahead than this is refused.
    static constexpr int StampSkewSecs = 24 * 3600;

    // The rules of one business table's columns, in no particular order (empty for others).
    static const QList<Rule> &rules(const QString &table);

    // Checks every row of every business table of the payload open on `payload` (read-only;
    // functions are registered on it). Throws Error(Corrupt) naming the table, the row and
    // the field: "table 党员 (person), row <id>, field 姓名 (name): …".
    static void check(sqlite3 *payload);
};

} // namespace dj
