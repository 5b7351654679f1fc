// Fuzz target "xls": an old Excel 97-2003 workbook as the imports read it — the compound file
// and BOUNDSHEET records (XlsSheetList, our own parser: which sheets are hidden), the whole
// workbook through the system FreeXL, the first visible sheet's cells (XlsReader), then the
// header row search (SheetGrid).
#include "FuzzInput.h"
#include "common/Error.h"
#include "sheet/XlsReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString sheet = dj::fuzz::scratchFile(QStringLiteral("input.xls"));
    dj::fuzz::writeInput(sheet, data, size);
    try {
        int firstDataRow = 0;
        const dj::SheetTable table = dj::XlsReader::read(sheet, &firstDataRow);
        (void)table;
    } catch (const dj::Error &e) {
        dj::fuzz::refused(e.what());
    }
    return 0;
}
