#pragma once

#include "SheetGrid.h"
#include "SheetTable.h"

namespace dj {

struct XlsLimits
{
    qint64 maxFileBytes = SheetGrid::MaxFileBytes;
    int maxCellChars = SheetGrid::MaxCellChars;
    int maxRows = SheetGrid::MaxRows;
    qint64 maxCells = SheetGrid::MaxCells;
};

// Reads an old Excel 97-2003 workbook (.xls, BIFF) with the system FreeXL into a SheetTable:
// the first visible worksheet, as XlsxReader chooses it (XlsSheetList tells which sheets are
// hidden); shared strings; whole numbers kept exact; dates, whatever their number format,
// as QDate (FreeXL reads the formats and the 1900/1904 system). A password-protected,
// damaged or truncated file, or a compound file that is no workbook, is refused with
// dj::Error naming the file; so is one over the size, row or cell limits.
class XlsReader
{
public:
    using Limits = XlsLimits;

    // `firstDataRow` receives the sheet row number (1-based) of the table's first row.
    static SheetTable read(const QString &path, int *firstDataRow = nullptr,
                           const SheetGrid::Progress &progress = {}, const Limits &limits = {});
};

} // namespace dj
