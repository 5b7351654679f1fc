#pragma once

#include "SheetTable.h"

#include <functional>
#include <memory>
#include <optional>

namespace dj {

class CsvWriter;
class XlsxWriter;

// A table export to .xlsx or .csv, chosen by the file name's extension: one streaming
// interface for the CLI, the core table exports and the GUI's "export this view".
class SheetWriter
{
public:
    enum class Format { Xlsx, Csv };
    // By extension, case-insensitively; nothing for any other extension.
    static std::optional<Format> formatOf(const QString &path);

    // Throws dj::Error (Invalid) when the extension is neither .xlsx nor .csv.
    SheetWriter(const QString &path, const QString &sheetName, const QStringList &headers);
    ~SheetWriter();
    SheetWriter(const SheetWriter &) = delete;
    SheetWriter &operator=(const SheetWriter &) = delete;

    void addRow(const QVariantList &cells);
    // Moves the finished file into place; without it nothing is left at the path.
    void commit();

    // `progress(done, total)` returning false cancels; returns false when cancelled.
    static bool write(const SheetTable &table, const QString &path,
                      const std::function<bool(int done, int total)> &progress = {});

private:
    std::unique_ptr<XlsxWriter> m_xlsx;
    std::unique_ptr<CsvWriter> m_csv;
};

} // namespace dj
