#pragma once

#include <QString>

namespace dj::sheettext {

// How wide `text` is in spreadsheet column units: CJK and full-width characters take two,
// others one; the longest line of multi-line text counts.
double displayWidth(const QString &text);

// Whether a spreadsheet program would take this text for a formula (= + - @, or a leading
// tab or carriage return that some programs strip before looking): CSV injection.
bool looksLikeFormula(const QString &text);

} // namespace dj::sheettext
