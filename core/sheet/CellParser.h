#pragma once

#include "org/Person.h"

#include <QVariant>
#include <optional>

namespace dj {

// Reads one sheet cell as a person field the way officers fill sheets in: dates as real
// date cells, 1985-03-02, 1985/3/2, 1985.3.2, 19850302, 1985年3月2日 or just the month
// (1985.03, 1985年3月, the usual 出生年月); 男/女; 正式党员/预备党员; 专职/兼职/否.
// Problems come back as sentences for the validation report.
class CellParser
{
public:
    struct Date
    {
        QDate date;             // invalid when empty or unreadable
        bool monthOnly = false; // only year and month were given (day set to 1)
        QString problem;        // why it is unreadable; empty when fine or empty
    };
    // `what` names the field in the problem ("Birth date").
    static Date date(const QVariant &cell, const QString &what);

    // The ID number as text with full-width digits, spaces and a leading ' removed.
    // `numeric` tells whether the cell held a number (Excel keeps only 15 digits of those).
    static QString idNumber(const QVariant &cell, bool *numeric);
    static QString phone(const QVariant &cell);

    static std::optional<QChar> gender(const QString &text); // 'M'/'F'
    static std::optional<Standing> standing(const QString &text);
    static std::optional<CadreKind> cadre(const QString &text);
    // "汉" → "汉族": sheets often leave out the 族.
    static QString ethnicity(const QString &text);
    // Full-width digits and letters (０-９, Ｘ) as ASCII.
    static QString halfWidth(const QString &text);
};

} // namespace dj
