// Fuzz target "xlsx": a workbook as the people and organisation imports read it — the zip
// (ZipArchive over the system minizip, with its zip-bomb limits), the relationships, the
// workbook, shared strings, styles and the first visible sheet (XlsxReader), then the header
// row search (SheetGrid). Stored entries get their checksums fixed first (FuzzInput.h).
#include "FuzzInput.h"
#include "common/Error.h"
#include "sheet/XlsxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString sheet = dj::fuzz::scratchFile(QStringLiteral("input.xlsx"));
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    dj::fuzz::fixStoredZipCrcs(bytes);
    dj::fuzz::writeInput(sheet, bytes);
    try {
        int firstDataRow = 0;
        const dj::SheetTable table = dj::XlsxReader::read(sheet, &firstDataRow);
        (void)table;
    } catch (const dj::Error &e) {
        dj::fuzz::refused(e.what());
    }
    return 0;
}
