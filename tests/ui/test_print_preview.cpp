// File → Print preview draws the report through the same renderer as the PDF: the preview
// dialog shows every page of the form.
#include "SmallTree.h"

#include "app/ReportActions.h"
#include "print/PdfExport.h"
#include "storage/Transaction.h"
#include "report/RosterReport.h"

#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTimer>
#include <catch2/catch.hpp>

TEST_CASE("the print preview shows the report's pages", "[ui][print]")
{
    SmallTree t;
    {
        dj::Transaction tx(*t.db);
        for (int i = 0; i < 60; ++i)
            t.person(QStringLiteral("党员%1").arg(i), t.branch1, 100 + i);
        tx.commit();
    }
    const dj::report::Report roster = dj::report::RosterReport::build(*t.db, {}, QDate(2026, 11, 24));
    int pages = -1;
    QString title;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        title = dialog->windowTitle();
        auto *view = dialog->findChild<QPrintPreviewWidget *>();
        REQUIRE(view);
        view->updatePreview();
        pages = view->pageCount();
        dialog->reject();
    });
    reportactions::preview(roster, nullptr);
    CHECK(title == QStringLiteral("Print preview — 党员花名册"));
    // The same pages as the PDF of the same report (62 people: more than one page).
    const int pdfPages = PdfExport::write({roster}, t.path(QStringLiteral("roster.pdf")));
    CHECK(pdfPages >= 2);
    CHECK(pages == pdfPages);
}
