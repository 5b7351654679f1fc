#include "FieldCheck.h"

#include "Error.h"
#include "FieldLimits.h"

#include <QCoreApplication>
#include <cmath>

namespace dj::fieldcheck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::FieldCheck)
};

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

// The embeddings, overrides and isolates of the bidirectional algorithm (U+202A–U+202E,
// U+2066–U+2069): they make text display in another order than it is stored ("Trojan Source"),
// so a name can pose as another. The plain marks U+200E/U+200F stay allowed for real
// right-to-left text.
bool directionControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool allowedControl(char16_t c, Lines lines)
{
    return lines == Lines::Many && (c == u'\t' || c == u'\n' || c == u'\r');
}
} // namespace

QString problem(const QString &field, const QString &value, int max, Lines lines)
{
    if (value.size() > max)
        return Tr::tr("%1 is too long: %2 characters, at most %3 are allowed.")
            .arg(field, QString::number(value.size()), QString::number(max));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if ((c < 0x20 || c == 0x7F) && !allowedControl(c, lines))
            return Tr::tr("%1 contains an invisible control character (%2) that cannot be stored; "
                          "remove it.")
                .arg(field, codePoint(c));
        if (c >= 0x80 && c <= 0x9F)
            return Tr::tr("%1 contains an invisible control character (%2) that cannot be stored; "
                          "remove it.")
                .arg(field, codePoint(c));
        if (directionControl(c))
            return Tr::tr("%1 contains an invisible direction character (%2) that would make it display in "
                          "another order than it is written; remove it.")
                .arg(field, codePoint(c));
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() &&
            QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return Tr::tr(
                       "%1 contains a broken character (%2) that cannot be stored; type it again.")
                .arg(field, codePoint(c));
    }
    return {};
}

void text(const QString &field, const QString &value, int max, Lines lines)
{
    const QString p = problem(field, value, max, lines);
    if (!p.isEmpty())
        throw Error(Error::Kind::Invalid, p);
}

QString rangeProblem(const QString &field, double value, double min, double max)
{
    if (!std::isfinite(value))
        return Tr::tr("%1 is not a number.").arg(field);
    if (value < min || value > max)
        return Tr::tr("%1 must be from %2 to %3, not %4.")
            .arg(field, number(min), number(max), number(value));
    return {};
}

QString dateProblem(const QString &field, const QDate &date)
{
    if (!date.isValid() || (date.year() >= limits::DateYearMin && date.year() <= limits::DateYearMax))
        return {};
    return Tr::tr("%1 %2 is not a possible date: the year must be from %3 to %4.")
        .arg(field, date.toString(Qt::ISODate), QString::number(limits::DateYearMin), QString::number(limits::DateYearMax));
}

void range(const QString &field, double value, double min, double max)
{
    const QString p = rangeProblem(field, value, min, max);
    if (!p.isEmpty())
        throw Error(Error::Kind::Invalid, p);
}

} // namespace dj::fieldcheck
