#pragma once

#include <QDate>

namespace dj {
class Database;
}

namespace dj::demo {

// The demo's quantitative assessment: the built-in scheme; last year's assessment finished
// (reviewed values, self-assessments, party-group marks, 15 述职 ballots per branch, grades by
// quota with any boundary tie decided, pairs) and sealed; this year's in progress (part of
// the values entered, some marks, ballots typed twice with one disagreement left to fix).
// Every branch has a strength that carries through all its numbers, so ranks are plausible.
// Deterministic for a seed.
void fillAssessment(Database &db, const QDate &today, quint32 seed);
// This year's 满意度测评 of the 机关党委: branch answers as counts, members' paper ballots.
void fillSatisfaction(Database &db, int year, int branches, quint32 seed);

} // namespace dj::demo
