#include "DateText.h"

#include "FieldLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::DateText)
};

// Full-width digits and separators (a Chinese input method's defaults) as ASCII; every kind
// of space dropped, so "2026 - 11 - 20" and "2026年 11月 20日" read too.
QString normalized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace())
            continue;
        if (u >= u'０' && u <= u'９')
            out.append(QChar(u'0' + (u - u'０')));
        else if (u == u'－' || u == u'‐' || u == u'—' || u == u'–')
            out.append(QLatin1Char('-'));
        else if (u == u'．' || u == u'。')
            out.append(QLatin1Char('.'));
        else if (u == u'／')
            out.append(QLatin1Char('/'));
        else
            out.append(c);
    }
    return out;
}

} // namespace

DateText parseDateText(const QString &text)
{
    const QString t = normalized(text);
    if (t.isEmpty())
        return {};
    // One separator used twice; 年月日 with or without the final 日; or eight digits.
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    int y = 0, m = 0, d = 0;
    if (const auto s = separated.match(t); s.hasMatch()) {
        y = s.captured(1).toInt();
        m = s.captured(3).toInt();
        d = s.captured(4).toInt();
    } else if (const auto c = chinese.match(t); c.hasMatch()) {
        y = c.captured(1).toInt();
        m = c.captured(2).toInt();
        d = c.captured(3).toInt();
    } else if (const auto n = compact.match(t); n.hasMatch()) {
        y = n.captured(1).toInt();
        m = n.captured(2).toInt();
        d = n.captured(3).toInt();
    } else {
        // Short, to fit under a field; the field's tooltip lists all five ways.
        return {QDate(), Tr::tr("“%1” is not a date; type it as 2026-11-20, 20261120 or 2026年11月20日.")
                             .arg(text.trimmed())};
    }
    if (y < limits::DateYearMin || y > limits::DateYearMax)
        return {QDate(), Tr::tr("“%1” is not a date: the year must be from %2 to %3.")
                             .arg(text.trimmed(), QString::number(limits::DateYearMin),
                                  QString::number(limits::DateYearMax))};
    if (m < 1 || m > 12)
        return {QDate(), Tr::tr("“%1” is not a date: there is no month %2.").arg(text.trimmed()).arg(m)};
    const QDate date(y, m, d);
    if (!date.isValid())
        return {QDate(), Tr::tr("“%1” is not a date: month %2 of %3 has no day %4.")
                             .arg(text.trimmed())
                             .arg(m)
                             .arg(y)
                             .arg(d)};
    return {date, QString()};
}

} // namespace dj
