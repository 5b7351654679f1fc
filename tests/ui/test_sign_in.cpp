// Accounts in the window (issue 8): signing in when a file has accounts, switching user,
// turning accounts on, managing them, and a role's menus.
#include "Screenshot.h"
#include "SmallTree.h"
#include "Widgets.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "storage/Database.h"
#include "storage/InUseLock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <catch2/catch.hpp>

namespace {

const QString kAdminPassword = QStringLiteral("Dangjian-2026");
const QString kBranchPassword = QStringLiteral("zhibu-2026!");

// A file with accounts: an administrator and the 办公室党支部's account.
struct AccountsFile : SmallTree
{
    AccountsFile()
    {
        dj::AccountRepository accounts(*db);
        accounts.add(account(QStringLiteral("admin"), QStringLiteral("王主任"), dj::Role::Admin),
                     kAdminPassword);
        dj::Account branch =
            account(QStringLiteral("zhangsan"), QStringLiteral("张三"), dj::Role::Branch);
        branch.scopeOrgId = branch1;
        accounts.add(branch, kBranchPassword);
    }
    ~AccountsFile() { dj::Authenticator::signOut(path()); }
    static dj::Account account(const QString &name, const QString &display, dj::Role role)
    {
        dj::Account a;
        a.name = name;
        a.displayName = display;
        a.role = role;
        return a;
    }
};

QAction *action(const MainWindow &w, const char *name)
{
    return child<QAction>(&w, name);
}

void fillSignIn(QWidget *d, const QString &name, const QString &password)
{
    child<QLineEdit>(d, "signInName")->setText(name);
    child<QLineEdit>(d, "signInPassword")->setText(password);
    child<QPushButton>(d, "signInOk")->click();
}

QString authMessage(const char *source)
{
    return QCoreApplication::translate("dj::Authenticator", source);
}

} // namespace

TEST_CASE("opening a file with accounts asks who signs in; a wrong password keeps the dialog",
          "[ui][access]")
{
    chineseForScreenshots();
    AccountsFile f;
    MainWindow w;
    bool stayedOpen = false;
    onNextModal([&](QWidget *d) {
        REQUIRE(d->objectName() == QStringLiteral("signInDialog"));
        CHECK(child<QLineEdit>(d, "signInPassword")->echoMode() == QLineEdit::Password);
        fillSignIn(d, QStringLiteral("zhangsan"), QStringLiteral("wrong-password"));
        stayedOpen = d->isVisible();
        CHECK(child<QLabel>(d, "signInError")->text() ==
              authMessage("The user name or the password is wrong."));
        CHECK(child<QLineEdit>(d, "signInPassword")->text().isEmpty());
        screenshot(*d, QStringLiteral("sign-in"));
        fillSignIn(d, QStringLiteral("zhangsan"), kBranchPassword);
    });
    REQUIRE(w.openFile(f.path()));
    CHECK(stayedOpen);
    const dj::UserSession &user = w.session()->db().user();
    CHECK(user.signedIn);
    CHECK(user.user == QStringLiteral("zhangsan"));
    CHECK(user.role == dj::Role::Branch);
    auto *who = child<QLabel>(&w, "userLabel");
    CHECK(who->text().contains(QStringLiteral("张三")));
    CHECK(who->text().contains(dj::roleName(dj::Role::Branch)));
    CHECK(who->text().contains(QStringLiteral("办公室党支部")));
    // A branch account manages no accounts, copies no data away and restores nothing.
    CHECK_FALSE(action(w, "actionManageAccounts")->isEnabled());
    CHECK(action(w, "actionChangePassword")->isEnabled());
    CHECK(action(w, "actionSignOut")->isEnabled());
    CHECK_FALSE(action(w, "actionRestore")->isEnabled());
    CHECK_FALSE(action(w, "actionExportPackage")->isEnabled());
    CHECK(action(w, "actionImportPeople")->isEnabled());
    CHECK(action(w, "actionPrint")->isEnabled());
    w.resize(1280, 800);
    screenshot(w, QStringLiteral("signed-in-branch")); // the status bar says who works here
}

TEST_CASE("three wrong passwords lock the account; Cancel opens nothing and frees the file",
          "[ui][access]")
{
    AccountsFile f;
    MainWindow w;
    QString locked;
    onNextModal([&](QWidget *d) {
        for (int i = 0; i < dj::Authenticator::LockoutAfter; ++i)
            fillSignIn(d, QStringLiteral("zhangsan"), QStringLiteral("wrong-password"));
        // Even the right password waits now (the clock of the test stands still).
        fillSignIn(d, QStringLiteral("zhangsan"), kBranchPassword);
        locked = child<QLabel>(d, "signInError")->text();
        static_cast<QDialog *>(d)->reject();
    });
    CHECK_FALSE(w.openFile(f.path()));
    CHECK(locked == authMessage("Too many wrong passwords for \"%1\": try again in %2 seconds.")
                        .arg(QStringLiteral("zhangsan"))
                        .arg(dj::Authenticator::FirstWaitSecs));
    CHECK(w.session() == nullptr);
    CHECK_FALSE(dj::SignInRegistry::get(f.path()));
    dj::InUseLock other(f.path());
    CHECK(other.acquire());
}

TEST_CASE("sign out closes the file and asks again: another user, or no file at all",
          "[ui][access]")
{
    AccountsFile f;
    dj::Authenticator::signIn(f.path(), QStringLiteral("zhangsan"), kBranchPassword);
    MainWindow w;
    REQUIRE(w.openFile(f.path())); // signed in already: no dialog
    CHECK(w.session()->db().user().user == QStringLiteral("zhangsan"));

    onNextModal([&](QWidget *d) {
        CHECK(child<QLineEdit>(d, "signInName")->text().isEmpty());
        fillSignIn(d, QStringLiteral("admin"), kAdminPassword);
    });
    action(w, "actionSignOut")->trigger();
    REQUIRE(w.session() != nullptr);
    CHECK(w.session()->db().user().user == QStringLiteral("admin"));
    CHECK(action(w, "actionManageAccounts")->isEnabled());
    CHECK(child<QLabel>(&w, "userLabel")->text().contains(QStringLiteral("王主任")));

    onNextModal([](QWidget *d) { static_cast<QDialog *>(d)->reject(); });
    action(w, "actionSignOut")->trigger();
    CHECK(w.session() == nullptr);
    CHECK_FALSE(child<QLabel>(&w, "userLabel")->isVisible());
    CHECK_FALSE(action(w, "actionManageAccounts")->isEnabled());
    CHECK_FALSE(action(w, "actionSignOut")->isEnabled());
    CHECK_FALSE(action(w, "actionBackup")->isEnabled());
    dj::InUseLock other(f.path());
    CHECK(other.acquire());
}

TEST_CASE("accounts are turned on from the menu with the first administrator", "[ui][access]")
{
    TempDb t;
    MainWindow w;
    REQUIRE(w.openFile(t.path()));
    CHECK_FALSE(w.session()->db().user().signedIn);
    CHECK(child<QLabel>(&w, "userLabel")->text().isEmpty());
    CHECK(action(w, "actionManageAccounts")->isEnabled());
    CHECK_FALSE(action(w, "actionChangePassword")->isEnabled());
    CHECK_FALSE(action(w, "actionSignOut")->isEnabled());

    bool mismatchKept = false;
    onNextModal([&](QWidget *d) {
        REQUIRE(d->objectName() == QStringLiteral("accountEditDialog"));
        CHECK_FALSE(child<QComboBox>(d, "accountRole")->isVisible()); // always an administrator
        child<QLineEdit>(d, "accountName")->setText(QStringLiteral("admin"));
        child<QLineEdit>(d, "accountDisplayName")->setText(QStringLiteral("王主任"));
        child<QLineEdit>(d, "accountPassword")->setText(kAdminPassword);
        child<QLineEdit>(d, "accountRepeat")->setText(QStringLiteral("something else"));
        child<QPushButton>(d, "accountOk")->click();
        mismatchKept = d->isVisible() && !child<QLabel>(d, "accountError")->text().isEmpty();
        child<QLineEdit>(d, "accountRepeat")->setText(kAdminPassword);
        child<QPushButton>(d, "accountOk")->click();
    });
    action(w, "actionManageAccounts")->trigger();
    CHECK(mismatchKept);
    REQUIRE(w.session() != nullptr);
    CHECK(dj::AccountRepository::enabled(w.session()->db()));
    const dj::UserSession &user = w.session()->db().user();
    CHECK(user.signedIn);
    CHECK(user.isAdmin());
    CHECK(child<QLabel>(&w, "userLabel")->text().contains(QStringLiteral("王主任")));
    CHECK(action(w, "actionChangePassword")->isEnabled());

    // Change my password: a wrong current password is said in the dialog, then it goes through.
    const QString fresh = QStringLiteral("Neues-Passwort-9");
    QString wrongCurrent;
    onNextModal([&](QWidget *d) {
        child<QLineEdit>(d, "passwordCurrent")->setText(QStringLiteral("not-the-password"));
        child<QLineEdit>(d, "passwordNew")->setText(fresh);
        child<QLineEdit>(d, "passwordRepeat")->setText(fresh);
        child<QPushButton>(d, "passwordOk")->click();
        wrongCurrent = child<QLabel>(d, "passwordError")->text();
        child<QLineEdit>(d, "passwordCurrent")->setText(kAdminPassword);
        child<QPushButton>(d, "passwordOk")->click();
    });
    action(w, "actionChangePassword")->trigger();
    CHECK(wrongCurrent ==
          QCoreApplication::translate("dj::AccountRepository", "The current password is wrong."));
    dj::Authenticator::signOut(t.path());
    CHECK_NOTHROW(dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), fresh));
    dj::Authenticator::signOut(t.path());
}

TEST_CASE("the accounts dialog adds a branch account, unlocks and removes", "[ui][access]")
{
    chineseForScreenshots();
    AccountsFile f;
    {
        dj::AccountRepository accounts(*f.db);
        accounts.add(AccountsFile::account(QStringLiteral("jiguan"),
                                           QStringLiteral("机关党委办公室"), dj::Role::Committee),
                     kAdminPassword);
        accounts.add(AccountsFile::account(QStringLiteral("chakan"), QStringLiteral("纪检查看"),
                                           dj::Role::ReadOnly),
                     kAdminPassword);
    }
    for (int i = 0; i < dj::Authenticator::LockoutAfter; ++i)
        CHECK_THROWS(dj::Authenticator::signIn(f.path(), QStringLiteral("chakan"),
                                               QStringLiteral("guessing")));
    dj::Authenticator::signIn(f.path(), QStringLiteral("admin"), kAdminPassword);
    MainWindow w;
    REQUIRE(w.openFile(f.path()));

    onNextModal([&](QWidget *d) {
        REQUIRE(d->objectName() == QStringLiteral("accountsDialog"));
        auto *table = child<QTableWidget>(d, "accountTable");
        REQUIRE(table->rowCount() == 4);
        // A branch account whose passwords differ, then one without an organisation's rights.
        onNextModal([&](QWidget *e) {
            auto *role = child<QComboBox>(e, "accountRole");
            auto *org = child<QComboBox>(e, "accountOrg");
            role->setCurrentIndex(role->findData(int(dj::Role::ReadOnly)));
            CHECK_FALSE(org->isEnabled());
            role->setCurrentIndex(role->findData(int(dj::Role::Branch)));
            CHECK(org->isEnabled());
            org->setCurrentIndex(org->findData(f.branch2));
            child<QLineEdit>(e, "accountName")->setText(QStringLiteral("lisi"));
            child<QLineEdit>(e, "accountDisplayName")->setText(QStringLiteral("李四"));
            child<QLineEdit>(e, "accountPassword")->setText(QStringLiteral("short"));
            child<QLineEdit>(e, "accountRepeat")->setText(QStringLiteral("short"));
            child<QPushButton>(e, "accountOk")->click();
            CHECK(e->isVisible()); // core refused the short password: nothing saved
            CHECK_FALSE(child<QLabel>(e, "accountError")->text().isEmpty());
            child<QLineEdit>(e, "accountPassword")->setText(kBranchPassword);
            child<QLineEdit>(e, "accountRepeat")->setText(kBranchPassword);
            child<QPushButton>(e, "accountOk")->click();
        });
        child<QPushButton>(d, "accountAdd")->click();
        REQUIRE(table->rowCount() == 5);
        int lisi = -1, chakan = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == QStringLiteral("lisi"))
                lisi = r;
            if (table->item(r, 0)->text() == QStringLiteral("chakan"))
                chakan = r;
        }
        REQUIRE(lisi >= 0);
        CHECK(table->item(lisi, 2)->text() == dj::roleName(dj::Role::Branch));
        CHECK(table->item(lisi, 3)->text() == QStringLiteral("服务中心第一党支部"));
        REQUIRE(chakan >= 0);
        CHECK_FALSE(table->item(chakan, 4)->text().isEmpty()); // locked
        d->resize(820, 360);
        screenshot(*d, QStringLiteral("accounts"));

        table->selectRow(chakan);
        REQUIRE(child<QPushButton>(d, "accountUnlock")->isEnabled());
        child<QPushButton>(d, "accountUnlock")->click();
        CHECK(table->item(chakan, 4)->text().isEmpty());

        // The last administrator cannot go: core's reason shows under the table.
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("admin"))
                table->selectRow(r);
        onNextModal([](QWidget *box) {
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        child<QPushButton>(d, "accountRemove")->click();
        CHECK_FALSE(child<QLabel>(d, "accountsError")->text().isEmpty());
        CHECK(table->rowCount() == 5);
        child<QPushButton>(d, "accountsClose")->click();
    });
    action(w, "actionManageAccounts")->trigger();

    const auto added = dj::AccountRepository(w.session()->db()).find(QStringLiteral("lisi"));
    REQUIRE(added);
    CHECK(added->role == dj::Role::Branch);
    CHECK(added->scopeOrgId == f.branch2);
    CHECK(added->displayName == QStringLiteral("李四"));
    CHECK(dj::AccountRepository(w.session()->db()).find(QStringLiteral("chakan"))->failedCount ==
          0);
    CHECK_NOTHROW(dj::Authenticator::signIn(f.path(), QStringLiteral("lisi"), kBranchPassword));
}

TEST_CASE("a read-only account is not offered imports, copies or restores", "[ui][access]")
{
    AccountsFile f;
    dj::AccountRepository(*f.db).add(
        AccountsFile::account(QStringLiteral("chakan"), QString(), dj::Role::ReadOnly),
        kAdminPassword);
    dj::Authenticator::signIn(f.path(), QStringLiteral("chakan"), kAdminPassword);
    MainWindow w;
    REQUIRE(w.openFile(f.path()));
    CHECK(child<QLabel>(&w, "userLabel")->text().contains(dj::roleName(dj::Role::ReadOnly)));
    for (const char *name :
         {"actionImportPeople", "actionImportOrgs", "actionImportPackage", "actionExportPackage",
          "actionBackup", "actionSaveCopy", "actionRestore", "actionManageAccounts"}) {
        INFO(name);
        CHECK_FALSE(action(w, name)->isEnabled());
    }
    for (const char *name :
         {"actionPrint", "actionExportPdf", "actionExportTable", "actionChangePassword"}) {
        INFO(name);
        CHECK(action(w, name)->isEnabled());
    }
}
