#pragma once

#include <QDate>
#include <QString>

// The checks behind dj::limits: text length and characters, numbers in range. Every field
// a person can type or import passes through one of these before it is stored, so a
// message always names the field and the limit.
namespace dj::fieldcheck {

// Multi-line text (notes, 履责纪实) may hold tabs and line breaks; one-line text may not.
enum class Lines { One, Many };

// What is wrong with `value` as the text of `field` (a translated label that starts a
// sentence, such as tr("The name")), or an empty string: longer than `max` UTF-16 units,
// a NUL or other control character (C0, DEL, C1; tab, LF and CR are allowed in multi-line
// text), a direction embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), or half
// of a surrogate pair (which no file format could store).
QString problem(const QString &field, const QString &value, int max, Lines lines = Lines::One);
// Throws dj::Error(Invalid) with problem() when there is one.
void text(const QString &field, const QString &value, int max, Lines lines = Lines::One);

// What is wrong with `value` for `field`: not a finite number, or outside min–max.
QString rangeProblem(const QString &field, double value, double min, double max);
void range(const QString &field, double value, double min, double max);

// What is wrong with a date given for `field`: a year outside DateYearMin–DateYearMax (an
// invalid date means "not given" and is fine).
QString dateProblem(const QString &field, const QDate &date);

} // namespace dj::fieldcheck
