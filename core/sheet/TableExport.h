#pragma once

#include "SheetTable.h"

#include <functional>
#include <optional>

namespace dj {

class Database;

// The tables a user exports to a spreadsheet: the member roster (people) and the
// organisations, with the columns a party-affairs officer expects (姓名, 性别, ... 联系电话;
// 组织名称 ... 书记/负责人). Rows are produced in chunks so that writing 120,000 people to a
// file never holds the whole table in memory.
class TableExport
{
public:
    enum class Table { People, Orgs };
    // "people" or "orgs"; nothing for any other name.
    static std::optional<Table> tableNamed(const QString &name);

    static QString title(Table t); // the sheet name
    static QStringList headers(Table t);

    // Calls `row(cells, done, total)` for every row in order; it returns false to stop.
    // `subtreeOf` (an organisation id, empty for all) keeps the people of that organisation
    // and every organisation below it, or for Orgs that organisation and those below it.
    // Returns false when stopped.
    using RowFn = std::function<bool(const QVariantList &cells, int done, int total)>;
    static bool forEachRow(Database &db, Table t, const QString &subtreeOf, const RowFn &row);

    // The whole table in memory (for small tables and tests).
    static SheetTable build(Database &db, Table t, const QString &subtreeOf = {});

    // Streams the table to an .xlsx or .csv file (by extension); `progress(done, total)`
    // returning false cancels and leaves no file. Returns false when cancelled.
    static bool write(Database &db, Table t, const QString &subtreeOf, const QString &path,
                      const std::function<bool(int done, int total)> &progress = {});
};

} // namespace dj
