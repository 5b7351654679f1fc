// Strings of Qt's own widgets that Qt 6.4's Chinese catalogue (qtbase_zh_CN) lacks, so the
// file dialog's type column said "Folder" in a Chinese window. Listed here for lupdate: our
// catalogue, installed after Qt's, answers for them.
#include <QtGlobal>

namespace {
[[maybe_unused]] const char *const kMissingFromQt[][2] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File", ""),
};
} // namespace
