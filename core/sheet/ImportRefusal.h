#pragma once

#include <QString>

namespace dj {

// The all-or-nothing rule of every sheet import: with rows that have problems, nothing is
// imported unless only the valid rows were asked for. Throws dj::Error(Invalid) naming how
// many rows are bad and the first reason.
void refuseIfAnyBad(int bad, int rows, int firstBadRow, const QString &firstProblem, bool validOnly);

// The same over an import report (ImportReport, OrgImportReport).
template <class Report>
void refuseIfAnyBad(const Report &report, bool validOnly)
{
    for (const auto &r : report.rows) {
        if (!r.ok()) {
            refuseIfAnyBad(report.problemCount(), int(report.rows.size()), r.sheetRow, r.problems.first(), validOnly);
            return;
        }
    }
}

} // namespace dj
