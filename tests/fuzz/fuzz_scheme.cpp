// Fuzz target "scheme": an indicator scheme sheet as `scheme import` and the GUI read it
// (SchemeSheet::read): the file sniffed by its first bytes (SheetFile: .xlsx or CSV), the
// columns matched by header, every row checked (IndicatorRules).
#include "FuzzInput.h"
#include "assess/SchemeSheet.h"
#include "common/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // .csv: a zip is still read as a workbook (SheetFile goes by content), and text as CSV.
    static const QString sheet = dj::fuzz::scratchFile(QStringLiteral("scheme.csv"));
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK"))
        dj::fuzz::fixStoredZipCrcs(bytes); // as in fuzz_xlsx.cpp
    dj::fuzz::writeInput(sheet, bytes);
    try {
        const dj::Scheme scheme = dj::SchemeSheet::read(sheet, QStringLiteral("fuzz"));
        (void)scheme;
    } catch (const dj::Error &e) {
        dj::fuzz::refused(e.what());
    }
    return 0;
}
