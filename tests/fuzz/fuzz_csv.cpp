// Fuzz target "csv": a CSV or tab-separated file as the imports read it — encoding detection
// (BOM, UTF-8, GB18030), delimiter sniffing, the RFC 4180 scanner (CsvReader), then the
// header row search (SheetGrid).
#include "FuzzInput.h"
#include "common/Error.h"
#include "sheet/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString sheet = dj::fuzz::scratchFile(QStringLiteral("input.csv"));
    dj::fuzz::writeInput(sheet, data, size);
    try {
        int firstDataRow = 0;
        const dj::SheetTable table = dj::CsvReader::read(sheet, &firstDataRow);
        (void)table;
    } catch (const dj::Error &e) {
        dj::fuzz::refused(e.what());
    }
    return 0;
}
