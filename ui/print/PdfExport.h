#pragma once

#include "ReportRenderer.h"

#include <QList>
#include <QString>

// Reports to a PDF file: A4, fonts embedded, text that pdftotext reads back exactly.
// Written through QSaveFile: a failed or cancelled export leaves nothing at `path`.
class PdfExport
{
public:
    // Several reports go into one file, each starting on a new page with its own page
    // numbers. `progress(done, total)` counts in hundredths of the whole job; returning false
    // cancels. Returns the number of pages written; throws dj::Error.
    static int write(const QList<dj::report::Report> &reports, const QString &path,
                     const ReportRenderer::Progress &progress = {});
};
