#include "SplitterMemory.h"

#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace {
QString key(const QSplitter *s) { return QStringLiteral("splitters/") + s->objectName(); }
} // namespace

namespace splittermemory {

void restore(QWidget *root)
{
    QSettings settings;
    for (QSplitter *s : root->findChildren<QSplitter *>()) {
        if (s->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(key(s)).toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    }
}

void save(QWidget *root)
{
    QSettings settings;
    for (const QSplitter *s : root->findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            settings.setValue(key(s), s->saveState());
}

} // namespace splittermemory
