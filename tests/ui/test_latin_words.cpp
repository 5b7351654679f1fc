// No English or technical word in the Chinese interface (issue 17, item 15). The window's pages
// (every tab), its menus and the main dialogs are walked in zh_CN, and every text a person
// sees — labels, buttons, group and tab titles, window titles, the headers and first rows of
// every table and tree, combo box items, placeholders, what line edits hold, tooltips, chart
// titles and axes — must hold no word made only of Latin letters, except the few in LatinWords.h. The
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
#include "LatinWords.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace {
using latin::ChineseUi;
using latin::latinWords;
using latin::settle;
using latin::Walker;

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
    CHECK(latinWords(QStringLiteral("撤销 (Ctrl+Z)，重做 (Ctrl+Shift+Z)")).isEmpty());
    CHECK(latinWords(QStringLiteral("Control 键")) == QStringList{QStringLiteral("Control")});
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
    // Trusted by a person with a name (the fixture's "test" would show as who trusted).
    dj::PeerRepository(*b).trust(dj::OfficeIdentity::publicKey(*da), QString(), QStringLiteral("王主任"));
    dj::PeerRepository(*da).trust(dj::OfficeIdentity::publicKey(*b), QString(), QStringLiteral("王主任"));
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
        OfficesDialog d(s);
        walkDialog(walk, QStringLiteral("offices with a trusted one"), d);
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
