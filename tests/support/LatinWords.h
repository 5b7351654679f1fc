#pragma once

// The word rule and the walk of tests/ui/test_latin_words.cpp (issue 17, item 15): every text a
// person sees on a screen, checked for words made only of Latin letters outside an allow-list.
#include "app/Application.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeView>
#include <QWizard>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <memory>
#include <catch2/catch.hpp>

namespace latin {

// Words Chinese officers read in Chinese software too; everything else is a leak.
inline const QSet<QString> &allowed()
{
    static const QSet<QString> words = {
        // the file formats and office suites they know by these names (导出为 PDF, Excel/WPS 表格)
        QStringLiteral("PDF"), QStringLiteral("Excel"), QStringLiteral("CSV"), QStringLiteral("XLSX"),
        QStringLiteral("XLS"), QStringLiteral("WPS"), QStringLiteral("LibreOffice"),
        // file sizes (dj::sizeText)
        QStringLiteral("KB"), QStringLiteral("MB"), QStringLiteral("GB"),
        // names without a Chinese form: the licence (GNU 通用公共许可证 in 关于), and English in
        // the language list, where each language is named in itself so its readers find it
        QStringLiteral("GNU"), QStringLiteral("English"),
    };
    return words;
}

// What is not a word even when made of letters: row and office ids (tooltips and the audit
// log), key fingerprints, digests, paths, file names and patterns (*.djdb), shortcuts as the
// keys are labelled (Ctrl+Shift+Z). Codes with digits (SW-ZB01, A01, ID numbers) are left out
// by the word rule itself.
inline const QRegularExpression &notWords()
{
    static const QRegularExpression re(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
        "|\\b[0-9A-F]{4}(?: [0-9A-F]{4}){7}\\b"
        "|\\b[0-9a-fA-F]{12,}\\b"
        "|\\b(?:(?:Ctrl|Shift|Alt|Meta)\\+)+[A-Za-z0-9]+\\b"
        "|(?:^|(?<=[\\s(（:：]))(?:/|[A-Za-z]:\\\\)[^\\s，。；）)]+"
        "|[^\\s/\\\\()（）:：，,;；“”]*\\.(?:djdb|djpkg|djkey|djtpl|djbak|pdf|xlsx|xls|csv|html|png)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The Latin-only words of `text` outside the allow-list: a run of letters, digits and joining
// hyphens is a code when it holds a digit (SW-ZB01), except a number with a unit (12MiB).
inline QStringList latinWords(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.remove(QLatin1Char('&')); // mnemonics: 文件(&F)
    text.replace(notWords(), QStringLiteral(" "));
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*"));
    static const QRegularExpression unit(QStringLiteral("^[0-9]+(?:[.][0-9]+)?([A-Za-z]{2,})$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    QStringList found;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured();
        QStringList words;
        if (token.contains(digit)) {
            const auto m = unit.match(token);
            if (m.hasMatch())
                words << m.captured(1);
        } else {
            words = token.split(QRegularExpression(QStringLiteral("[-_]")));
        }
        for (const QString &w : std::as_const(words))
            if (w.size() >= 2 && !allowed().contains(w))
                found << w;
    }
    return found;
}

// Chinese as the program installs it (our catalogue and Qt's), taken away at the end so the
// tests after this one see the English source strings again.
class ChineseUi
{
public:
    ChineseUi() : m_locale(QLocale())
    {
        m_before = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        Application::installTranslations(*qApp, QStringLiteral("zh_CN"));
        Application::applyFonts();
    }
    ~ChineseUi()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly))
            if (!m_before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        QLocale::setDefault(m_locale);
    }

private:
    QList<QTranslator *> m_before;
    QLocale m_locale;
};

// Runs the event loop a moment: background reads and deferred layouts finish.
inline void settle(int ms = 150)
{
    QTest::qWait(ms);
}

// Every text a person sees on a screen, checked word by word; the leaks are kept as lines
// "screen › widget: word in “text”".
class Walker
{
public:
    void screen(const QString &name) { m_screen = name; }
    // Data shown that is Latin by nature: organisation codes without digits (SW), login names.
    void allowData(const QSet<QString> &words) { m_data += words; }

    void text(const QObject *where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            ++m_seen[m_screen];
        for (const QString &w : latinWords(text))
            if (!m_data.contains(w))
                m_leaks.insert(QStringLiteral("%1 › %2: %3 in “%4”").arg(m_screen, nameOf(where), w, text.left(120)));
    }

    // `root` and every visible widget under it.
    void widgets(QWidget *root)
    {
        text(root, root->windowTitle());
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : std::as_const(all))
            if (w->isVisible())
                widget(w);
    }

    // The actions of a menu bar or menu and their submenus.
    void menu(const QList<QAction *> &actions)
    {
        for (QAction *a : actions) {
            text(a, a->text());
            if (a->menu())
                menu(a->menu()->actions());
        }
    }

    // Every tab of every tab widget under `root`, each with its first row selected where nothing
    // is, so the panels that show a selection fill in.
    void page(QWidget *root)
    {
        selectFirstRows(root);
        widgets(root);
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            const int was = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                settle();
                selectFirstRows(tabs->widget(i));
                widgets(root);
            }
            tabs->setCurrentIndex(was);
        }
    }

    // How many texts each screen showed: a walk that sees nothing proves nothing.
    const QMap<QString, int> &seen() const { return m_seen; }

    QStringList leaks() const
    {
        QStringList l(m_leaks.cbegin(), m_leaks.cend());
        l.sort();
        return l;
    }

private:
    static QString nameOf(const QObject *o)
    {
        // The nearest objectName up the parents, with the class where it is not the object's own.
        for (const QObject *p = o; p; p = p->parent())
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
                return p == o ? p->objectName()
                              : QStringLiteral("%1 (%2 in it)").arg(p->objectName(), QString::fromLatin1(o->metaObject()->className()));
        return QString::fromLatin1(o->metaObject()->className());
    }

    static void selectFirstRows(QWidget *root)
    {
        for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
            if (qobject_cast<QHeaderView *>(v) || !v->isVisible() || !v->model() || !v->selectionModel() ||
                v->currentIndex().isValid() || v->model()->rowCount() == 0)
                continue;
            QModelIndex first = v->model()->index(0, 0);
            if (v->model()->rowCount(first) > 0)
                first = v->model()->index(0, 0, first);
            v->setCurrentIndex(first);
        }
        settle();
    }

    void widget(QWidget *w)
    {
        text(w, w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            text(l, l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            text(b, b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            text(g, g->title());
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                text(t, t->tabText(i));
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < qMin(c->count(), 100); ++i)
                text(c, c->itemText(i));
            if (c->lineEdit())
                text(c, c->lineEdit()->placeholderText());
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            text(e, e->placeholderText());
            text(e, e->text()); // what the program fills in (30,其余,10), the data shown
        }
        else if (auto *h = qobject_cast<QHeaderView *>(w))
            header(h);
        else if (auto *v = qobject_cast<QAbstractItemView *>(w))
            cells(v);
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            text(s, s->prefix() + QLatin1Char(' ') + s->suffix() + QLatin1Char(' ') + s->specialValueText());
        else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
            text(d, d->prefix() + QLatin1Char(' ') + d->suffix() + QLatin1Char(' ') + d->specialValueText());
        else if (auto *te = qobject_cast<QTextEdit *>(w)) {
            text(te, te->placeholderText());
            // The manual names commands, paths and keys (dangjian-cli, Ctrl) on purpose.
            if (te->isReadOnly() && te->objectName() != QLatin1String("manualBrowser"))
                text(te, te->toPlainText());
        } else if (auto *pe = qobject_cast<QPlainTextEdit *>(w)) {
            text(pe, pe->placeholderText());
            if (pe->isReadOnly())
                text(pe, pe->toPlainText());
        } else if (auto *cv = qobject_cast<QChartView *>(w))
            chart(cv);
        if (auto *page = qobject_cast<QWizard *>(w); page && page->currentPage()) {
            text(page, page->currentPage()->title());
            text(page, page->currentPage()->subTitle());
        }
    }

    void header(QHeaderView *h)
    {
        if (!h->model())
            return;
        for (int i = 0; i < qMin(h->count(), 60); ++i)
            if (!h->isSectionHidden(i))
                text(h, h->model()->headerData(i, h->orientation()).toString());
    }

    void cells(QAbstractItemView *v)
    {
        const QAbstractItemModel *m = v->model();
        if (!m)
            return;
        auto *table = qobject_cast<QTableView *>(v);
        auto *tree = qobject_cast<QTreeView *>(v);
        const auto hidden = [&](int c) { return (table && table->isColumnHidden(c)) || (tree && tree->isColumnHidden(c)); };
        const auto rows = [&](const QModelIndex &parent, int limit) {
            for (int r = 0; r < qMin(m->rowCount(parent), limit); ++r)
                for (int c = 0; c < m->columnCount(parent); ++c)
                    if (!hidden(c))
                        text(v, m->index(r, c, parent).data().toString());
        };
        rows({}, 30);
        for (int r = 0; r < qMin(m->rowCount(), 5); ++r)
            rows(m->index(r, 0), 10); // the first branches of a tree
    }

    void chart(QChartView *cv)
    {
        QChart *c = cv->chart();
        if (!c)
            return;
        text(cv, c->title());
        for (QAbstractAxis *a : c->axes()) {
            text(cv, a->titleText());
            if (auto *cat = qobject_cast<QBarCategoryAxis *>(a))
                for (const QString &s : cat->categories())
                    text(cv, s);
        }
        for (QAbstractSeries *s : c->series()) {
            text(cv, s->name());
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : bars->barSets())
                    text(cv, set->label());
        }
    }

    QString m_screen;
    QSet<QString> m_data;
    QSet<QString> m_leaks;
    QMap<QString, int> m_seen;
};

} // namespace latin
