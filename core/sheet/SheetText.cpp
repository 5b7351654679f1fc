#include "SheetText.h"

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

} // namespace dj::sheettext
