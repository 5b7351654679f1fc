#pragma once

#include "Satisfaction.h"
#include "sheet/SheetTable.h"

namespace dj {

// Satisfaction ballots typed into a sheet, one row per ballot: 票号, 测评人类别 (党支部/党员),
// 有效 (optional; 否 marks a spoiled ballot), then one column per item in the survey's order
// holding an option word or nothing. Throws dj::Error(Invalid) naming the row and column.
class SatisfactionSheet
{
public:
    static QList<SatisfactionBallot> read(const SheetTable &t, int firstDataRow, const SatisfactionSurvey &survey);
};

} // namespace dj
