#include "PdfExport.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)
};
} // namespace

int PdfExport::write(const QList<dj::report::Report> &reports, const QString &path,
                     const ReportRenderer::Progress &progress)
{
    if (reports.isEmpty())
        throw dj::Error(dj::Error::Kind::Invalid, Tr::tr("There is nothing to print."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw dj::Error(dj::Error::Kind::Storage, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Dangjian Desk"));
        writer.setTitle(reports.first().title);
        ReportRenderer::preparePage(writer, reports.first());
        QPainter painter;
        if (!painter.begin(&writer))
            throw dj::Error(dj::Error::Kind::Storage, Tr::tr("Cannot start the PDF %1.").arg(path));
        const int n = int(reports.size());
        try {
            for (int i = 0; i < n; ++i) {
                if (i > 0) {
                    ReportRenderer::preparePage(writer, reports.at(i));
                    writer.newPage();
                }
                pages += ReportRenderer::render(reports.at(i), painter, writer, [&](int done, int total) {
                    return !progress || progress(i * 100 + (total > 0 ? done * 100 / total : 100), n * 100);
                });
            }
        } catch (...) {
            painter.end();
            file.cancelWriting();
            throw;
        }
        painter.end();
    }
    if (!file.commit())
        throw dj::Error(dj::Error::Kind::Storage, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}
