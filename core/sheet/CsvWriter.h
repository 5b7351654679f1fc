#pragma once

#include "SheetTable.h"

#include <functional>
#include <memory>

namespace dj {

// Writes a table as CSV the way WPS and Excel in China open it without asking: UTF-8 with a
// byte order mark, CRLF line ends, RFC 4180 quoting, dates as yyyy-mm-dd. Text that a
// spreadsheet would run as a formula (= + - @, leading tab/CR) gets a ' in front, which
// CsvReader takes off again (sheettext::needsCsvGuard says exactly when).
// Streams through QSaveFile: nothing appears at `path` until commit().
class CsvWriter
{
public:
    CsvWriter(const QString &path, const QStringList &headers);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void addRow(const QVariantList &cells);
    void commit();

    // The whole table; `progress(done, total)` returning false cancels. Returns false when
    // cancelled, throws dj::Error when the file cannot be written.
    static bool write(const SheetTable &table, const QString &path,
                      const std::function<bool(int done, int total)> &progress = {});

    // One cell as it appears in the file (quoted when needed, guarded against formulas).
    static QString field(const QVariant &cell);

private:
    void flush();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dj
