#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

namespace windowplacement {

void restore(QMainWindow *window)
{
    QSettings s;
    const QByteArray geometry = s.value(kGeometry).toByteArray();
    window->resize(1280, 800); // the size it returns to when un-maximised
    if (geometry.isEmpty() || !window->restoreGeometry(geometry)) {
        clampToScreen(window);
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
    } else if (!window->isMaximized() && !window->isFullScreen()) {
        clampToScreen(window);
    }
    window->restoreState(s.value(kState).toByteArray());
}

void save(const QMainWindow *window)
{
    QSettings s;
    s.setValue(kGeometry, window->saveGeometry());
    s.setValue(kState, window->saveState());
}

void clampToScreen(QMainWindow *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    // The frame (title bar, borders) is known only once shown; allow for a generous one before.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const int extraW = window->isVisible() ? frame.width() - inner.width() : 16;
    const int extraH = window->isVisible() ? frame.height() - inner.height() : 40;
    const QSize size(qMin(inner.width(), area.width() - extraW), qMin(inner.height(), area.height() - extraH));
    window->resize(size);
    QPoint at = window->pos();
    at.setX(qBound(area.left(), at.x(), area.right() + 1 - size.width() - extraW));
    at.setY(qBound(area.top(), at.y(), area.bottom() + 1 - size.height() - extraH));
    window->move(at);
}

} // namespace windowplacement
