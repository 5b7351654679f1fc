// Help → 使用说明: the bundled manual loads from the resources with every chapter, picture and
// link in place; the window opens, finds text, and one window is shared.
#include <catch2/catch.hpp>

#include "Screenshot.h"
#include "Widgets.h"
#include "help/ManualDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTranslator>

namespace {
const QStringList kChapters{QStringLiteral("contents"), QStringLiteral("start"),  QStringLiteral("org"),
                            QStringLiteral("duty"),     QStringLiteral("record"), QStringLiteral("assess"),
                            QStringLiteral("print"),    QStringLiteral("exchange"), QStringLiteral("backup"),
                            QStringLiteral("accounts"), QStringLiteral("faq")};

// What the manual's document holds: anchor names, link targets and image sources.
struct Parts
{
    QSet<QString> anchors;
    QStringList links;
    QStringList images;
};

Parts partsOf(const QTextDocument &doc)
{
    Parts p;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            for (const QString &name : f.anchorNames())
                p.anchors << name;
            if (f.isAnchor() && !f.anchorHref().isEmpty())
                p.links << f.anchorHref();
            if (f.isImageFormat())
                p.images << f.toImageFormat().name();
        }
    return p;
}

QTextBrowser *browserOf(ManualDialog *d) { return child<QTextBrowser>(d, "manualBrowser"); }
} // namespace

TEST_CASE("the manual is bundled with every chapter, picture and link in place", "[ui][manual]")
{
    ManualDialog dialog; // registers the resources
    QFile html(QStringLiteral(":/manual/manual_zh_CN.html"));
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    CHECK(text.contains(QStringLiteral("使用说明")));
    CHECK(ManualDialog::manualUrl(QStringLiteral("zh_CN")) == QUrl(QStringLiteral("qrc:/manual/manual_zh_CN.html")));

    QTextBrowser *browser = browserOf(&dialog);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/manual_zh_CN.html")));
    const Parts parts = partsOf(*browser->document());

    // Every chapter has its anchor, and the table of contents links to it.
    for (const QString &chapter : kChapters) {
        INFO(chapter.toStdString());
        CHECK(parts.anchors.contains(chapter));
        if (chapter != QLatin1String("contents"))
            CHECK(parts.links.contains(QLatin1Char('#') + chapter));
    }
    // Every link inside the manual lands on an anchor; any other goes to the web or mail.
    CHECK(parts.links.size() >= 20);
    for (const QString &link : parts.links) {
        INFO(link.toStdString());
        if (link.startsWith(QLatin1Char('#')))
            CHECK(parts.anchors.contains(link.mid(1)));
        else
            CHECK((link.startsWith(QLatin1String("http")) || link.startsWith(QLatin1String("mailto:"))));
    }
    // Every picture is a screenshot in the resources that decodes, as the browser loads it.
    CHECK(parts.images.size() >= 15);
    for (const QString &src : parts.images) {
        INFO(src.toStdString());
        const QUrl url(src);
        CHECK(url.scheme() == QLatin1String("qrc"));
        CHECK(url.path().startsWith(QLatin1String("/manual/screenshots/")));
        CHECK_FALSE(QImage(QLatin1Char(':') + url.path()).isNull());
        // Shown smoothly scaled to the width the page asks for, not scaled pixel by pixel.
        const QVariant loaded = browser->loadResource(QTextDocument::ImageResource, url);
        const QImage shown = loaded.typeId() == QMetaType::QImage ? loaded.value<QImage>()
                                                                   : QImage::fromData(loaded.toByteArray());
        REQUIRE_FALSE(shown.isNull());
        CHECK(shown.width() <= 600);
    }
    // Each main view is shown where it is explained.
    for (const char *view : {"welcome", "welcome-new", "dashboard", "organisations", "people", "duty-templates", "duty-lists", "duty-chart",
                             "assess-daily", "assess-ballots", "assess-results", "exchange-export",
                             "exchange-import-preview", "print-orgs", "sign-in", "accounts"})
        CHECK(parts.images.contains(QStringLiteral("qrc:/manual/screenshots/%1.png").arg(QLatin1String(view))));

    // The chapter menu lists the <h2> chapters by their anchors.
    QAction *contents = child<QAction>(&dialog, "manualContents");
    REQUIRE(contents->menu());
    QStringList menuAnchors;
    for (QAction *a : contents->menu()->actions())
        menuAnchors << a->data().toString();
    CHECK(menuAnchors == kChapters);
}

TEST_CASE("the manual window opens, finds text and is shared", "[ui][manual]")
{
    ManualDialog *w = ManualDialog::showManual(nullptr);
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    CHECK(w->isVisible());
    CHECK_FALSE(w->isModal());
    QTextBrowser *browser = browserOf(w);

    // A second call raises the same window, here at a chapter.
    CHECK(ManualDialog::showManual(nullptr, QStringLiteral("exchange")) == w);
    QApplication::processEvents();
    CHECK(browser->source().fragment() == QLatin1String("exchange"));
    CHECK(browser->verticalScrollBar()->value() > 0);
    QAction *back = child<QAction>(w, "manualBack");
    CHECK(back->isEnabled());
    back->trigger();
    QApplication::processEvents();
    CHECK(browser->source().fragment().isEmpty());
    CHECK(child<QAction>(w, "manualForward")->isEnabled());

    // Ctrl+F opens the find bar; typing finds and marks every match.
    QWidget *bar = child<QWidget>(w, "manualFindBar");
    CHECK(bar->isHidden());
    CHECK(child<QAction>(w, "manualFind")->shortcut() == QKeySequence(QKeySequence::Find));
    w->activateWindow();
    (void)QTest::qWaitForWindowActive(w);
    QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
    if (bar->isHidden()) // no active window on this platform: the action is what Ctrl+F runs
        child<QAction>(w, "manualFind")->trigger();
    CHECK_FALSE(bar->isHidden());
    auto *edit = child<QLineEdit>(w, "manualFindEdit");
    for (const QChar c : QStringLiteral("联学联建")) // typed one character at a time
        edit->insert(c);
    CHECK(browser->textCursor().selectedText() == QStringLiteral("联学联建"));
    CHECK(browser->extraSelections().size() >= 2);
    const int first = browser->textCursor().selectionStart();
    CHECK(w->find(edit->text()));
    CHECK(browser->textCursor().selectionStart() > first);
    CHECK(w->find(edit->text(), /*backward=*/true));
    CHECK(browser->textCursor().selectionStart() == first);
    CHECK_FALSE(w->find(QStringLiteral("这段文字不在说明里")));
    CHECK(child<QLabel>(w, "manualFindStatus")->text() == ManualDialog::tr("Not found"));

    // The chapter menu goes to its chapter.
    for (QAction *a : child<QAction>(w, "manualContents")->menu()->actions())
        if (a->data().toString() == QLatin1String("backup"))
            a->trigger();
    QApplication::processEvents();
    CHECK(browser->source().fragment() == QLatin1String("backup"));
    // Finding starts from the chapter on screen, not from the last match near the top.
    const int chapter = browser->document()->find(QStringLiteral("七、备份与恢复")).position();
    REQUIRE(chapter > 0);
    w->showFindBar();
    edit->setText(QStringLiteral("另存副本"));
    CHECK(browser->textCursor().selectionStart() > chapter);

    w->close(); // a window without a parent goes when closed; the next call makes a new one
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ManualDialog *again = ManualDialog::showManual(nullptr, QStringLiteral("faq"));
    REQUIRE(again);
    CHECK(browserOf(again)->source().fragment() == QLatin1String("faq"));
    again->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("the manual follows the UI language and notes in English that it is Chinese", "[ui][manual]")
{
    // Only a Chinese manual exists: every language falls back to it.
    for (const char *lang : {"zh_CN", "zh", "en", "fr_FR"})
        CHECK(ManualDialog::manualUrl(QString::fromLatin1(lang)) == QUrl(QStringLiteral("qrc:/manual/manual_zh_CN.html")));
    {
        ManualDialog d;
        CHECK(child<QLabel>(&d, "manualLanguageNote")->isHidden() == (ManualDialog::uiLanguage() == QLatin1String("zh_CN")));
    }
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/dangjian_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    CHECK(ManualDialog::uiLanguage() == QLatin1String("zh_CN"));
    {
        ManualDialog d;
        CHECK(child<QLabel>(&d, "manualLanguageNote")->isHidden());
        CHECK(d.windowTitle().contains(QStringLiteral("使用说明")));
    }
    QCoreApplication::removeTranslator(&chinese);
}

TEST_CASE("a screenshot of the manual window for the README", "[ui][manual]")
{
    if (qEnvironmentVariableIsEmpty("DJ_SCREENSHOT_DIR"))
        return;
    chineseForScreenshots();
    ManualDialog d;
    d.resize(1000, 720);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    d.showAnchor(QStringLiteral("record"));
    d.showFindBar();
    child<QLineEdit>(&d, "manualFindEdit")->setText(QStringLiteral("佐证材料"));
    screenshot(d, QStringLiteral("manual"));
}
