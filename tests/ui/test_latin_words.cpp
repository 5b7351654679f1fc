// No English or technical word in the Chinese interface (issue 17, item 15). The window's pages
// (every tab), its menus and the main dialogs are walked in zh_CN, and every text a person
// sees — labels, buttons, group and tab titles, window titles, the headers and first rows of
// every table and tree, combo box items, placeholders, what line edits hold, tooltips, chart
// titles and axes — must hold no word made only of Latin letters, except the few below. The
// walk is generic (all visible widgets under a page or dialog), so new buttons and tool bars
// are covered without naming them.
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "Screenshot.h"
#include "SmallTree.h"
#include "Widgets.h"
#include "access/AccountEditDialog.h"
#include "access/AccountRepository.h"
#include "access/AccountsDialog.h"
#include "access/Authenticator.h"
#include "access/SignInDialog.h"
#include "app/Application.h"
#include "app/MainWindow.h"
#include "app/PreferencesDialog.h"
#include "app/Session.h"
#include "app/WelcomeDialog.h"
#include "assess/AssessOrgsDialog.h"
#include "assess/AssessSettingsDialog.h"
#include "assess/AssessmentRepository.h"
#include "assess/NewAssessmentDialog.h"
#include "assess/SchemesDialog.h"
#include "audit/AuditLogDialog.h"
#include "common/EnteredByDialog.h"
#include "backup/RestoreBackupDialog.h"
#include "demo/DemoGenerator.h"
#include "duty/DutyRecordDialog.h"
#include "duty/DutyRepository.h"
#include "duty/GenerateListsDialog.h"
#include "duty/TemplatesDialog.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/ExchangeUi.h"
#include "exchange/ExportPackageDialog.h"
#include "exchange/ImportLogDialog.h"
#include "exchange/ImportPackageDialog.h"
#include "exchange/OfficesDialog.h"
#include "help/ManualDialog.h"
#include "org/DissolveOrgDialog.h"
#include "org/ImportOrgsDialog.h"
#include "org/OrgDialog.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "people/ImportPeopleDialog.h"
#include "people/PersonDialog.h"
#include "people/PostDialog.h"
#include "people/TransferDialog.h"
#include "storage/Database.h"
#include "storage/Query.h"

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
#include <catch2/catch.hpp>
#include <memory>

namespace {

// Words Chinese officers read in Chinese software too; everything else is a leak.
const QSet<QString> &allowed()
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
// log), key fingerprints, digests, paths, file names and patterns (*.djdb). Codes with digits
// (SW-ZB01, A01, ID numbers) are left out by the word rule itself.
const QRegularExpression &notWords()
{
    static const QRegularExpression re(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
        "|\\b[0-9A-F]{4}(?: [0-9A-F]{4}){7}\\b"
        "|\\b[0-9a-fA-F]{12,}\\b"
        "|(?:^|(?<=[\\s(（:：]))(?:/|[A-Za-z]:\\\\)[^\\s，。；）)]+"
        "|[^\\s/\\\\()（）:：，,;；“”]*\\.(?:djdb|djpkg|djkey|djtpl|djbak|pdf|xlsx|xls|csv|html|png)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The Latin-only words of `text` outside the allow-list: a run of letters, digits and joining
// hyphens is a code when it holds a digit (SW-ZB01), except a number with a unit (12MiB).
QStringList latinWords(QString text)
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
void settle(int ms = 150)
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

// A dialog shown, walked and closed.
void walkDialog(Walker &walk, const QString &name, QDialog &d)
{
    walk.screen(name);
    d.show();
    settle();
    walk.page(&d);
    screenshot(d, QStringLiteral("latin-") + name);
    d.close();
}

QString first(dj::Database &db, const char *sql)
{
    return dj::Query(db, QString::fromLatin1(sql)).scalar().toString();
}

void reportLeaks(const Walker &walk)
{
    for (auto it = walk.seen().cbegin(); it != walk.seen().cend(); ++it) {
        INFO(it.key().toStdString() << ": " << it.value() << " texts");
        CHECK(it.value() >= 3);
    }
    if (qEnvironmentVariableIsSet("DJ_LATIN_COUNTS"))
        for (auto it = walk.seen().cbegin(); it != walk.seen().cend(); ++it)
            WARN(it.key().toStdString() << ": " << it.value() << " texts");
    const QStringList leaks = walk.leaks();
    INFO(leaks.join(QLatin1Char('\n')).toStdString());
    CHECK(leaks.isEmpty());
}

} // namespace

TEST_CASE("the word rule finds English and leaves codes, formats and ids alone", "[ui][i18n][latin]")
{
    CHECK(latinWords(QStringLiteral("表 person 的冲突")) == QStringList{QStringLiteral("person")});
    CHECK(latinWords(QStringLiteral("12MiB")) == QStringList{QStringLiteral("MiB")});
    CHECK(latinWords(QStringLiteral("duty_record")) == QStringList{QStringLiteral("duty"), QStringLiteral("record")});
    CHECK(latinWords(QStringLiteral("导出为 PDF、Excel/CSV，12 KB")).isEmpty());
    CHECK(latinWords(QStringLiteral("SW-ZB01 A01 11010519800506001X 文件(&F)")).isEmpty());
    CHECK(latinWords(QStringLiteral("3f2a9c1e-0b1d-4c2e-9f00-abcdefabcdef")).isEmpty());
    CHECK(latinWords(QStringLiteral("ABCD 1234 ABCD 1234 ABCD 1234 ABCD 1234")).isEmpty());
    CHECK(latinWords(QStringLiteral("数据文件 (*.djdb) /tmp/abc/demo.djdb")).isEmpty());
    CHECK(latinWords(QStringLiteral("<b>Folder</b>")) == QStringList{QStringLiteral("Folder")});
}

TEST_CASE("the Chinese window's pages, menus and dialogs show no English word", "[ui][i18n][latin]")
{
    ChineseUi chinese;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.djdb"));
    {
        auto db = dj::Database::create(path, QStringLiteral("市商务局机关党委"));
        dj::DemoGenerator::generate(*db, dj::DemoGenerator::Scale::Department);
    }
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    REQUIRE(w.openFile(path));
    Walker walk;
    QSet<QString> codes;
    for (const dj::Organization &o : dj::OrganizationRepository(w.session()->db()).all())
        codes << o.code;
    walk.allowData(codes);

    walk.screen(QStringLiteral("menus"));
    walk.menu(w.menuBar()->actions());
    walk.text(&w, w.windowTitle());

    auto *nav = child<QListWidget>(&w, "navigation");
    auto *pages = child<QStackedWidget>(&w, "pages");
    for (int i = 0; i < nav->count(); ++i) {
        w.showPage(i);
        settle(400); // the dashboard's late items are read in the background
        walk.screen(nav->item(i)->text());
        walk.page(pages->currentWidget());
        screenshot(w, QStringLiteral("latin-page-%1").arg(i));
    }

    Session &s = *w.session();
    dj::Database &db = s.db();
    const dj::Person person = dj::PersonRepository(db).get(first(db, "SELECT id FROM person WHERE deleted = 0 LIMIT 1"));
    const dj::Organization branch = dj::OrganizationRepository(db).byCode(QStringLiteral("SW-ZB01"));
    const dj::DutyItem item = dj::DutyRepository(db).item(first(db, "SELECT id FROM duty_item WHERE deleted = 0 LIMIT 1"));
    {
        PreferencesDialog d(&w);
        walkDialog(walk, QStringLiteral("preferences"), d);
    }
    {
        PersonDialog d(s, person, &w);
        walkDialog(walk, QStringLiteral("person"), d);
    }
    {
        PersonDialog d(s, {}, &w);
        walkDialog(walk, QStringLiteral("new person"), d);
    }
    {
        OrgDialog d(db, branch, false, [](const dj::Organization &, QString *) { return false; }, &w);
        walkDialog(walk, QStringLiteral("organisation"), d);
    }
    {
        PostDialog d(s, person, &w);
        walkDialog(walk, QStringLiteral("post"), d);
    }
    {
        TransferDialog d(s, person, &w);
        walkDialog(walk, QStringLiteral("transfer"), d);
    }
    {
        DutyRecordDialog d(s, item, &w);
        walkDialog(walk, QStringLiteral("duty record"), d);
    }
    {
        TemplatesDialog d(s, &w);
        walkDialog(walk, QStringLiteral("templates"), d);
    }
    {
        OfficesDialog d(s, &w);
        walkDialog(walk, QStringLiteral("offices"), d);
    }
    {
        ExportPackageDialog d(s, &w);
        walkDialog(walk, QStringLiteral("export package"), d);
    }
    {
        ImportPeopleDialog d(s, &w);
        walkDialog(walk, QStringLiteral("import people"), d);
    }
    {
        RestoreBackupDialog d(db, &w);
        walkDialog(walk, QStringLiteral("restore backup"), d);
    }
    {
        // An entry to show: the branch renamed and back (demo data is written before the log is on).
        dj::OrganizationRepository orgs(db);
        dj::Organization renamed = branch;
        renamed.name += QStringLiteral("（改）");
        orgs.update(renamed);
        orgs.update(branch);
        AuditLogDialog d(s, &w);
        walkDialog(walk, QStringLiteral("audit log"), d);
    }
    {
        WelcomeDialog d(&w);
        walkDialog(walk, QStringLiteral("welcome"), d);
    }
    {
        ManualDialog d(&w);
        walkDialog(walk, QStringLiteral("manual"), d);
    }
    {
        GenerateListsDialog d(2027, &w);
        walkDialog(walk, QStringLiteral("generate lists"), d);
    }
    {
        SchemesDialog d(s, &w);
        walkDialog(walk, QStringLiteral("schemes"), d);
    }
    {
        NewAssessmentDialog d(s, 2027, &w);
        walkDialog(walk, QStringLiteral("new assessment"), d);
    }
    const QString assessmentId = first(db, "SELECT id FROM assessment WHERE deleted = 0 LIMIT 1");
    {
        AssessSettingsDialog d(dj::AssessmentRepository(db).get(assessmentId), &w);
        walkDialog(walk, QStringLiteral("assessment rules"), d);
    }
    {
        AssessOrgsDialog d(s, assessmentId, &w);
        walkDialog(walk, QStringLiteral("assessed organisations"), d);
    }
    {
        ImportOrgsDialog d(s, &w);
        walkDialog(walk, QStringLiteral("import organisations"), d);
    }
    {
        DissolveOrgDialog d(branch.name, &w);
        walkDialog(walk, QStringLiteral("dissolve"), d);
    }
    {
        EnteredByDialog d(QString(), &w);
        walkDialog(walk, QStringLiteral("entered by"), d);
    }
    {
        // The example of a login name is pinyin, as login names are.
        walk.allowData({QStringLiteral("zhangsan")});
        AccountEditDialog d(db, AccountEditDialog::Mode::FirstAdmin, {}, [](const dj::Account &, const QString &) {}, &w);
        walkDialog(walk, QStringLiteral("first administrator"), d);
    }
    walk.screen(QStringLiteral("about"));
    onNextModal([&](QWidget *box) {
        walk.widgets(box);
        qobject_cast<QDialog *>(box)->reject();
    });
    child<QAction>(&w, "actionAbout")->trigger();
    reportLeaks(walk);
}

TEST_CASE("the Chinese exchange dialogs show no English word: import, conflicts, import log",
          "[ui][i18n][latin][exchange]")
{
    ChineseUi chinese;
    Offices x;
    auto da = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList ids = smallTree(*da);
    Offices::trust(*b, *da);
    Offices::trust(*da, *b);
    Session s(std::move(da));
    x.receive(*b, x.send(s.db()));
    // Both offices rename the same organisation: a conflict in 甲 once 乙's package arrives.
    for (dj::Database *db : {&s.db(), b.get()}) {
        x.tick();
        dj::OrganizationRepository orgs(*db);
        dj::Organization o = orgs.get(ids[2]);
        o.name = db == b.get() ? QStringLiteral("乙改的名字") : QStringLiteral("甲改的名字");
        orgs.update(o);
    }
    Walker walk;
    {
        ImportPackageDialog w(s);
        w.resize(900, 640);
        w.show();
        w.setPackagePath(x.send(*b));
        for (const char *page : {"import: check", "import: preview", "import: result"}) {
            x.tick();
            w.next();
            settle();
            walk.screen(QString::fromLatin1(page));
            walk.page(&w);
            screenshot(w, QStringLiteral("latin-") + QString::fromLatin1(page).remove(QLatin1Char(':')));
        }
        REQUIRE(w.result());
        REQUIRE(w.result()->counts.total(dj::ImportCounts::Conflict) == 1);
    }
    {
        ConflictsDialog d(s);
        d.resize(980, 680);
        walkDialog(walk, QStringLiteral("conflicts"), d);
        // Settled, then shown with the settled ones: how it was settled is said in Chinese too.
        d.show();
        REQUIRE(d.keepMine());
        child<QCheckBox>(&d, "conflictShowSettled")->setChecked(true);
        walkDialog(walk, QStringLiteral("conflicts (settled)"), d);
    }
    {
        // Who imported: the computer's login name, data like the names of accounts.
        walk.allowData({exchangeui::who()});
        ImportLogDialog d(s);
        d.resize(1100, 420);
        walkDialog(walk, QStringLiteral("import log"), d);
    }
    reportLeaks(walk);
}

TEST_CASE("the Chinese sign-in and accounts dialogs show no English word", "[ui][i18n][latin][access]")
{
    ChineseUi chinese;
    SmallTree f;
    dj::AccountRepository accounts(*f.db);
    dj::Account admin;
    admin.name = QStringLiteral("admin");
    admin.displayName = QStringLiteral("王主任");
    admin.role = dj::Role::Admin;
    accounts.add(admin, QStringLiteral("Dangjian-2026"));
    dj::Account branch;
    branch.name = QStringLiteral("zhangsan");
    branch.displayName = QStringLiteral("张三");
    branch.role = dj::Role::Branch;
    branch.scopeOrgId = f.branch1;
    accounts.add(branch, QStringLiteral("zhibu-2026!"));
    Walker walk;
    {
        SignInDialog d(f.path(), QStringLiteral("市商务局"));
        walkDialog(walk, QStringLiteral("sign in"), d);
    }
    {
        AccountsDialog d(*f.db);
        // Login names are what the officers typed, in pinyin: data, not words of the program.
        walk.allowData({QStringLiteral("admin"), QStringLiteral("zhangsan")});
        walkDialog(walk, QStringLiteral("accounts"), d);
    }
    reportLeaks(walk);
}
