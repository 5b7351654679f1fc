// Issue 18 item 7 in the window: a branch account is not offered the 审核, grade decisions,
// sealing or the pairs, and the page says why; the 机关党委 is.
#include "Screenshot.h"
#include "SmallTree.h"
#include "Widgets.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "app/Session.h"
#include "assess/AssessPage.h"
#include "assess/AssessmentRepository.h"
#include "assess/DailyScoreModel.h"
#include "assess/SchemeRepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace dj;

namespace {

const QString pw = QStringLiteral("Dangjian-2026");

struct RolesFile : SmallTree
{
    RolesFile()
    {
        SchemeRepository schemes(*db);
        AssessmentRepository repo(*db);
        repo.create(2026, schemes.installBuiltin(), {}, {branch1, branch2});
        AccountRepository accounts(*db);
        accounts.add(account(QStringLiteral("admin"), Role::Admin), pw);
        accounts.add(account(QStringLiteral("jiguan"), Role::Committee), pw);
        Account branch = account(QStringLiteral("zhibu"), Role::Branch);
        branch.displayName = QStringLiteral("支部张三");
        branch.scopeOrgId = branch1;
        accounts.add(branch, pw);
        db.reset();
    }
    ~RolesFile() { Authenticator::signOut(path()); }
    static Account account(const QString &name, Role role)
    {
        Account a;
        a.name = name;
        a.role = role;
        return a;
    }
    std::unique_ptr<Session> sessionAs(const QString &name)
    {
        Authenticator::signIn(path(), name, pw);
        return std::make_unique<Session>(Database::open(path()));
    }
};

// F2 on a cell: whether an editor opened.
bool opensEditor(QTableView *table, int row, int column)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    QApplication::processEvents();
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    if (editor)
        QTest::keyClick(editor, Qt::Key_Escape);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor goes
    return editor != nullptr;
}

} // namespace

TEST_CASE("a branch account sees why the review, grades, sealing and pairs are not offered", "[ui][assess][access]")
{
    chineseForScreenshots();
    RolesFile f;
    auto session = f.sessionAs(QStringLiteral("zhibu"));
    AssessPage page(*session);
    page.resize(1200, 700);
    page.show();
    QApplication::processEvents();
    CHECK_FALSE(child<QToolButton>(&page, "sealAssessment")->isEnabled());
    CHECK_FALSE(child<QToolButton>(&page, "decideGrade")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "suggestPairs")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "keepPairs")->isEnabled());
    // 录入人 is the account, not a name to type.
    CHECK(child<QPushButton>(&page, "assessEnteredBy")->text().contains(QStringLiteral("支部张三")));
    CHECK_FALSE(child<QPushButton>(&page, "assessEnteredBy")->isEnabled());

    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    auto *table = child<QTableView>(&page, "dailyTable");
    QApplication::processEvents();
    REQUIRE(table->model()->rowCount() > 0);
    CHECK(opensEditor(table, 0, DailyScoreModel::Self));
    CHECK_FALSE(opensEditor(table, 0, DailyScoreModel::Review));
    CHECK_FALSE(opensEditor(table, 0, DailyScoreModel::ReviewNote));
    // Why, in words, above the page.
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(0);
    auto *note = child<QLabel>(&page, "assessBranchNote");
    CHECK(note->isVisible());
    CHECK(note->text() == QCoreApplication::translate(
                              "AssessPage", "Signed in for a branch: you enter your organisation's self-assessment (自评). "
                                            "The review (审核), grade decisions, sealing and the pairs are for the organ "
                                            "party committee and administrators."));
    screenshot(page, QStringLiteral("assess-branch-account"));
}

TEST_CASE("the organ party committee is offered the review, sealing and pairs", "[ui][assess][access]")
{
    RolesFile f;
    auto session = f.sessionAs(QStringLiteral("jiguan"));
    AssessPage page(*session);
    page.show();
    QApplication::processEvents();
    CHECK(child<QToolButton>(&page, "sealAssessment")->isEnabled());
    CHECK(child<QToolButton>(&page, "decideGrade")->isEnabled());
    CHECK(child<QPushButton>(&page, "suggestPairs")->isEnabled());
    CHECK_FALSE(child<QLabel>(&page, "assessBranchNote")->isVisible());
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    auto *table = child<QTableView>(&page, "dailyTable");
    QApplication::processEvents();
    REQUIRE(table->model()->rowCount() > 0);
    CHECK(opensEditor(table, 0, DailyScoreModel::Review));
}
