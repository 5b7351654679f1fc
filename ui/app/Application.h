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

    // Opens the file named on the command line, or the last one used, or the default file
    // (created with the demo department on first start), shows the window and runs.
    int start();

    // zh_CN unless the system locale is not Chinese; `--lang en|zh_CN` overrides.
    static void installTranslations(QCoreApplication &app, const QString &language);
    static void applyFonts();

private:
    std::unique_ptr<MainWindow> m_window;
};
