#pragma once

#include "report/Report.h"

#include <QFont>
#include <functional>

class QPagedPaintDevice;
class QPainter;

// The one renderer of printed forms: the print preview, a printer and a PDF all go through
// render(). Pages are laid out by hand (QTextDocument::print adds its own numbers and
// margins): A4, margins in millimetres, the table header repeated on every page, no row
// split across pages, "第 x 页 共 y 页" at the foot, and signature lines that never stand
// alone on a page.
class ReportRenderer
{
public:
    // done/total pages; returning false cancels (render() then throws dj::Error).
    using Progress = std::function<bool(int done, int total)>;

    // A4 in the report's orientation with its margins; call before painting each report.
    static void preparePage(QPagedPaintDevice &device, const dj::report::Report &report);
    // Paints the report from the painter's current page on; returns the pages it used.
    static int render(const dj::report::Report &report, QPainter &painter, QPagedPaintDevice &device,
                      const Progress &progress = {});
    // How many pages the report takes on `device` (layout only, nothing painted).
    static int pageCount(const dj::report::Report &report, QPagedPaintDevice &device);

    // The faces of ReportFonts: 宋体/仿宋-style body, 小标宋/黑体-style titles.
    static QFont bodyFont(qreal pointSize);
    static QFont titleFont(qreal pointSize);
};
