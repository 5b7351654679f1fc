#include "ChartLabels.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetrics>

#include <algorithm>

namespace chartlabels {

QString wrapped(const QString &label, const QFontMetrics &fm, int width)
{
    if (fm.horizontalAdvance(label) <= width)
        return label.toHtmlEscaped();
    // Lines of about even length ("党组\n成员", not "党组成\n员").
    const int total = fm.horizontalAdvance(label);
    const int lineCount = (total + width - 1) / width;
    width = std::min(width, (total + lineCount - 1) / lineCount + fm.averageCharWidth());
    // Latin text breaks between words, Chinese between any two characters.
    const bool words = label.contains(QLatin1Char(' '));
    const QStringList parts =
        words ? label.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
    QStringList lines;
    QString line;
    auto add = [&](const QString &piece, const QString &gap) {
        const QString longer = line.isEmpty() ? piece : line + gap + piece;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
            lines << line;
            line = piece;
        } else {
            line = longer;
        }
    };
    if (words) {
        for (const QString &w : parts)
            add(w, QStringLiteral(" "));
    } else {
        for (const QChar c : label)
            add(QString(c), QString());
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void keepWhole(QChart *chart, QBarCategoryAxis *axis, const QStringList &labels)
{
    axis->setTruncateLabels(false);
    auto fit = [chart, axis, labels] {
        if (labels.isEmpty())
            return;
        const QFontMetrics fm(axis->labelsFont());
        // A little space between neighbouring labels.
        const int room = int(chart->plotArea().width() / double(labels.size())) - 4;
        QStringList shown;
        for (const QString &l : labels)
            shown << wrapped(l, fm, std::max(room, fm.horizontalAdvance(QStringLiteral("国国"))));
        if (shown != axis->categories())
            axis->setCategories(shown);
    };
    // The plot area is known once the chart is laid out; it changes with the window.
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit, Qt::QueuedConnection);
    fit();
}

} // namespace chartlabels
