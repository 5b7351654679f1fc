#pragma once

#include "assess/Assessment.h"
#include "assess/AssessmentRepository.h"
#include "assess/Scheme.h"

#include <QString>

namespace dj {
class Database;
}

namespace dj::report {

// What the printed forms of the yearly assessment (量化考核) share: the year's assessment,
// numbers as the forms print them and who heads an assessed organisation.
class AssessFormData
{
public:
    // The assessment of `year`; throws NotFound saying how to create one.
    static Assessment assessment(Database &db, int year);

    // Totals and components: always 2 decimals, rounded half up as ranks compare them
    // (95.2625 → "95.26"; centiKey in AssessResult.h).
    static QString twoDecimals(double v);
    // An indicator's points: at most 2 decimals, no trailing zeros ("9.5", "6.86", "10").
    static QString points(double v);

    // The organisations assessed in `assessmentId` in the order of the tree (parents first,
    // siblings by sort order), as the forms list them.
    static QList<AssessedOrg> orgsInTreeOrder(Database &db, const QString &assessmentId);
    // The name of the 机关党委 that runs the assessment: the file's organ committee, else
    // the office name with 机关党委.
    static QString committeeName(Database &db);

    // The 党支部书记 (党总支书记 for a 党总支) in office on 31 December of `year`;
    // "（空缺）" when nobody holds the post then.
    static QString secretaryAtYearEnd(Database &db, const AssessedOrg &org, int year);

    // "测试方案（第2版）"; the revision only from the second one on.
    static QString schemeTitle(const Scheme &scheme);
};

} // namespace dj::report
