#include "CompactRows.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

void CompactRows::install()
{
    static CompactRows *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new CompactRows(qApp);
    qApp->installEventFilter(filter);
}

int CompactRows::rowHeight(const QWidget *view)
{
    return view->fontMetrics().height() + 6;
}

namespace {
const char *const kKeep = "djKeepStyleRows";
} // namespace

void CompactRows::keepStyleRows(QWidget *view)
{
    view->setProperty(kKeep, true);
}

bool CompactRows::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes once, before the view is first shown, after its font is known.
    if (event->type() == QEvent::Polish) {
        auto *table = qobject_cast<QTableView *>(watched);
        if (table && !table->property(kKeep).toBool()) {
            const int h = rowHeight(table);
            table->verticalHeader()->setMinimumSectionSize(h);
            table->verticalHeader()->setDefaultSectionSize(h);
        }
    }
    return QObject::eventFilter(watched, event);
}
