#pragma once

class QWidget;

// Splitters remembered between sessions (issue 17, item 13): every named QSplitter under
// a widget keeps its sizes in QSettings under "splitters/<objectName>".
namespace splittermemory {
// Gives the named splitters under `root` the sizes they had when last saved.
void restore(QWidget *root);
// Saves the sizes of the named splitters under `root`.
void save(QWidget *root);
} // namespace splittermemory
