#include "SheetText.h"

#include <QRegularExpression>
#include <cctype>

namespace dj::sheettext {

namespace {
// East Asian wide and full-width ranges of the BMP; characters outside it (CJK extension B
// and later) arrive as surrogate pairs and are counted below.
bool isWide(char16_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6);
}
} // namespace

double displayWidth(const QString &text)
{
    double widest = 0, line = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n') {
            widest = qMax(widest, line);
            line = 0;
        } else if (ch.isHighSurrogate() || isWide(c)) {
            line += 2;
        } else if (!ch.isLowSurrogate()) {
            line += 1;
        }
    }
    return qMax(widest, line);
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsCsvGuard(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return looksLikeFormula(text.mid(i));
}

QString guardCsv(const QString &text)
{
    return needsCsvGuard(text) ? QLatin1Char('\'') + text : text;
}

QString unguardCsv(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && needsCsvGuard(cell.mid(1)) ? cell.mid(1) : cell;
}

namespace {
const QRegularExpression &xlsxEscape()
{
    static const QRegularExpression re(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    return re;
}
} // namespace

QString decodeXlsxEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    qsizetype from = 0;
    for (auto it = xlsxEscape().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString protectXlsxEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    // Every "_" that starts an escape is itself escaped, overlapping ones included
    // ("_x0041_x0042_" has two): then the only escapes left are the ones put in here.
    const auto startsEscape = [&](qsizetype p) {
        if (p + 7 > text.size() || text.at(p + 1) != QLatin1Char('x') || text.at(p + 6) != QLatin1Char('_'))
            return false;
        for (qsizetype i = p + 2; i < p + 6; ++i)
            if (text.at(i).unicode() > 0x7F || !std::isxdigit(int(text.at(i).unicode())))
                return false;
        return true;
    };
    QString out;
    out.reserve(text.size() + 7);
    for (qsizetype p = 0; p < text.size(); ++p) {
        if (text.at(p) == QLatin1Char('_') && startsEscape(p))
            out += QLatin1String("_x005F_");
        else
            out += text.at(p);
    }
    return out;
}

} // namespace dj::sheettext
