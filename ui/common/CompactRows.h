#pragma once

#include <QObject>

// Compact table rows (issue 17, item 13): every table view the program shows gets rows of
// about the font's height + 6 px instead of the style's ~30 px, so a page shows what a
// spreadsheet (WPS) would. One application-wide filter instead of a call in every page.
class CompactRows : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on the application once; later calls do nothing.
    static void install();
    // The row height used for a widget's font.
    static int rowHeight(const QWidget *view);
    // A table with widgets in its cells (combo boxes) keeps the style's taller rows.
    static void keepStyleRows(QWidget *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
