#pragma once

#include "Scheme.h"

#include <optional>

namespace dj::indicatorrules {

// Throws dj::Error(Invalid) naming the field: empty code or name, text too long or with
// control characters, a maximum outside 0–100, points over 100, a target over 10⁶,
// a veto with points, deduct/add without points per occurrence, a ratio without a target.
void checkIndicator(const Indicator &i);
// The scheme's own fields: a name, lengths, years (0 or 2000–2100, in order).
void checkSchemeInfo(const Scheme &s);
// checkSchemeInfo(), every indicator, unique codes, at least one indicator and a positive total.
void checkScheme(const Scheme &s);

// The entered value as the rule reads it; throws dj::Error(Invalid) naming the indicator:
// a judged score outside 0..max, a negative or fractional count, met other than 0/1.
void checkValue(const Indicator &i, double value);
// Text typed in a sheet or a cell: a number; for 达标 also 是/否/达标/未达标/√/×.
double parseValue(const Indicator &i, const QString &text);

// The points an indicator gives; no value (nothing entered) reads as none happened:
// deduct gives the maximum, every other rule 0.
double score(const Indicator &i, std::optional<double> value);
// True when a veto indicator has an occurrence.
bool vetoes(const Indicator &i, std::optional<double> value);

// Numbers as a person writes them: 2.5, 3, 0.25 (no trailing zeros).
QString number(double v);

} // namespace dj::indicatorrules
