#pragma once

#include <QDialog>
#include <QUrl>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTextBrowser;
class QVBoxLayout;
class QWidget;

// Help → 使用说明: the bundled user manual (HTML in the resources under :/manual) in a
// non-modal window with back/forward/home, a chapter menu and find-in-page (Ctrl+F).
// One window is shared: showManual() raises it again instead of opening another.
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    // Shows the manual window (creating it on first use) and, given an anchor, the section of
    // that name: contents, start, org, duty, record, assess, print, exchange, backup, faq.
    static ManualDialog *showManual(QWidget *parent, const QString &anchor = {});

    explicit ManualDialog(QWidget *parent = nullptr);

    // The language of the manual for the current UI language: "zh_CN" under the Chinese
    // translation, "en" otherwise (the translation of this string names its language).
    static QString uiLanguage();
    // qrc:/manual/manual_<language>.html, or the Chinese manual when there is none for it.
    static QUrl manualUrl(const QString &language);

    void showAnchor(const QString &anchor);
    // Searches the page from the cursor, wrapping round; false when the text is nowhere.
    bool find(const QString &text, bool backward = false);
    void showFindBar();

private:
    void buildToolBar(QVBoxLayout *layout);
    void buildFindBar(QVBoxLayout *layout);
    void rebuildChapterMenu();
    void highlightAll(const QString &text);

    QTextBrowser *m_browser = nullptr;
    QLabel *m_note = nullptr;
    QMenu *m_chapters = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QUrl m_home;
};
