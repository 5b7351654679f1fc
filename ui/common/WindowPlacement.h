#pragma once

class QMainWindow;

// Where the main window opens (issue 17, item 13): maximised the first time; afterwards as it
// was left, but never larger than the screen's available area, so the status bar shows even
// at 1366×768.
namespace windowplacement {
// Before the window is shown: maximised without stored geometry, else the stored one clamped.
void restore(QMainWindow *window);
void save(const QMainWindow *window);
// Fits the window's frame inside its screen's available area (moved, then shrunk).
void clampToScreen(QMainWindow *window);
} // namespace windowplacement
