#pragma once

#include <QList>
#include <QStringList>

// Finding a sheet's columns by their header text, shared by the people and organisation
// imports.
namespace dj::headermatch {

// "* 出生日期\n(年月日)：" → "出生日期"; "Date of Birth" → "dateofbirth".
QString normalize(const QString &header);

// For each field, in order, the names it may go by (normalised, most specific first);
// returns each field's column, or -1. Exact names are matched first; with `withinLonger`,
// Chinese names of 3+ characters are then also found inside a longer header ("党员所在支部");
// shorter ones ("类别", "职务") would match too much. A column serves one field only.
QList<int> guess(const QStringList &headers, const QList<QStringList> &names, bool withinLonger);

// A mapping the user corrected: throws dj::Error(Invalid) when one column is chosen for two
// fields or a column is past the sheet's last. `labels` are the fields' names, in order.
void checkColumns(const QList<int> &columns, const QStringList &labels, const QStringList &headers);

} // namespace dj::headermatch
