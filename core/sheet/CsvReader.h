#pragma once

#include "SheetGrid.h"
#include "SheetTable.h"

#include <QStringDecoder>

namespace dj {

// Reads a CSV (or tab-separated) file into a SheetTable, streaming: UTF-8 with or without a
// byte order mark, UTF-16 with one (Excel's "Unicode text"), and GB18030/GBK when the bytes
// are not UTF-8 (WPS and Excel on Chinese Windows save CSV that way). The delimiter (, ; or
// tab) is sniffed from the first lines; quotes follow RFC 4180, with line breaks inside
// quoted cells. A cell over 1 MB or more than a million rows is refused with dj::Error.
class CsvReader
{
public:
    // `firstDataRow` receives the record number (1-based) of the table's first row.
    static SheetTable read(const QString &path, int *firstDataRow = nullptr,
                           const SheetGrid::Progress &progress = {});
    // The encoding of `path`: a BOM, else UTF-8 if every byte sequence is valid, else GB18030
    // (or the system's 8-bit encoding where Qt has no GB18030). Returns the decoder's name.
    static QByteArray detectEncoding(const QString &path);
    // The delimiter that splits the first lines of `text` most consistently.
    static QChar sniffDelimiter(QStringView text);
};

} // namespace dj
