#pragma once

#include "SheetTable.h"

#include <functional>
#include <memory>

namespace dj {

// Writes one sheet to an .xlsx file with libxlsxwriter in constant-memory mode: each row goes
// to disk as it is added, so exporting 120,000 people holds one row in memory, not the sheet.
// The sheet is made for printing and reading in WPS/Excel: bold header row, frozen and
// repeated on every printed page, fitted column widths, real dates, A4.
// Nothing appears at `path` until commit(); a writer destroyed without commit() (an error or
// a cancel) leaves the file that was there before, or none.
class XlsxWriter
{
public:
    XlsxWriter(const QString &path, const QString &sheetName, const QStringList &headers);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // A cell is a QString (always stored as text, never a formula), a QDate/QDateTime, a
    // number, a bool or invalid (left empty).
    void addRow(const QVariantList &cells);
    // Formats whole columns (0-based) as text ("@"), so that what a person types there later,
    // an 18-digit ID number or a code with leading zeros, is kept as typed. Before commit().
    void setTextColumns(const QList<int> &columns);
    void commit();

    // The whole table; `progress(done, total)` returning false cancels. Returns false when
    // cancelled, throws dj::Error when the file cannot be written.
    static bool write(const SheetTable &table, const QString &path,
                      const std::function<bool(int done, int total)> &progress = {});

    // Excel's limits on a sheet name (31 characters, none of []:*?/\), applied to any text.
    static QString safeSheetName(const QString &name);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dj
