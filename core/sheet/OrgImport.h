#pragma once

#include "OrgMapping.h"
#include "SheetTable.h"
#include "org/Organization.h"

namespace dj {

class Database;

// One sheet row as the organisation import sees it: the organisation it would add, or why
// it cannot.
struct OrgImportRow
{
    int sheetRow = 0; // 1-based, as the spreadsheet program numbers it
    Organization org; // parentId is set when the parent is already in the data file
    int parentIndex = -1; // the parent's index in OrgImportReport::rows, when in the sheet
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

struct OrgImportReport
{
    QList<OrgImportRow> rows; // every non-empty row, in sheet order
    int validCount() const;
    int problemCount() const { return int(rows.size()) - validCount(); }
};

// Import of organisations from a sheet (such as the one TableExport writes): guess the
// column mapping, check every row (type, unique code, parent in the data file or anywhere
// in the sheet, type allowed under the parent, dates, term), then add all rows or only the
// valid ones in one transaction, parents before children.
class OrgImport
{
public:
    explicit OrgImport(Database &db) : m_db(db) {}

    static OrgMapping guessMapping(const QStringList &headers)
    {
        return OrgMapping::guess(headers);
    }

    // Throws dj::Error(Invalid) for an unusable mapping (OrgMapping::check). A row whose
    // parent row has problems has a problem too, so the valid rows can always be imported.
    // `firstDataRow` is the sheet row number of table.rows[0].
    OrgImportReport validate(const SheetTable &table, const OrgMapping &mapping,
                             int firstDataRow = 2) const;

    // One transaction. With problems in the report and !validOnly nothing is added and
    // dj::Error(Invalid) says how many rows are bad and the first reason. When a row fails
    // on insert everything is rolled back and the error names the row. Returns the ids of
    // the organisations added, in the order they were added (parents first).
    QStringList import(const OrgImportReport &report, bool validOnly);

private:
    Database &m_db;
};

} // namespace dj
