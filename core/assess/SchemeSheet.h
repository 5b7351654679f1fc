#pragma once

#include "Scheme.h"
#include "sheet/SheetTable.h"

namespace dj {

// An indicator scheme as a spreadsheet, the way offices keep it:
//   一级指标, 指标编号, 考核指标, 分值, 评分方式, 每次分值, 目标值, 评分标准 (, 佐证材料)
// An area name in a merged cell or left blank continues from the row above; 评分方式 is one
// of 评分/扣分/加分/达标/比例/否决. Errors name the row and column.
class SchemeSheet
{
public:
    static QStringList headers();
    static SheetTable toTable(const Scheme &s);
    // Throws dj::Error(Invalid) "Row 7, column D (分值): …"; `name` names the scheme.
    static Scheme fromTable(const SheetTable &table, int firstDataRow, const QString &name);
    static Scheme read(const QString &path, const QString &name);
    static void write(const Scheme &s, const QString &path);
};

} // namespace dj
