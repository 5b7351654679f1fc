#include "PageShortcuts.h"

#include "MainWindow.h"
#include "Session.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>

namespace pageshortcuts {

void create(MainWindow *window, QMenu *view)
{
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    for (int i = 0; i < nav->count(); ++i) {
        QAction *a = view->addAction(nav->item(i)->text(), window, [window, i] { window->showPage(i); });
        a->setObjectName(QStringLiteral("actionPage%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setShortcutContext(Qt::WindowShortcut);
    }
    view->addSeparator();
    QAction *find = view->addAction(MainWindow::tr("&Find on this page"), window, [pages] {
        // The pages that have a search or filter box; the others have nothing to find.
        QWidget *page = pages->currentWidget();
        if (!page)
            return;
        for (const char *name : {"peopleSearch", "dutyFilter"}) {
            if (auto *box = page->findChild<QLineEdit *>(QString::fromLatin1(name)); box && box->isVisible()) {
                box->setFocus(Qt::ShortcutFocusReason);
                box->selectAll();
                return;
            }
        }
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(MainWindow::tr("&Refresh"), window, [window] {
        // Everything the pages show is read again from the data file.
        if (Session *s = window->session()) {
            s->notify(true, true);
            s->notifyDuty();
            s->notifyAssess();
            window->statusBar()->showMessage(MainWindow::tr("Read again from the data file"), 3000);
        }
    });
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
}

void addSave(MainWindow *window, QMenu *file)
{
    // Every change is written to the file as it is made: Ctrl+S only says so.
    QAction *save = file->addAction(MainWindow::tr("&Save"), window, [window] {
        window->statusBar()->showMessage(MainWindow::tr("Saved automatically"), 3000);
    });
    save->setObjectName(QStringLiteral("actionSave"));
    save->setShortcut(QKeySequence::Save);
}

} // namespace pageshortcuts
