#pragma once

#include "AssessResult.h"
#include "Grading.h"

#include <QHash>

namespace dj {

// Gives each organisation its grade. `rows` are ordered by total, best first (veto rows
// anywhere). A veto always takes the lowest grade. Under quotas, equal totals (2 decimals)
// across a boundary are never split silently: they form a TieGroup and wait for `choices`
// (org id → grade) that keep the quotas; then they take the chosen grades.
class Grader
{
public:
    static void assign(QList<OrgResult> &rows, const Grading &grading,
                       const QHash<QString, QString> &choices, QList<TieGroup> *ties);

private:
    static void byThreshold(QList<OrgResult> &rows, const Grading &grading);
    static void byQuota(QList<OrgResult> &rows, const Grading &grading,
                        const QHash<QString, QString> &choices, QList<TieGroup> *ties);
};

} // namespace dj
