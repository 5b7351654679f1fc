#include "EvidenceName.h"

#include <QCoreApplication>
#include <QStringList>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::EvidenceName)
};

// Characters that have no place in a file name: controls (U+0000–U+001F, U+007F–U+009F),
// format characters (the direction marks U+200E/F, U+202A–U+202E, U+2066–U+2069, zero-width
// ones, BOM), line and paragraph separators, lone surrogates and noncharacters.
bool dropped(char32_t c)
{
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool forbiddenOnWindows(char32_t c)
{
    return c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*';
}

bool isAsciiLetter(QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); }

bool plainExtension(const QString &ext)
{
    if (ext.isEmpty() || ext.size() > 10)
        return false;
    for (QChar c : ext)
        if (!(isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    return true;
}

// Leading dots and spaces (hidden files, "..") and trailing ones (Windows drops them, so
// "x.exe." would be x.exe there).
QString trimDotsAndSpaces(QString s)
{
    qsizetype from = 0, to = s.size();
    while (from < to && (s.at(from) == QLatin1Char('.') || s.at(from).isSpace()))
        ++from;
    while (to > from && (s.at(to - 1) == QLatin1Char('.') || s.at(to - 1).isSpace()))
        --to;
    return s.mid(from, to - from);
}

// CON, PRN, AUX, NUL, COM0–9, LPT0–9 (and CONIN$/CONOUT$) name devices on Windows whatever
// follows the first dot.
bool reservedOnWindows(const QString &name)
{
    QString base = name.section(QLatin1Char('.'), 0, 0);
    while (!base.isEmpty() && base.back().isSpace())
        base.chop(1);
    base = base.toUpper();
    static const QStringList devices = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (devices.contains(base))
        return true;
    return base.size() == 4 && (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT"))) &&
           base.at(3).isDigit() && base.at(3).unicode() < 0x80;
}

bool fits(const QString &s) { return s.size() <= EvidenceName::MaxUnits && s.toUtf8().size() <= EvidenceName::MaxBytes; }

// Removes whole code points from the end until `stem + tail` fits the caps.
QString shorten(QString stem, const QString &tail)
{
    while (!stem.isEmpty() && !fits(stem + tail))
        stem.chop(stem.size() >= 2 && stem.back().isLowSurrogate() && stem.at(stem.size() - 2).isHighSurrogate() ? 2 : 1);
    return stem;
}
} // namespace

QString EvidenceName::clean(const QString &name)
{
    // Only the last part of a path counts, whichever slash it uses (UNC \\server\share too).
    QString s = name;
    s.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = s.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    s = parts.isEmpty() ? QString() : parts.last();
    if (s.size() >= 2 && s.at(1) == QLatin1Char(':') && isAsciiLetter(s.at(0)))
        s.remove(0, 2); // "C:x.bat" is x.bat in the current folder of drive C

    QString kept;
    kept.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        if (dropped(c))
            continue;
        if (forbiddenOnWindows(c))
            kept += QLatin1Char('_'); // also ends an NTFS stream name ("x.pdf:y.exe")
        else
            kept += QString::fromUcs4(&c, 1);
    }
    kept = trimDotsAndSpaces(kept);

    QString stem = kept, ext;
    if (const qsizetype dot = kept.lastIndexOf(QLatin1Char('.')); dot > 0 && plainExtension(kept.mid(dot + 1))) {
        stem = kept.left(dot);
        ext = kept.mid(dot + 1);
    }
    const QString tail = ext.isEmpty() ? QString() : QLatin1Char('.') + ext;
    if (reservedOnWindows(stem))
        stem.prepend(QLatin1Char('_'));
    stem = trimDotsAndSpaces(shorten(stem, tail));
    if (reservedOnWindows(stem)) // only when shortening left just the device name
        stem.prepend(QLatin1Char('_'));
    if (stem.isEmpty())
        stem = Tr::tr("attachment");
    return stem + tail;
}

QString EvidenceName::extension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {};
    const QString ext = name.mid(dot + 1);
    return plainExtension(ext) ? ext.toLower() : QString();
}

bool EvidenceName::canOpen(const QString &name)
{
    static const QStringList documents = {
        QStringLiteral("pdf"), QStringLiteral("ofd"),  QStringLiteral("doc"),  QStringLiteral("docx"),
        QStringLiteral("wps"), QStringLiteral("xls"),  QStringLiteral("xlsx"), QStringLiteral("et"),
        QStringLiteral("ppt"), QStringLiteral("pptx"), QStringLiteral("dps"),  QStringLiteral("txt"),
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("gif"),
        QStringLiteral("bmp"), QStringLiteral("tif"),  QStringLiteral("tiff")};
    return documents.contains(extension(clean(name)));
}

QString EvidenceName::visible(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (out.size() >= 80) {
            out += QStringLiteral("…");
            break;
        }
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (dropped(c))
            out += QStringLiteral("<U+%1>").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace dj
