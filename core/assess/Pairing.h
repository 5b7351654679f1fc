#pragma once

#include "AssessResult.h"
#include "AssessmentRepository.h"

namespace dj {

// 差异捆绑: next year's 联学联建 pairs, strongest with weakest — the best-placed with the
// worst-placed, the second with the second-last, and so on, so each pair spans the grade
// groups. With an odd count the middle organisation joins the weakest one as a second
// partner. The user adjusts the suggestion before keeping it.
class Pairing
{
public:
    static QList<AssessPair> suggest(const AssessResult &result);
};

} // namespace dj
