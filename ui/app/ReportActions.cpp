#include "ReportActions.h"

#include "common/Error.h"
#include "print/PdfExport.h"
#include "print/ReportRenderer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportActions)
};

void paint(const dj::report::Report &report, QPrinter *printer, QWidget *parent)
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    try {
        ReportRenderer::render(report, painter, *printer);
    } catch (const dj::Error &e) {
        QMessageBox::warning(parent, Tr::tr("Print"), e.message());
    }
    painter.end();
}
} // namespace

namespace reportactions {

void preview(const dj::report::Report &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    ReportRenderer::preparePage(printer, report);
    QPrintPreviewDialog dlg(&printer, parent);
    dlg.setObjectName(QStringLiteral("printPreview"));
    dlg.setWindowTitle(Tr::tr("Print preview — %1").arg(report.title));
    dlg.resize(1000, 800);
    QObject::connect(&dlg, &QPrintPreviewDialog::paintRequested, &dlg,
                     [&](QPrinter *p) { paint(report, p, parent); });
    dlg.exec();
}

void print(const dj::report::Report &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    ReportRenderer::preparePage(printer, report);
    QPrintDialog dlg(&printer, parent);
    dlg.setWindowTitle(Tr::tr("Print %1").arg(report.title));
    if (dlg.exec() == QDialog::Accepted)
        paint(report, &printer, parent);
}

void exportPdf(const QList<dj::report::Report> &reports, const QString &suggestedName, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export PDF"),
                                                      QDir::home().filePath(suggestedName + QStringLiteral(".pdf")),
                                                      Tr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(Tr::tr("Writing %1…").arg(QFileInfo(path).fileName()), Tr::tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        PdfExport::write(reports, path, [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    } catch (const dj::Error &e) {
        progress.close();
        QMessageBox::warning(parent, Tr::tr("Export PDF"), e.message());
    }
}

} // namespace reportactions
