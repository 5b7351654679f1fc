#include "CellParser.h"

#include "SheetGrid.h"
#include "XlsxNumberFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::CellParser)
};

constexpr int kMinYear = 1900, kMaxYear = 2100;

CellParser::Date made(int y, int m, int d, bool monthOnly, const QString &what,
                      const QString &shown)
{
    const QDate date(y, m, monthOnly ? 1 : d);
    if (y < kMinYear || y > kMaxYear || !date.isValid())
        return {{}, false, Tr::tr("%1 \"%2\" is not a real date.").arg(what, shown)};
    return {date, monthOnly, {}};
}

CellParser::Date unreadable(const QString &what, const QString &shown)
{
    return {
        {}, false, Tr::tr("%1 \"%2\" is not a date; write it like 1985-03-02.").arg(what, shown)};
}

CellParser::Date onlyYear(const QString &what, const QString &shown)
{
    return {{},
            false,
            Tr::tr("%1 \"%2\" gives only a year; write the month too (1985-03 or 1985-03-02).")
                .arg(what, shown)};
}

CellParser::Date fromNumber(double n, const QString &what)
{
    const QString shown = SheetGrid::text(n);
    const double whole = std::floor(n);
    if (whole == n) {
        const qint64 i = qint64(n);
        if (i >= 19000101 && i <= 21001231)
            return made(int(i / 10000), int(i / 100 % 100), int(i % 100), false, what, shown);
        if (i >= 190001 && i <= 210012)
            return made(int(i / 100), int(i % 100), 1, true, what, shown);
        if (i >= kMinYear && i <= kMaxYear)
            return onlyYear(what, shown);
        if (i >= 10000 &&
            i <= 73415) // a date whose cell lost its date format: a 1900-system serial
            return {XlsxNumberFormat::dateFromSerial(n, false), false, {}};
        return unreadable(what, shown);
    }
    // 1985.03 typed into a cell becomes the number 1985.03; 1985.10 becomes 1985.1, which
    // cannot be told from January, so that one is refused.
    const int month = int(std::lround((n - whole) * 100));
    if (whole >= kMinYear && whole <= kMaxYear && std::fabs((n - whole) * 100 - month) < 1e-6) {
        if (month == 10)
            return {{},
                    false,
                    Tr::tr("%1 %2 was stored as a number, so January and October look the same; "
                           "format the column as text and write 1985.01 or 1985.10.")
                        .arg(what, shown)};
        if (month >= 1 && month <= 12)
            return made(int(whole), month, 1, true, what, shown);
    }
    return unreadable(what, shown);
}
} // namespace

QString CellParser::halfWidth(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        else if (c.unicode() == 0x3000)
            c = QLatin1Char(' ');
    }
    return s;
}

CellParser::Date CellParser::date(const QVariant &cell, const QString &what)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QDate:
        return made(cell.toDate().year(), cell.toDate().month(), cell.toDate().day(), false, what,
                    cell.toDate().toString(Qt::ISODate));
    case QMetaType::QDateTime:
        return made(cell.toDateTime().date().year(), cell.toDateTime().date().month(),
                    cell.toDateTime().date().day(), false, what, SheetGrid::text(cell));
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return fromNumber(cell.toDouble(), what);
    default:
        break;
    }
    const QString shown = cell.toString().trimmed();
    const QString s = halfWidth(shown).trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})?$"));
    static const QRegularExpression separated(QStringLiteral(
        "^([0-9]{4})\\s*(?:[-/.年]\\s*([0-9]{1,2})\\s*(?:[-/.月]\\s*([0-9]{1,2})\\s*日?|月)?)?"
        "(?:[ T]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)?$"));
    QRegularExpressionMatch m = compact.match(s);
    if (!m.hasMatch())
        m = separated.match(s);
    if (!m.hasMatch())
        return unreadable(what, shown);
    if (m.captured(2).isEmpty())
        return onlyYear(what, shown);
    const bool monthOnly = m.captured(3).isEmpty();
    return made(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), monthOnly,
                what, shown);
}

QString CellParser::idNumber(const QVariant &cell, bool *numeric)
{
    const int type = cell.typeId();
    *numeric = type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int;
    QString s = halfWidth(SheetGrid::text(cell));
    s.remove(QLatin1Char(' '));
    if (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    return s.toUpper();
}

QString CellParser::phone(const QVariant &cell)
{
    QString s = halfWidth(SheetGrid::text(cell)).trimmed();
    if (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    return s;
}

std::optional<QChar> CellParser::gender(const QString &text)
{
    const QString s = halfWidth(text).trimmed().toLower();
    if (s == QStringLiteral("男") || s == QStringLiteral("男性") || s == QLatin1String("m") ||
        s == QLatin1String("male") || s == QLatin1String("1"))
        return QLatin1Char('M');
    if (s == QStringLiteral("女") || s == QStringLiteral("女性") || s == QLatin1String("f") ||
        s == QLatin1String("female") || s == QLatin1String("2"))
        return QLatin1Char('F');
    return std::nullopt;
}

std::optional<Standing> CellParser::standing(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == QStringLiteral("正式党员") || s == QStringLiteral("正式") ||
        s == QLatin1String("full"))
        return Standing::Full;
    if (s == QStringLiteral("预备党员") || s == QStringLiteral("预备") ||
        s == QLatin1String("probationary"))
        return Standing::Probationary;
    return std::nullopt;
}

std::optional<CadreKind> CellParser::cadre(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty() || s == QStringLiteral("否") || s == QStringLiteral("无") ||
        s == QStringLiteral("不是") || s == QStringLiteral("非") || s == QLatin1String("-") ||
        s == QLatin1String("no") || s == QLatin1String("none"))
        return CadreKind::None;
    if (s.startsWith(QStringLiteral("专职")) || s == QLatin1String("full-time") ||
        s == QLatin1String("full_time"))
        return CadreKind::FullTime;
    if (s.startsWith(QStringLiteral("兼职")) || s == QLatin1String("part-time") ||
        s == QLatin1String("part_time"))
        return CadreKind::PartTime;
    return std::nullopt;
}

QString CellParser::ethnicity(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty() || s.endsWith(QStringLiteral("族")) || s.size() > 4 ||
        s == QStringLiteral("其他") || s.at(0).unicode() < 0x4E00)
        return s;
    return s + QStringLiteral("族");
}

} // namespace dj
