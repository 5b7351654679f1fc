#pragma once

#include "SheetTable.h"

#include <functional>

namespace dj {

// Cells as a reader found them (row i is sheet row i + 1), turned into a SheetTable: the
// header row is found (title rows above it skipped), sub-header rows below a merged header
// are folded into it, and trailing empty rows and columns are dropped.
class SheetGrid
{
public:
    // Reader progress: `done` of `total` (bytes); returning false cancels the read.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr int MaxRows = 1000000;
    static constexpr int MaxCellChars = 1 << 20;
    static constexpr qint64 MaxCells = 10000000; // about 320 MB of cells: far above any roster
    static constexpr qint64 MaxFileBytes = qint64(200) << 20; // a CSV file, an .xlsx part
    // Refuses a sheet whose cells (counting the empty ones before the last in each row)
    // would pass `limit`.
    static void checkCells(qint64 cells, const QString &file, qint64 limit = MaxCells);

    // `firstDataRow` receives the 1-based sheet row number of table.rows[0].
    static SheetTable toTable(QList<QVariantList> grid, const QString &name, int *firstDataRow);
    // A cell as text: strings trimmed, whole numbers without ".0", dates as yyyy-MM-dd.
    static QString text(const QVariant &cell);
    // "A", "B", ... "AA" for a 0-based column index.
    static QString columnName(int column);
    // The message and error for a cancelled read.
    [[noreturn]] static void cancelled();
};

} // namespace dj
