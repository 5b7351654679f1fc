#pragma once

#include "SheetTable.h"

#include <functional>

namespace dj {

// Feeds every row of `table` to a streaming writer (XlsxWriter, CsvWriter, SheetWriter),
// reporting progress every 1,000 rows; `progress` returning false stops before the commit,
// so nothing reaches the destination. Returns false when stopped.
template <class Writer>
bool writeRows(Writer &w, const SheetTable &table, const std::function<bool(int done, int total)> &progress)
{
    const int total = int(table.rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 1000 == 0 && !progress(i, total))
            return false;
        w.addRow(table.rows.at(i));
    }
    if (progress && !progress(total, total))
        return false;
    w.commit();
    return true;
}

} // namespace dj
