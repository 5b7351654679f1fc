#include "PageIcons.h"

#include "MainWindow.h"
#include "common/PageToolBar.h"

#include <QAction>
#include <QChildEvent>
#include <QListWidget>
#include <QStackedWidget>
#include <QToolButton>
#include <iterator>
#include <utility>

namespace pageicons {
namespace {

// A toolbar button that does what the window's action does and is enabled when it is. Not
// setDefaultAction: that would show the menu's long text ("Export the table to Excel/CSV…").
void addWindowButton(PageToolBar *bar, QAction *action, const char *icon, const QString &text,
                     const QString &toolTip, const QString &name)
{
    QToolButton *b = bar->addButton(QString::fromLatin1(icon), text, name);
    b->setToolTip(toolTip);
    b->setEnabled(action->isEnabled());
    QObject::connect(b, &QToolButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, b,
                     [b, action] { b->setEnabled(action->isEnabled()); });
}

// Gives each page, as the window adds it, the print and export buttons on its main toolbar.
class PageWatcher : public QObject
{
public:
    PageWatcher(MainWindow *window, QStackedWidget *pages) : QObject(pages), m_window(window) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded)
            if (auto *page = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
                decorate(page);
        return QObject::eventFilter(watched, event);
    }

private:
    void decorate(QWidget *page)
    {
        QString name = page->objectName();
        if (!name.endsWith(QLatin1String("Page")))
            return;
        name.chop(4);
        auto *bar = page->findChild<PageToolBar *>(name + QLatin1String("Toolbar"));
        auto *print = m_window->findChild<QAction *>(QStringLiteral("actionPrint"));
        auto *table = m_window->findChild<QAction *>(QStringLiteral("actionExportTable"));
        if (!bar || !print || !table || bar->findChild<QToolButton *>(QStringLiteral("pagePrint")))
            return;
        bar->addSeparator();
        addWindowButton(bar, print, "print", MainWindow::tr("Print…"),
                        MainWindow::tr("Print what this page shows (Ctrl+P)"),
                        QStringLiteral("pagePrint"));
        addWindowButton(bar, table, "export-excel", MainWindow::tr("Export to Excel…"),
                        MainWindow::tr("Save this page's table as an Excel or CSV file"),
                        QStringLiteral("pageExportTable"));
    }

    MainWindow *m_window;
};

} // namespace

void install(MainWindow *window)
{
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    // In the order of MainWindow::Page.
    const char *pageIcons[] = {"page-dashboard", "page-orgs", "page-people", "page-duty",
                               "page-assess"};
    nav->setIconSize(QSize(20, 20));
    nav->setSpacing(2);
    for (int i = 0; i < nav->count() && i < int(std::size(pageIcons)); ++i) {
        const QIcon icon = PageToolBar::icon(QString::fromLatin1(pageIcons[i]));
        nav->item(i)->setIcon(icon);
        // View → the pages (Ctrl+1…Ctrl+5) show the same icons.
        if (auto *a = window->findChild<QAction *>(QStringLiteral("actionPage%1").arg(i + 1)))
            a->setIcon(icon);
    }
    // Menu actions drawn from the same set: print, export, import, find, refresh, preferences.
    const std::pair<const char *, const char *> menuIcons[] = {
        {"actionPrint", "print"},
        {"actionExportPdf", "document"},
        {"actionExportTable", "export-excel"},
        {"actionImportPeople", "import"},
        {"actionImportOrgs", "import"},
        {"actionRefresh", "refresh"},
        {"actionFind", "search"},
        {"actionPreferences", "settings"}};
    for (const auto &[action, icon] : menuIcons)
        if (auto *a = window->findChild<QAction *>(QString::fromLatin1(action)))
            a->setIcon(PageToolBar::icon(QString::fromLatin1(icon)));
    pages->installEventFilter(new PageWatcher(window, pages));
}

} // namespace pageicons
