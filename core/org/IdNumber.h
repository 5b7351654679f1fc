#pragma once

#include <QDate>
#include <QString>

namespace dj {

// The 18-digit resident ID number (GB 11643-1999): 6-digit area, 8-digit birth date,
// 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
class IdNumber
{
public:
    enum class Problem { None, Length, Characters, Area, BirthDate, BirthMismatch, GenderMismatch, CheckDigit };

    struct Check
    {
        Problem problem = Problem::None;
        QString message; // says which part is wrong, for the form and the import report
        bool ok() const { return problem == Problem::None; }
    };

    // Upper-cases a trailing x and drops surrounding and inner spaces.
    static QString normalize(const QString &id);
    // The check character for the first 17 digits.
    static QChar checkChar(QStringView first17);
    // Validates the number alone, then its consistency with a known birth date and gender
    // ('M'/'F'); pass an invalid date or a null gender to skip those comparisons.
    static Check validate(const QString &id, const QDate &birth = {}, QChar gender = {});

    static QDate birthDate(const QString &id);
    static QChar gender(const QString &id);
    // Makes a valid number from an area code, birth date and sequence (demo data, tests).
    static QString compose(const QString &area6, const QDate &birth, int sequence3);
};

} // namespace dj
