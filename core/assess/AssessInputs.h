#pragma once

#include "Assessment.h"
#include "Scheme.h"

#include <QString>
#include <QStringList>
#include <limits>
#include <vector>

namespace dj {

// Everything the total of a year depends on, read in one go (AssessData) and computed
// without the database (AssessCalculator): tests build it by hand.
struct AssessInputs
{
    struct Org
    {
        QString id;
        QString code;
        QString name;
        QString gradeChoice; // the user's decision where a quota boundary ties
    };

    Assessment assessment;
    Scheme scheme;
    QList<Org> orgs;
    // Reviewed values (审核), org-major: review[o * indicators + i]; NaN where none.
    std::vector<double> review;
    std::vector<std::vector<double>> partyGroup; // per org: each evaluator's score
    std::vector<QStringList> markedBy;           // per org: the evaluators of those scores
    QStringList evaluators;                      // everyone who marked anyone this year
    std::vector<std::vector<double>> ballots;    // per org: each ballot's score (first typing)
    std::vector<std::vector<int>> unreviewed;    // per org: indicators with 自评 and no 审核

    void resize()
    {
        const size_t n = size_t(orgs.size());
        review.assign(n * size_t(scheme.indicators.size()), std::numeric_limits<double>::quiet_NaN());
        partyGroup.assign(n, {});
        markedBy.assign(n, {});
        ballots.assign(n, {});
        unreviewed.assign(n, {});
    }
};

} // namespace dj
