#pragma once

#include "Assessment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>

namespace dj {

// One organisation's place in a year's assessment.
struct OrgResult
{
    QString orgId;
    QString code;
    QString name;
    double daily = 0;      // on 100
    double partyGroup = 0; // mean of the evaluators
    double report = 0;     // (trimmed) mean of the 述职 ballots
    double total = 0;      // Σ weight × component
    int rank = 0;          // equal totals to 2 decimals share a rank: 1, 2, 2, 4
    QString grade;         // empty while a quota tie waits for a decision
    bool veto = false;
    bool tie = false;      // the grade waits for the user's decision
    QList<double> areas;   // raw points per area, in the scheme's area order
    int partyGroupMarks = 0;
    int ballots = 0;
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
    QList<OrgResult> rows; // by rank, then code
    QList<TieGroup> ties;
};

// Totals compare as they are shown: to 2 decimals, rounding half up.
inline qint64 centiKey(double total) { return qint64(std::floor(total * 100 + 0.5 + 1e-7)); }

} // namespace dj
