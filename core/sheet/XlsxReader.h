#pragma once

#include "SheetGrid.h"
#include "SheetTable.h"
#include "ZipArchive.h"

namespace dj {

struct XlsxLimits
{
    qint64 maxEntryBytes = qint64(200) << 20; // a part of the zip, unpacked
    int maxRatio = 200;                       // compression ratio above which a part is a zip bomb
    int maxCellChars = SheetGrid::MaxCellChars;
    int maxRows = SheetGrid::MaxRows;
    qint64 maxCells = SheetGrid::MaxCells;
};

// Reads the first visible worksheet of an .xlsx (Excel, WPS, LibreOffice, .NET writers) into
// a SheetTable with the system minizip and QXmlStreamReader: shared and inline strings with
// rich-text runs, rows and cells without `r`, any namespace prefix, the 1900 and 1904 date
// systems, dates recognised from the cell's number format, merged ranges filled with their
// value. Bad input is refused with dj::Error before it costs memory: not a zip, no workbook,
// a zip bomb, a cell over 1 MB, more than a million rows.
class XlsxReader
{
public:
    using Limits = XlsxLimits;

    // `firstDataRow` receives the sheet row number (1-based) of the table's first row.
    static SheetTable read(const QString &path, int *firstDataRow = nullptr,
                           const SheetGrid::Progress &progress = {}, const Limits &limits = {});
};

} // namespace dj
