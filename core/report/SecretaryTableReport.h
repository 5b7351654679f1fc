#pragma once

#include "Report.h"

namespace dj {
class Database;
}

namespace dj::report {

// 党支部书记抓基层党建考核参考表: each assessed branch's secretary with the branch's total, rank
// and grade, for the annual appraisal of cadres. Portrait A4.
class SecretaryTableReport
{
public:
    static Report build(Database &db, int year);
};

} // namespace dj::report
