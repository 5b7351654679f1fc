#include "ManualDialog.h"

#include "ManualBrowser.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QShortcut>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// The manual and its screenshots are compiled into dangjian_ui (ui/CMakeLists.txt).
static void initManualResources() { Q_INIT_RESOURCE(manual); }

namespace {
const QString kFallbackLanguage = QStringLiteral("zh_CN");

QString resourcePath(const QString &language)
{
    return QStringLiteral(":/manual/manual_%1.html").arg(language);
}
} // namespace

ManualDialog *ManualDialog::showManual(QWidget *parent, const QString &anchor)
{
    // One window for the whole program; it belongs to the main window so that it closes with
    // it and never keeps the program running on its own.
    static QPointer<ManualDialog> s_window;
    if (!s_window) {
        QWidget *owner = parent ? parent->window() : nullptr;
        s_window = new ManualDialog(owner);
        if (!owner)
            s_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    s_window->show();
    s_window->raise();
    s_window->activateWindow();
    if (!anchor.isEmpty())
        s_window->showAnchor(anchor);
    return s_window;
}

ManualDialog::ManualDialog(QWidget *parent) : QDialog(parent)
{
    static const bool registered = (initManualResources(), true);
    Q_UNUSED(registered)
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("User manual — Dangjian Desk"));
    setWindowFlags(Qt::Window | Qt::WindowMinMaxButtonsHint | Qt::WindowCloseButtonHint);
    setModal(false);
    resize(980, 760);

    m_browser = new ManualBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(true); // web and mail links go to the desktop's programs
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(18);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar(layout);

    // Only the Chinese manual exists: readers of another UI language are told so, once.
    const QString language = uiLanguage();
    m_note = new QLabel(tr("This manual is in Chinese. The README has an English version of the same "
                           "workflow (“The year's work, step by step”)."),
                        this);
    m_note->setObjectName(QStringLiteral("manualLanguageNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel{background:#fff4d6;color:#5a4300;padding:6px 10px}"));
    m_note->setVisible(!QFile::exists(resourcePath(language)));
    layout->addWidget(m_note);

    layout->addWidget(m_browser, 1);
    buildFindBar(layout);

    m_home = manualUrl(language);
    m_browser->setSource(m_home);
    rebuildChapterMenu();
}

QString ManualDialog::uiLanguage()
{
    //: The code of this translation's language (zh_CN); the manual shown is manual_<code>.html.
    const QString language = tr("en", "language code of the manual").trimmed();
    return language.isEmpty() ? QStringLiteral("en") : language;
}

QUrl ManualDialog::manualUrl(const QString &language)
{
    for (const QString &candidate : {language, language.section(QLatin1Char('_'), 0, 0), kFallbackLanguage})
        if (!candidate.isEmpty() && QFile::exists(resourcePath(candidate)))
            return QUrl(QStringLiteral("qrc") + resourcePath(candidate));
    return QUrl(QStringLiteral("qrc") + resourcePath(kFallbackLanguage));
}

void ManualDialog::buildToolBar(QVBoxLayout *layout)
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("manualToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    const auto add = [&](const char *name, const QIcon &icon, const QString &text, const QKeySequence &key) {
        QAction *a = bar->addAction(icon, text);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        return a;
    };
    QAction *back = add("manualBack", style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), QKeySequence::Back);
    QAction *forward =
        add("manualForward", style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), QKeySequence::Forward);
    QAction *home = add("manualHome", style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Start"), QKeySequence());
    home->setToolTip(tr("The beginning of the manual"));

    // Contents: a click goes to the table of contents, the arrow lists the chapters.
    m_chapters = new QMenu(this);
    QAction *contents = add("manualContents", style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Contents"),
                            QKeySequence());
    contents->setMenu(m_chapters);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(contents)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    bar->addSeparator();
    QAction *smaller = add("manualZoomOut", QIcon(), tr("Smaller text"), QKeySequence::ZoomOut);
    QAction *larger = add("manualZoomIn", QIcon(), tr("Larger text"), QKeySequence::ZoomIn);
    bar->addSeparator();
    QAction *find = add("manualFind", QIcon::fromTheme(QStringLiteral("edit-find")), tr("Find…"), QKeySequence::Find);
    layout->addWidget(bar);

    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(home, &QAction::triggered, this, [this] { m_browser->setSource(m_home); });
    connect(contents, &QAction::triggered, this, [this] { showAnchor(QStringLiteral("contents")); });
    connect(smaller, &QAction::triggered, this, [this] { m_browser->zoomOut(1); });
    connect(larger, &QAction::triggered, this, [this] { m_browser->zoomIn(1); });
    connect(find, &QAction::triggered, this, &ManualDialog::showFindBar);
}

void ManualDialog::buildFindBar(QVBoxLayout *layout)
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("manualFindBar"));
    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(8, 4, 8, 4);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("manualFindEdit"));
    m_findEdit->setPlaceholderText(tr("Text to find in the manual"));
    m_findEdit->setClearButtonEnabled(true);
    auto *previous = new QToolButton(m_findBar);
    previous->setObjectName(QStringLiteral("manualFindPrevious"));
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(m_findBar);
    next->setObjectName(QStringLiteral("manualFindNext"));
    next->setText(tr("Next"));
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("manualFindStatus"));
    auto *close = new QToolButton(m_findBar);
    close->setObjectName(QStringLiteral("manualFindClose"));
    close->setText(tr("Close"));
    row->addWidget(new QLabel(tr("Find:"), m_findBar));
    row->addWidget(m_findEdit, 1);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(m_findStatus);
    row->addStretch();
    row->addWidget(close);
    m_findBar->hide();
    layout->addWidget(m_findBar);

    connect(m_findEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Typing searches again from where the current match starts, so the match grows in place.
        QTextCursor c = m_browser->textCursor();
        c.setPosition(c.selectionStart());
        m_browser->setTextCursor(c);
        find(text);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    connect(next, &QToolButton::clicked, this, [this] { find(m_findEdit->text()); });
    connect(previous, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), true); });
    auto *findNext = new QShortcut(QKeySequence::FindNext, this);
    connect(findNext, &QShortcut::activated, this, [this] { find(m_findEdit->text()); });
    auto *findPrevious = new QShortcut(QKeySequence::FindPrevious, this);
    connect(findPrevious, &QShortcut::activated, this, [this] { find(m_findEdit->text(), true); });
    auto *shiftEnter = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_findEdit);
    shiftEnter->setContext(Qt::WidgetShortcut);
    connect(shiftEnter, &QShortcut::activated, this, [this] { find(m_findEdit->text(), true); });
    // Esc in the find bar closes the bar, not the window.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    const auto hideBar = [this] {
        m_findBar->hide();
        m_browser->setExtraSelections({});
        m_browser->setFocus();
    };
    connect(escape, &QShortcut::activated, this, hideBar);
    connect(close, &QToolButton::clicked, this, hideBar);
}

void ManualDialog::showFindBar()
{
    // Search from what the reader is looking at, not from wherever the cursor was left.
    if (!m_browser->viewport()->rect().intersects(m_browser->cursorRect()))
        m_browser->setTextCursor(m_browser->cursorForPosition(QPoint(0, 0)));
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
    if (!m_findEdit->text().isEmpty())
        highlightAll(m_findEdit->text());
}

bool ManualDialog::find(const QString &text, bool backward)
{
    highlightAll(text);
    if (text.isEmpty()) {
        m_findEdit->setStyleSheet(QString());
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // wrap round to the other end of the manual
        QTextCursor c(m_browser->document());
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(c);
        found = m_browser->find(text, flags);
    }
    m_findEdit->setStyleSheet(found ? QString() : QStringLiteral("QLineEdit{background:#fde2e2}"));
    if (!found)
        m_findStatus->setText(tr("Not found"));
    return found;
}

void ManualDialog::highlightAll(const QString &text)
{
    // Every match lightly marked; the current one is the browser's own selection.
    QList<QTextEdit::ExtraSelection> marks;
    if (!text.isEmpty()) {
        QTextCursor c(m_browser->document());
        while (!(c = m_browser->document()->find(text, c)).isNull()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = c;
            mark.format.setBackground(QColor(0xff, 0xe8, 0x80));
            marks << mark;
        }
    }
    m_browser->setExtraSelections(marks);
    m_findStatus->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, int(marks.size())));
}

void ManualDialog::showAnchor(const QString &anchor)
{
    if (anchor.isEmpty())
        return;
    QUrl url = m_home;
    url.setFragment(anchor);
    m_browser->setSource(url); // the same page: it scrolls there and goes into the history
}

void ManualDialog::rebuildChapterMenu()
{
    // The chapters are the manual's <h2> headings, each named by the anchor it holds.
    m_chapters->clear();
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        QString anchor;
        for (auto it = b.begin(); !it.atEnd() && anchor.isEmpty(); ++it)
            anchor = it.fragment().charFormat().anchorNames().value(0);
        if (anchor.isEmpty())
            continue;
        QAction *a = m_chapters->addAction(b.text().trimmed());
        a->setData(anchor);
        connect(a, &QAction::triggered, this, [this, anchor] { showAnchor(anchor); });
    }
}
