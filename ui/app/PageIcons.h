#pragma once

class MainWindow;

// Icons for the window (issue 17, item 12): the sidebar's pages, the menu actions that have
// a toolbar counterpart, and on each page's main toolbar (common/PageToolBar) the window's
// 打印 and 导出 Excel, which act on what that page shows.
namespace pageicons {
// Call once the sidebar and the menus exist; pages added to the window later get their
// print and export buttons as they are added.
void install(MainWindow *window);
} // namespace pageicons
