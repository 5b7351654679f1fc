// Toolbars and icons (issue 17, item 12): the sidebar's pages have icons, each page shows its
// main actions as a row of icon + Chinese text, nothing of it is cut off at 1366 px, the row
// is no taller than the push buttons it replaced, and the icons draw (the SVG plugin is there).
#include "DemoFile.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "app/Application.h"
#include "app/MainWindow.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <catch2/catch.hpp>

namespace {

// Whether the icon draws something at sidebar/toolbar size: a missing SVG icon engine or
// image plugin gives a null or empty pixmap.
bool draws(const QIcon &icon, int size = 20)
{
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    if (image.isNull())
        return false;
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += qAlpha(image.pixel(x, y)) > 128;
    return ink >= size; // at least a line's worth of pixels
}

bool chinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

// The Chinese interface for this test only, as users see it (translation and CJK fonts).
struct ChineseUi
{
    QTranslator own;
    QFont font = QApplication::font();
    QLocale locale;
    ChineseUi()
    {
        REQUIRE(own.load(QStringLiteral(":/i18n/dangjian_zh_CN.qm")));
        QCoreApplication::installTranslator(&own);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Application::applyFonts();
    }
    ~ChineseUi()
    {
        QCoreApplication::removeTranslator(&own);
        QLocale::setDefault(locale);
        QApplication::setFont(font);
    }
};

struct PageBars
{
    MainWindow::Page page;
    const char *shot;
    QList<std::pair<const char *, QStringList>> bars; // toolbar → its main action buttons
};
} // namespace

TEST_CASE("every icon drawn for the project renders", "[ui][toolbar]")
{
    const QStringList files =
        QDir(QStringLiteral(":/icons/actions")).entryList({QStringLiteral("*.svg")});
    CHECK(files.size() >= 30);
    for (const QString &f : files) {
        INFO(f.toStdString());
        CHECK(draws(QIcon(QStringLiteral(":/icons/actions/") + f), 16));
        CHECK(draws(QIcon(QStringLiteral(":/icons/actions/") + f), 20));
    }
    CHECK(draws(QIcon(QStringLiteral(":/icons/dangjian.svg"))));
}

TEST_CASE("the sidebar and each page's toolbar have icons and Chinese text, uncut at 1366 px",
          "[ui][toolbar]")
{
    ChineseUi zh;
    QSettings().remove(QStringLiteral("window"));
    MainWindow w;
    w.setWindowState(Qt::WindowNoState); // not maximised on the test's screen: a 1366×768 laptop's
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("toolbars.djdb"))));
    REQUIRE(w.width() == 1366);

    auto *nav = child<QListWidget>(&w, "navigation");
    REQUIRE(nav->count() == 5);
    for (int i = 0; i < nav->count(); ++i) {
        INFO("sidebar row " << i);
        CHECK(chinese(nav->item(i)->text()));
        CHECK(draws(nav->item(i)->icon()));
        CHECK(draws(
            child<QAction>(&w, QStringLiteral("actionPage%1").arg(i + 1).toLatin1().constData())
                ->icon()));
    }

    const QStringList window = {QStringLiteral("pagePrint"), QStringLiteral("pageExportTable")};
    const auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *n : list)
            out << QString::fromLatin1(n);
        return out;
    };
    const QList<PageBars> pages = {
        {MainWindow::Dashboard,
         "toolbar-dashboard",
         {{"dashboardToolbar", names({"dashboardRefresh"}) + window}}},
        {MainWindow::Organizations,
         "toolbar-orgs",
         {{"orgToolbar",
           names({"addOrg", "editOrg", "dissolveOrg", "showMembers", "showDuty"}) + window}}},
        {MainWindow::People,
         "toolbar-people",
         {{"peopleToolbar", names({"addPerson", "editPerson", "transferPerson", "removePerson",
                                   "addPost", "endPost", "showPersonDuty"}) +
                                window}}},
        {MainWindow::Duty,
         "toolbar-duty",
         {{"dutyToolbar", names({"dutyTemplates", "dutyGenerate"}) + window},
          {"dutyItemToolbar", names({"dutyAddItem", "dutyEditItem", "dutyRetireItem"})},
          {"dutyRecordToolbar",
           names({"dutyRecord", "dutyEditRecord", "dutyRemoveRecord", "dutyRecordsPdf"})}}},
        {MainWindow::Assess,
         "toolbar-assess",
         {{"assessToolbar", names({"assessSchemes", "newAssessment", "assessOrgs", "assessRules",
                                   "sealAssessment"}) +
                                window},
          {"assessResultsToolbar", names({"printScoreForms", "printBallot", "printSecretaries",
                                          "decideGrade", "explainTotal"})}}},
    };
    // Today's row of push buttons: the toolbars may not be taller.
    const int buttonRow = QPushButton(QStringLiteral("新增(&A)…")).sizeHint().height();
    auto *stack = child<QStackedWidget>(&w, "pages");
    for (const PageBars &p : pages) {
        w.showPage(p.page);
        QApplication::processEvents();
        QWidget *page = stack->currentWidget();
        for (const auto &[barName, buttons] : p.bars) {
            INFO("toolbar " << barName);
            auto *bar = child<QWidget>(page, barName);
            CHECK(bar->isVisible());
            // No taller than the row it replaced: push buttons beside the same fields.
            int row = buttonRow;
            for (QWidget *field : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                if (!qobject_cast<QToolButton *>(field))
                    row = qMax(row, field->sizeHint().height());
            CHECK(bar->height() <= row);
            for (const QString &name : buttons) {
                INFO("button " << name.toStdString());
                auto *b = child<QToolButton>(bar, name.toLatin1().constData());
                CHECK(b->isVisible());
                CHECK(b->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
                CHECK(chinese(b->text()));
                CHECK(draws(b->icon()));
                // Nothing cut off: every button has the width its icon and text need.
                CHECK(b->width() >= b->sizeHint().width());
            }
        }
        screenshot(w, QString::fromLatin1(p.shot));
    }
    // The assessment's tabs with actions of their own: the same kind of toolbar.
    auto *tabs = child<QTabWidget>(&w, "assessTabs");
    CHECK(draws(tabs->tabIcon(5))); // 图表, as the duty page's 完成情况
    CHECK(draws(child<QTabWidget>(&w, "dutyTabs")->tabIcon(1)));
    const QList<std::tuple<int, const char *, QStringList>> tabBars = {
        {1, "dailyToolbar", names({"addEvidence", "openEvidence"})},
        {2, "partyGroupToolbar", names({"addEvaluator"})},
        {5, "chartsToolbar", names({"chartSavePng", "chartPrint"})}};
    for (const auto &[tab, barName, buttons] : tabBars) {
        INFO("toolbar " << barName);
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        auto *bar = child<QWidget>(tabs->currentWidget(), barName);
        CHECK(bar->isVisible());
        for (const QString &name : buttons) {
            INFO("button " << name.toStdString());
            auto *b = child<QToolButton>(bar, name.toLatin1().constData());
            CHECK(b->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
            CHECK(chinese(b->text()));
            CHECK(draws(b->icon()));
            CHECK(b->width() >= b->sizeHint().width());
        }
        screenshot(w, QStringLiteral("toolbar-assess-%1").arg(QString::fromLatin1(barName)));
    }
}

TEST_CASE("the toolbar's print and export buttons follow the window's actions", "[ui][toolbar]")
{
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("toolbars.djdb"))));
    w.showPage(MainWindow::People);
    auto *page = child<QStackedWidget>(&w, "pages")->currentWidget();
    auto *exportButton = child<QToolButton>(page, "pageExportTable");
    auto *exportAction = child<QAction>(&w, "actionExportTable");
    CHECK(exportButton->icon().cacheKey() != 0);
    CHECK(exportButton->isEnabled());
    exportAction->setEnabled(false);
    CHECK_FALSE(exportButton->isEnabled());
    exportAction->setEnabled(true);
    CHECK(exportButton->isEnabled());
    // Clicking the button is choosing the menu's action: its file dialog opens.
    int triggered = 0;
    QObject::connect(exportAction, &QAction::triggered, [&] { ++triggered; });
    onNextModal([](QWidget *dialog) { dialog->close(); });
    exportButton->click();
    CHECK(triggered == 1);
}

TEST_CASE(
    "on a narrow window the toolbar shows icons with the names as tooltips, not cut-off names",
    "[ui][toolbar]")
{
    ChineseUi zh;
    MainWindow w;
    w.setWindowState(Qt::WindowNoState);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("toolbars.djdb"))));
    w.showPage(MainWindow::People);
    QApplication::processEvents();
    auto *add = child<QToolButton>(&w, "addPerson");
    auto *transfer = child<QToolButton>(&w, "transferPerson");
    const QString ownTip = transfer->toolTip();
    CHECK(add->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
    CHECK(add->toolTip().isEmpty());
    w.resize(820, 600);
    QApplication::processEvents();
    CHECK(add->toolButtonStyle() == Qt::ToolButtonIconOnly);
    CHECK(add->width() >= add->sizeHint().width());
    CHECK(add->toolTip() == QStringLiteral("新增…")); // 新增(&A)… without its mnemonic
    CHECK(transfer->toolTip() == ownTip);             // the page's own tooltip stays
    screenshot(w, QStringLiteral("toolbar-narrow"));
    w.resize(1366, 768);
    QApplication::processEvents();
    CHECK(add->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
    CHECK(add->toolTip().isEmpty());
    CHECK(add->width() >= add->sizeHint().width());
}
