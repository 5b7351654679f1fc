#include "IdNumber.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::IdNumber)
};
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";
} // namespace

QString IdNumber::normalize(const QString &id)
{
    QString s = id;
    s.remove(QLatin1Char(' '));
    s = s.trimmed();
    if (s.endsWith(QLatin1Char('x')))
        s[s.size() - 1] = QLatin1Char('X');
    return s;
}

QChar IdNumber::checkChar(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

QDate IdNumber::birthDate(const QString &id)
{
    return id.size() == 18 ? QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd")) : QDate();
}

QChar IdNumber::gender(const QString &id)
{
    if (id.size() != 18 || !id.at(16).isDigit())
        return {};
    return (id.at(16).unicode() - '0') % 2 == 1 ? QLatin1Char('M') : QLatin1Char('F');
}

IdNumber::Check IdNumber::validate(const QString &raw, const QDate &birth, QChar gender)
{
    const QString id = normalize(raw);
    if (id.size() != 18)
        return {Problem::Length, Tr::tr("The ID number must have 18 characters; this one has %1.").arg(id.size())};
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit() || id.at(i).unicode() > '9')
            return {Problem::Characters,
                    Tr::tr("Character %1 of the ID number must be a digit.").arg(i + 1)};
    }
    if (!id.at(17).isDigit() && id.at(17) != QLatin1Char('X'))
        return {Problem::Characters, Tr::tr("The last character of the ID number must be a digit or X.")};
    if (id.at(0) == QLatin1Char('0') || id.startsWith(QLatin1String("9")))
        return {Problem::Area, Tr::tr("The first 6 digits of the ID number are not a valid area code.")};
    const QDate born = birthDate(id);
    if (!born.isValid() || born.year() < 1900)
        return {Problem::BirthDate,
                Tr::tr("Digits 7-14 of the ID number (%1) are not a valid birth date.").arg(id.mid(6, 8))};
    const QChar expected = checkChar(QStringView(id).left(17));
    if (id.at(17) != expected)
        return {Problem::CheckDigit,
                Tr::tr("The check digit of the ID number is wrong: the last character should be %1, "
                   "not %2. Check the number for a typing error.")
                    .arg(expected)
                    .arg(id.at(17))};
    if (birth.isValid() && birth != born)
        return {Problem::BirthMismatch,
                Tr::tr("The ID number gives the birth date %1, but the birth date entered is %2.")
                    .arg(born.toString(Qt::ISODate), birth.toString(Qt::ISODate))};
    if (!gender.isNull() && gender != IdNumber::gender(id))
        return {Problem::GenderMismatch,
                IdNumber::gender(id) == QLatin1Char('M')
                    ? Tr::tr("The ID number (digit 17 is odd) is a man's, but the gender entered is female.")
                    : Tr::tr("The ID number (digit 17 is even) is a woman's, but the gender entered is male.")};
    return {};
}

QString IdNumber::compose(const QString &area6, const QDate &birth, int sequence3)
{
    const QString first17 = area6 + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence3 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + checkChar(first17);
}

} // namespace dj
