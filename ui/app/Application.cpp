#include "Application.h"

#include "MainWindow.h"
#include "StartupFile.h"
#include "common/DocumentTranslator.h"
#include "common/InterfaceLanguage.h"
#include "common/NameOrder.h"
#include "common/UiText.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    setOrganizationName(QStringLiteral("DangjianDesk"));
    setApplicationName(QStringLiteral("dangjian"));
    setApplicationVersion(QStringLiteral(DJ_VERSION));
    setDesktopFileName(QStringLiteral("dangjian"));
}

Application::~Application() = default;

QString Application::languageSetting() { return dj::InterfaceLanguage::stored(); }

void Application::installTranslations(QCoreApplication &app, const QString &language)
{
    if (!dj::InterfaceLanguage::isChinese(language)) {
        auto *plurals = new QTranslator(&app); // "1 day", "2 days"
        if (plurals->load(QStringLiteral(":/i18n/dangjian_en.qm")))
            QCoreApplication::installTranslator(plurals);
        dj::DocumentTranslator::install(app); // what is printed or exported stays Chinese
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // Qt's own strings (standard buttons and dialogs): qtbase holds the widgets' too.
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
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open the demo department (created on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"), tr("Data file (.djdb) to open, or package (.djpkg) to import."));
    parser.process(*this);

    installTranslations(*this, dj::InterfaceLanguage::chosen(parser.value(lang)));
    applyFonts();
    dj::NameOrder::setMode(dj::NameOrder::storedMode());
    setWindowIcon(QIcon(QStringLiteral(":/icons/dangjian.svg")));

    m_window = std::make_unique<MainWindow>();
    const startup::Plan plan = startup::plan(parser.positionalArguments(), parser.isSet(demo),
                                             startup::recentFiles());
    m_window->show();
    bool open = !plan.file.isEmpty() && m_window->openFile(plan.file, plan.demo);
    if (!open)
        open = m_window->welcome();
    if (!open)
        m_window->showNoFileState();
    if (!plan.package.isEmpty())
        m_window->importPackage(plan.package);
    return exec();
}
