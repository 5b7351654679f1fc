#include "XlsxNumberFormat.h"

#include <QTime>
#include <cmath>

namespace dj {

XlsxNumberFormat::Kind XlsxNumberFormat::classify(int id, const QString &code)
{
    if (!code.isEmpty())
        return classifyCode(code);
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 ||
        (id >= 50 && id <= 58))
        return Kind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47))
        return Kind::Time;
    return Kind::Number;
}

XlsxNumberFormat::Kind XlsxNumberFormat::classifyCode(const QString &formatCode)
{
    // Only the letters outside quotes, escapes, fills and [...] sections are format codes;
    // "yyyy\"年\"" is a date, "0\"天\"" and "[Red]0.00" are not. Only the first section counts.
    QString letters;
    bool elapsed = false;
    for (int i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == QLatin1Char(';'))
            break;
        if (c == QLatin1Char('"')) {
            const int close = formatCode.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? int(formatCode.size()) : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const int close = formatCode.indexOf(QLatin1Char(']'), i + 1);
            const QString inner = formatCode.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            if (!inner.isEmpty() &&
                (inner.at(0) == QLatin1Char('h') || inner.at(0) == QLatin1Char('m') ||
                 inner.at(0) == QLatin1Char('s')) &&
                inner.count(inner.at(0)) == inner.size())
                elapsed = true; // [h]:mm, [mm]:ss
            i = close < 0 ? int(formatCode.size()) : close;
        } else {
            letters += c.toLower();
        }
    }
    letters.remove(QStringLiteral("general"));
    letters.remove(QStringLiteral("e+"));
    letters.remove(QStringLiteral("e-"));
    const bool time =
        elapsed || letters.contains(QLatin1Char('h')) || letters.contains(QLatin1Char('s')) ||
        letters.contains(QStringLiteral("am/pm")) || letters.contains(QStringLiteral("a/p"));
    const bool date = letters.contains(QLatin1Char('y')) || letters.contains(QLatin1Char('d')) ||
                      letters.contains(QLatin1Char('e')) ||
                      (letters.contains(QLatin1Char('m')) && !time);
    if (date && !elapsed)
        return Kind::Date;
    return time ? Kind::Time : Kind::Number;
}

QDate XlsxNumberFormat::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3's bug), so
    // serials from 61 on are one day ahead of a plain count from 1899-12-31.
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

QVariant XlsxNumberFormat::value(double number, Kind kind, bool date1904)
{
    if (kind == Kind::Date) {
        const QDate d = dateFromSerial(number, date1904);
        if (d.isValid())
            return d;
    } else if (kind == Kind::Time && std::isfinite(number) && number >= 0) {
        const double frac = number - std::floor(number);
        return QTime(0, 0)
            .addSecs(int(std::lround(frac * 86400)) % 86400)
            .toString(QStringLiteral("HH:mm:ss"));
    }
    const double rounded = std::round(number);
    if (rounded == number && std::fabs(number) < 9.0e15)
        return qint64(rounded);
    return number;
}

} // namespace dj
