#pragma once

#include "Assessment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

namespace dj {

// One organisation's place in a year's assessment. A component nobody has entered yet is
// nullopt (shown 未录入), never 0; while any weighted component is missing or incomplete the
// total, rank and grade are a draft (provisional()) and the year cannot be sealed.
struct OrgResult
{
    QString orgId;
    QString code;
    QString name;
    std::optional<double> daily;      // on 100; nullopt: no reviewed value at all
    std::optional<double> partyGroup; // mean of the evaluators; nullopt: no mark
    std::optional<double> report;     // (trimmed) mean of the 述职 ballots; nullopt: no ballot
    // Σ weight × component over the weighted components present, their weights scaled up to
    // 100 % (a branch without its 党组评价 is not pushed to the bottom by a made-up 0);
    // meaningless when !scored.
    double total = 0;
    bool scored = false;   // some weighted component has data; else no total, rank 0, no grade
    int rank = 0;          // equal totals to 2 decimals share a rank: 1, 2, 2, 4; 0 when !scored
    QString grade;         // empty while a quota tie waits for a decision, or when !scored
    bool veto = false;
    bool tie = false;      // the grade waits for the user's decision
    QList<double> areas;   // raw points per area, in the scheme's area order
    int partyGroupMarks = 0;
    int ballots = 0;
    // What is still to be entered (only for components with a weight):
    QStringList missing;           // the components with no data: "daily", "party_group", "report"
    QStringList unreviewed;        // codes of indicators with a 自评 value and no 审核 value
    QStringList partyGroupMissing; // evaluators of the year who have not marked this organisation

    bool provisional() const { return !missing.isEmpty() || !unreviewed.isEmpty() || !partyGroupMissing.isEmpty(); }
};

// How much is still missing in a year, per component (for the results header and sealing).
struct AssessGaps
{
    int daily = 0;           // organisations without any reviewed value
    int unreviewed = 0;      // self-assessed values not reviewed, over all organisations
    int partyGroup = 0;      // organisations without a party-group mark
    int partyGroupMarks = 0; // marks missing: evaluators × organisations − marks entered
    int report = 0;          // organisations without a ballot
    int provisional = 0;     // organisations whose total is a draft
    bool any() const { return provisional > 0; }
};

// Organisations with equal totals across a quota boundary: the user decides which of them
// take the better grade; until then they have none.
struct TieGroup
{
    QStringList orgIds;
    double total = 0;
    QStringList grades;      // the grades the boundary separates, better first
    QList<int> places;       // how many of the group the quota gives each of them
    bool decided = false;    // the user's choices for all of them keep the quotas
};

struct AssessResult
{
    int year = 0;
    Weights weights;
    QStringList areas;
    QList<double> areaMaxima;
    QStringList grades;
    QList<OrgResult> rows; // by rank, then code; those without any data last
    QList<TieGroup> ties;
    AssessGaps gaps;
};

// Totals compare as they are shown: to 2 decimals, rounding half up.
inline qint64 centiKey(double total) { return qint64(std::floor(total * 100 + 0.5 + 1e-7)); }
// Every score shown or printed: 2 decimals rounded the same way (74.1461111 → "74.15"); the
// stored and computed values keep their full precision.
inline QString twoDecimals(double v) { return QString::number(double(centiKey(v)) / 100.0, 'f', 2); }
// Points: at most 2 decimals, no trailing zeros (6.857142 → "6.86", 10 → "10").
inline QString roundedPoints(double v) { return QString::number(double(centiKey(v)) / 100.0, 'g', 15); }

} // namespace dj
