#pragma once

#include <QString>
#include <QStringList>

class QBarCategoryAxis;
class QChart;
class QFontMetrics;

// Category labels drawn whole (issue 17, item 14): Qt Charts cuts a label that is wider than
// its category to "机关党…"; these wrap it onto more lines instead.
namespace chartlabels {

// `label` broken into lines of at most `width` pixels (between words where it has spaces,
// else between characters), as the HTML the axis draws: "机关党委<br>书记".
QString wrapped(const QString &label, const QFontMetrics &fm, int width);

// Keeps the categories of a horizontal `axis` of `chart` whole: never truncated, and wrapped
// to the width of a category whenever the plot area changes.
void keepWhole(QChart *chart, QBarCategoryAxis *axis, const QStringList &labels);

} // namespace chartlabels
