#pragma once

// README and manual screenshots: taken only when DJ_SCREENSHOT_DIR is set, as users see the
// program — in Chinese, with the CJK fonts.
#include "app/Application.h"

#include <QApplication>
#include <QString>
#include <QWidget>

// Call before the widgets are made; tests compare with tr() where text is translated.
inline void chineseForScreenshots()
{
    static bool done = false;
    if (done || qEnvironmentVariableIsEmpty("DJ_SCREENSHOT_DIR"))
        return;
    Application::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    Application::applyFonts();
    done = true;
}

// Saves `w` to $DJ_SCREENSHOT_DIR/<name>.png.
inline void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DJ_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
