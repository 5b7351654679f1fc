#include "Application.h"

#include "MainWindow.h"
#include "StartupFile.h"
#include "common/UiText.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    setOrganizationName(QStringLiteral("DangjianDesk"));
    setApplicationName(QStringLiteral("dangjian"));
    setApplicationVersion(QStringLiteral(DJ_VERSION));
    setDesktopFileName(QStringLiteral("dangjian"));
}

Application::~Application() = default;

void Application::installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Chinese) {
        auto *plurals = new QTranslator(&app); // "1 day", "2 days"
        if (plurals->load(QStringLiteral(":/i18n/dangjian_en.qm")))
            QCoreApplication::installTranslator(plurals);
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/dangjian_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
}

void Application::applyFonts()
{
    QFont f = QApplication::font();
    f.setFamilies(uitext::cjkFamilies());
    if (f.pointSizeF() < 10)
        f.setPointSizeF(10);
    QApplication::setFont(f);
}

int Application::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Dangjian Desk: party-building work for government departments"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Interface language (zh_CN or en)."), tr("language"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("file"), tr("Data file (.djdb) to open."));
    parser.process(*this);

    installTranslations(*this, parser.value(lang));
    applyFonts();

    m_window = std::make_unique<MainWindow>();
    QString file = parser.positionalArguments().value(0);
    if (file.isEmpty()) {
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        file = !recent.isEmpty() && QFileInfo::exists(recent.first()) ? recent.first() : startup::defaultDataFile();
    }
    m_window->show();
    if (!m_window->openFile(file, /*createDemoIfMissing=*/file == startup::defaultDataFile()))
        m_window->showNoFileState();
    return exec();
}
