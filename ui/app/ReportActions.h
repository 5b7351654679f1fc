#pragma once

#include "report/Report.h"

#include <QList>

class QWidget;

// What File → Print preview / Print / Export PDF do with a report. All three draw through
// ReportRenderer; long jobs show progress and can be cancelled.
namespace reportactions {
void preview(const dj::report::Report &report, QWidget *parent);
void print(const dj::report::Report &report, QWidget *parent);
// Asks for a file name (suggested from the title), then writes the reports into one PDF.
void exportPdf(const QList<dj::report::Report> &reports, const QString &suggestedName, QWidget *parent);
} // namespace reportactions
