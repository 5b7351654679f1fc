#pragma once

#include "AssessInputs.h"
#include "AssessResult.h"

#include <vector>

namespace dj {

// The 三位一体 arithmetic of a year, from inputs only:
//   daily = Σ indicator points / Σ maxima × 100 (reviewed values count);
//   party group = mean of the evaluators' scores;
//   report = mean of the ballots, without one highest and one lowest from `trimFrom`;
//   total = Σ weight × component / 100; ranks by total to 2 decimals; then grades.
// A component with no entries is missing (nullopt), not 0: the total is then taken over the
// components present with their weights scaled to 100 %, so it stays comparable, and the row
// is provisional (a draft: ranked and graded among the others but marked, and sealing is
// refused). A row with no weighted component at all has no total: it comes last, unranked
// and ungraded. Components weighted 0 are never missing.
class AssessCalculator
{
public:
    static AssessResult compute(const AssessInputs &in);

    static double mean(const std::vector<double> &v);
    static double trimmedMean(const std::vector<double> &v, int trimFrom);
    // Competition ranks over rows sorted best first: 1, 2, 2, 4.
    static void rank(QList<OrgResult> &rows);
};

} // namespace dj
