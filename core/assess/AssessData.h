#pragma once

#include "AssessInputs.h"
#include "AssessResult.h"

namespace dj {

class Database;

// Reads what a year's totals depend on in a few queries: reviewed values, party-group
// marks, and each ballot's first typing (the second where only that exists; grade words
// at the points the assessment gives them now).
class AssessData
{
public:
    static AssessInputs load(Database &db, const QString &assessmentId);
    // load + AssessCalculator::compute.
    static AssessResult compute(Database &db, const QString &assessmentId);
};

} // namespace dj
