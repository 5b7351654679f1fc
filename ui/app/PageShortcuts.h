#pragma once

class MainWindow;
class QMenu;

// The View menu's keyboard shortcuts (issue 17, item 12): Ctrl+1…Ctrl+5 go to the pages,
// Ctrl+F to the page's search box, F5 reads the page again, and Ctrl+S — which people press
// out of habit — says that everything is already saved.
namespace pageshortcuts {
// Adds the actions to `view` (and so to the window, where their shortcuts work).
void create(MainWindow *window, QMenu *view);
// File → Save (Ctrl+S): every change is already in the file; the status bar says so.
void addSave(MainWindow *window, QMenu *file);
} // namespace pageshortcuts
