#pragma once

#include "SheetGrid.h"
#include "SheetTable.h"

namespace dj {

// Reads a spreadsheet for import, choosing the reader by the file's first bytes rather than
// its name: a zip is read as .xlsx, a compound file as an old .xls (XlsReader), text as CSV.
// An .ods, a web page named .xls or anything else gets a message saying what to do instead.
class SheetFile
{
public:
    // Throws dj::Error: NotFound (unreadable), NotOurFile (not a spreadsheet), Corrupt
    // (damaged, too large, a zip bomb, an empty sheet). `firstDataRow` as in XlsxReader.
    static SheetTable read(const QString &path, int *firstDataRow = nullptr,
                           const SheetGrid::Progress &progress = {});
};

} // namespace dj
