#pragma once

#include <QApplication>
#include <memory>

class MainWindow;

// The desktop program: language, fonts, the data file to start on, the main window.
class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Opens the file named on the command line (a .djpkg: the last file used, then the
    // import wizard), or the last one used, or — the first time — the welcome dialog;
    // `--demo` opens the demo department. Shows the window and runs.
    int start();

    // `language`: "zh_CN", "en", or "system" (Chinese unless the system locale is not).
    static void installTranslations(QCoreApplication &app, const QString &language);
    // The language chosen in Preferences ("system", "zh_CN" or "en"); zh_CN until one is.
    static QString languageSetting();
    static void applyFonts();

private:
    std::unique_ptr<MainWindow> m_window;
};
