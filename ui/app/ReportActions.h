#pragma once

#include "report/Report.h"

#include <QList>

class QWidget;

// What File → Print preview / Print / Export PDF do with a report. All three draw through
// ReportRenderer; PDFs are written on a worker thread with progress and cancel.
namespace reportactions {
void preview(const dj::report::Report &report, QWidget *parent);
void print(const dj::report::Report &report, QWidget *parent);
// Asks for a file name (suggested from the title), then writes the reports into one PDF.
void exportPdf(const QList<dj::report::Report> &reports, const QString &suggestedName, QWidget *parent);
// Writes reports into one PDF at `path` on a worker thread with progress and cancel.
// Returns false when cancelled (nothing is left at `path`); throws dj::Error.
bool writePdf(const QList<dj::report::Report> &reports, const QString &path, QWidget *parent);
// The roster of every active branch of the data file at `dataPath`, read through its own
// read-only connection on a worker thread: into one PDF at `out`, or with `eachBranch` one
// PDF per branch named after its code into the folder `out`. Returns the number of files
// written (those before a cancel stay); throws dj::Error.
int writeBranchRosters(const QString &dataPath, const QString &out, bool eachBranch, QWidget *parent);
// 批量打印: asks for one PDF or one per branch and where, then writeBranchRosters(). Returns
// what was written, for the status bar; empty when cancelled or failed (the failure is shown).
QString askAndWriteBranchRosters(const QString &dataPath, QWidget *parent);
} // namespace reportactions
