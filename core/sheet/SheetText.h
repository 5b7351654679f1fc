#pragma once

#include <QString>

namespace dj::sheettext {

// How wide `text` is in spreadsheet column units: CJK and full-width characters take two,
// others one; the longest line of multi-line text counts.
double displayWidth(const QString &text);

// Whether a spreadsheet program would take this text for a formula (= + - @, or a leading
// tab or carriage return that some programs strip before looking): CSV injection.
bool looksLikeFormula(const QString &text);

// The CSV formula guard, one rule for writing and reading so every text survives the round
// trip. The writer puts a ' before text that looks like a formula, and also before text
// that already starts with ' + a formula (or '' + a formula, …): otherwise the reader would
// take that ' for a guard. The reader takes one ' off exactly when what follows it needs the
// guard, which is only ever text the writer guarded. So "=1+1" is written '=1+1, "'=1+1" is
// written ''=1+1, "'abc" and "-5" as a number are written as they are, and each reads back
// unchanged. (A CSV from elsewhere whose cell is really '=x reads as =x: the same as Excel.)
bool needsCsvGuard(const QString &text);
QString guardCsv(const QString &text);   // with the ' when needsCsvGuard()
QString unguardCsv(const QString &cell); // without our ' (cell as read, unquoted)

// OOXML's escape for characters XML cannot carry (ECMA-376 ST_Xstring): _xHHHH_ stands for
// U+HHHH, and _x005F_ for a literal "_" before something that looks like an escape. Excel,
// WPS and libxlsxwriter write a carriage return as _x000D_.
QString decodeXlsxEscapes(const QString &text);
// Text that would read back changed by decodeXlsxEscapes gets its "_" escaped.
QString protectXlsxEscapes(const QString &text);

} // namespace dj::sheettext
