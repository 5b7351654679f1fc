#pragma once

#include "sheet/SheetTable.h"

#include <functional>

class QAbstractItemModel;
class QWidget;

// "Export table…" for any list or tree the user is looking at: what the view shows
// (DisplayRole text, the horizontal headers), all rows, not only those loaded so far.
namespace modelexport {

// The model as a sheet. Fetches every row first (canFetchMore/fetchMore); a tree is walked
// depth first with its first column indented. Text that reads yyyy-MM-dd becomes a date and
// numbers stay numbers, so the spreadsheet can sort and compute; a lone "—" (no value) is
// left empty. `progress(done, total)` returning false cancels (total 0 while fetching);
// returns false when cancelled.
bool toSheet(QAbstractItemModel *model, dj::SheetTable &out,
             const std::function<bool(int done, int total)> &progress = {});

} // namespace modelexport

// Asks for a file (.xlsx or .csv), exports `model` with a cancellable progress dialog and
// reports a failure in a message box. Returns the file written, empty when cancelled/failed.
QString exportModelInteractively(QAbstractItemModel *model, const QString &suggestedName,
                                 QWidget *parent);
