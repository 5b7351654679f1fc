#pragma once

#include <QString>

class QAbstractItemView;
class QListView;
class QModelIndex;
class QTableView;

// Text that fits its view (issue 17, item 14): columns sized to their contents within the
// width there is, and the full text of any cell that still has to be cut short in its tooltip.
namespace viewfit {

// Whether the cell's text is cut short ("…") in the width the view gives it.
bool elided(const QAbstractItemView *view, const QModelIndex &index);
// What the cell's tooltip shows: its full text when elided (with the model's own tooltip
// below it unless that already holds the text), else the model's tooltip.
QString toolTip(const QAbstractItemView *view, const QModelIndex &index);
// Hovering an elided cell shows toolTip() (other cells keep the model's tooltip).
void tipElided(QAbstractItemView *view);

// Keeps the columns of `view` as wide as their contents (and headers) while they fit the
// viewport; when they do not, the widest are narrowed first, evenly, so no horizontal scroll
// bar appears while each column keeps room for its header. Short values (names, dates,
// phone numbers) are never cut; when the long columns at six characters still do not fit,
// the view scrolls sideways. Room to spare goes to
// `stretchColumn` (the last column when -1). Refits when the view is resized or the data
// changes, and tips elided cells (tipElided).
void fitColumns(QTableView *view, int stretchColumn = -1);

// A list that shows all of its rows, word-wrapped to its width, up to `maxRows` rows; beyond
// that it scrolls. Its minimum height follows the rows as they change.
void fitRows(QListView *view, int maxRows);

} // namespace viewfit
