#include "ReportActions.h"

#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "report/RosterReport.h"
#include "storage/Database.h"
#include "print/PdfExport.h"
#include "print/ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

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
    try {
        writePdf(reports, path, parent);
    } catch (const dj::Error &e) {
        QMessageBox::warning(parent, Tr::tr("Export PDF"), e.message());
    }
}

bool writePdf(const QList<dj::report::Report> &reports, const QString &path, QWidget *parent)
{
    return BackgroundTask::run(parent, Tr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
                               [&](const BackgroundTask::Progress &progress) {
                                   PdfExport::write(reports, path, [&](int done, int total) {
                                       return progress(done, total);
                                   });
                               });
}

int writeBranchRosters(const QString &dataPath, const QString &out, bool eachBranch, QWidget *parent)
{
    int files = 0;
    const QDate today = dj::Clock::today(); // read here: the clock may be a test's
    BackgroundTask::run(parent, Tr::tr("Printing the rosters of all branches…"),
                        [&](const BackgroundTask::Progress &progress) {
        const auto db = dj::Database::openReadOnly(dataPath);
        const QList<dj::report::BranchRoster> rosters = dj::report::RosterReport::buildPerBranch(*db, {}, today);
        if (rosters.isEmpty())
            throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("There are no active party branches to print."));
        if (!eachBranch) {
            QList<dj::report::Report> reports;
            for (const dj::report::BranchRoster &b : rosters)
                reports.append(b.report);
            PdfExport::write(reports, out, [&](int done, int total) { return progress(done, total); });
            files = 1;
            return;
        }
        if (!QDir().mkpath(out))
            throw dj::Error(dj::Error::Kind::Storage, Tr::tr("Cannot create the folder %1.").arg(out));
        const int n = int(rosters.size());
        for (int i = 0; i < n; ++i) {
            const dj::report::BranchRoster &b = rosters.at(i);
            PdfExport::write({b.report}, QDir(out).filePath(b.branch.code + QStringLiteral(".pdf")),
                             [&](int done, int total) { return progress(i * 100 + done * 100 / qMax(1, total), n * 100); });
            ++files;
        }
    });
    return files;
}

QString askAndWriteBranchRosters(const QString &dataPath, QWidget *parent)
{
    // The roster of every active branch, in tree order, into one PDF or one per branch.
    QMessageBox ask(QMessageBox::Question, Tr::tr("Rosters of all branches"),
                    Tr::tr("Write the rosters of all active branches into one PDF, or one PDF per branch "
                           "(named after the branch code) into a folder?"),
                    QMessageBox::Cancel, parent);
    QPushButton *one = ask.addButton(Tr::tr("One PDF"), QMessageBox::AcceptRole);
    QPushButton *each = ask.addButton(Tr::tr("One PDF per branch"), QMessageBox::AcceptRole);
    ask.setDefaultButton(one);
    ask.exec();
    if (ask.clickedButton() != one && ask.clickedButton() != each)
        return {};
    const bool eachBranch = ask.clickedButton() == each;
    const QString out =
        eachBranch ? QFileDialog::getExistingDirectory(parent, Tr::tr("Folder for the rosters"), QDir::homePath())
                   : QFileDialog::getSaveFileName(parent, Tr::tr("Export PDF"),
                                                  QDir::home().filePath(Tr::tr("Rosters of all branches") + QStringLiteral(".pdf")),
                                                  Tr::tr("PDF documents (*.pdf)"));
    if (out.isEmpty())
        return {};
    try {
        const int files = writeBranchRosters(dataPath, out, eachBranch, parent);
        return Tr::tr("Wrote %n PDF file(s) to %1.", nullptr, files).arg(QDir::toNativeSeparators(out));
    } catch (const dj::Error &e) {
        QMessageBox::warning(parent, Tr::tr("Export PDF"), e.message());
        return {};
    }
}

} // namespace reportactions
