// The 党员与岗位 page: search, organisation filter, the person dialog with its ID check,
// undo/redo of every kind of edit, and the lazily fetching people model.
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "TypeDate.h"
#include "common/DateField.h"
#include "Widgets.h"
#include "app/Session.h"
#include "common/OrgComboBox.h"
#include "org/PostRepository.h"
#include "people/AddPostCommand.h"
#include "people/PeoplePage.h"
#include "people/PersonDialog.h"
#include "people/PersonTableModel.h"
#include "people/PostDialog.h"
#include "people/TransferCommand.h"
#include "people/TransferDialog.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QToolButton>
#include <functional>

namespace {

// SmallTree's data file, handed to a Session once the fixture data is in it.
struct PeopleFixture : SmallTree
{
    std::unique_ptr<Session> session;
    QStringList errors;

    Session &start()
    {
        session = std::make_unique<Session>(std::move(db));
        QObject::connect(session.get(), &Session::errorOccurred,
                         [this](const QString &m) { errors.append(m); });
        return *session;
    }
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!condition() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return condition();
}

// Chinese arrives from the input method as a commit, not as key presses.
void typeChinese(QWidget *w, const QString &text)
{
    w->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

int tableRows(PeoplePage &page)
{
    return child<QTableView>(&page, "peopleTable")->model()->rowCount();
}

} // namespace

TEST_CASE("People page searches as the user types and filters by organisation", "[ui][people]")
{
    PeopleFixture f;
    f.person(QStringLiteral("张伟"), f.branch1, 11);
    f.person(QStringLiteral("李娜"), f.branch2, 12);
    f.person(QStringLiteral("王芳"), f.branch1, 14);
    PeoplePage page(f.start());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 700);
    page.show();

    CHECK(tableRows(page) == 3);
    auto *count = child<QLabel>(&page, "peopleCount");
    CHECK(count->text() == QStringLiteral("3 person(s)"));

    auto *search = child<QLineEdit>(&page, "peopleSearch");
    CHECK(search->placeholderText() == QStringLiteral("Name, phone or ID number"));
    typeChinese(search, QStringLiteral("张"));
    CHECK(tableRows(page) == 3); // not yet: the search waits for a pause in typing
    REQUIRE(waitFor([&] { return tableRows(page) == 1; }));
    CHECK(child<QTableView>(&page, "peopleTable")->model()->index(0, 0).data().toString() ==
          QStringLiteral("张伟"));
    CHECK(count->text() == QStringLiteral("1 person(s)"));

    search->setText(QStringLiteral("110101")); // the start of the ID number
    REQUIRE(waitFor([&] { return tableRows(page) == 3; }));

    auto *orgFilter = child<OrgComboBox>(&page, "peopleOrgFilter");
    CHECK(orgFilter->itemText(0) == QStringLiteral("All organisations"));
    page.setOrgFilter(f.branch2); // from the organisation page: its members, whatever the search
    CHECK(orgFilter->currentOrgId() == f.branch2);
    CHECK(search->text().isEmpty());
    CHECK(tableRows(page) == 1);
    CHECK(child<QTableView>(&page, "peopleTable")->model()->index(0, 0).data().toString() ==
          QStringLiteral("李娜"));
    page.setOrgFilter(f.general); // the subtree: 党总支 and its branch
    CHECK(tableRows(page) == 1);
    page.setOrgFilter(f.organ);
    CHECK(tableRows(page) == 3);
    page.setOrgFilter(f.branch1);
    CHECK(tableRows(page) == 2);
    orgFilter->setCurrentIndex(0); // All organisations
    CHECK(tableRows(page) == 3);
    page.setOrgFilter(f.branch1);
    page.setOrgFilter(QString());
    CHECK(orgFilter->currentIndex() == 0);
    CHECK(tableRows(page) == 3);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Adding a person through the dialog can be undone and redone", "[ui][people]")
{
    PeopleFixture f;
    f.person(QStringLiteral("张伟"), f.branch1, 11);
    Session &session = f.start();
    PeoplePage page(session);
    page.show();
    CHECK(tableRows(page) == 1);

    const QString idNumber = dj::IdNumber::compose(QStringLiteral("110101"), QDate(1990, 3, 4), 22);
    QString refusal;
    bool filled = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<PersonDialog *>(w);
        if (!dialog)
            return;
        child<QLineEdit>(dialog, "personName")->setText(QStringLiteral("赵敏"));
        QTest::keyClicks(child<QLineEdit>(dialog, "personIdNumber"), idNumber);
        // An empty birth date and gender are read from the ID number.
        filled = child<DateField>(dialog, "personBirthDate")->date() == QDate(1990, 3, 4) &&
                 child<QComboBox>(dialog, "personGender")->currentData().toString() ==
                     QStringLiteral("F");
        typeDate(child<DateField>(dialog, "personJoined"), QStringLiteral("2015-07-01"));
        typeDate(child<DateField>(dialog, "personFullMember"), QStringLiteral("2016-07-01"));
        child<OrgComboBox>(dialog, "personBranch")->setCurrentOrgId(f.branch2);
        child<QPushButton>(dialog, "personOk")->click();
        if (dialog->isVisible()) { // refused: never leave the test hanging in exec()
            refusal = child<QLabel>(dialog, "personError")->text();
            dialog->reject();
        }
    });
    child<QToolButton>(&page, "addPerson")->click();
    REQUIRE(refusal.isEmpty());
    CHECK(filled);

    REQUIRE(tableRows(page) == 2);
    CHECK(page.currentPersonId().size() > 0);
    const dj::Person added = dj::PersonRepository(session.db()).get(page.currentPersonId());
    CHECK(added.name == QStringLiteral("赵敏"));
    CHECK(added.gender == QLatin1Char('F'));
    CHECK(added.branchId == f.branch2);
    CHECK(child<QTableWidget>(&page, "membershipHistory")->rowCount() == 1);
    REQUIRE(session.undoStack()->count() == 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Add person 赵敏"));

    session.undoStack()->undo();
    CHECK(tableRows(page) == 1);
    CHECK(child<QLabel>(&page, "peopleCount")->text() == QStringLiteral("1 person(s)"));
    session.undoStack()->redo();
    CHECK(tableRows(page) == 2);
    CHECK(dj::PersonRepository(session.db()).history(added.id).size() == 1);

    // A new person the search would hide is searched for and selected.
    auto *search = child<QLineEdit>(&page, "peopleSearch");
    search->setText(QStringLiteral("张"));
    REQUIRE(waitFor([&] { return tableRows(page) == 1; }));
    onNextModal([&](QWidget *w) {
        child<QLineEdit>(w, "personName")->setText(QStringLiteral("孙丽"));
        auto *gender = child<QComboBox>(w, "personGender");
        gender->setCurrentIndex(gender->findData(QStringLiteral("F")));
        typeDate(child<DateField>(w, "personJoined"), QStringLiteral("2015-07-01"));
        typeDate(child<DateField>(w, "personFullMember"), QStringLiteral("2016-07-01"));
        child<OrgComboBox>(w, "personBranch")->setCurrentOrgId(f.branch1);
        child<QPushButton>(w, "personOk")->click();
        if (w->isVisible()) {
            refusal = child<QLabel>(w, "personError")->text();
            static_cast<QDialog *>(w)->reject();
        }
    });
    child<QToolButton>(&page, "addPerson")->click();
    REQUIRE(refusal.isEmpty());
    CHECK(search->text() == QStringLiteral("孙丽"));
    CHECK(tableRows(page) == 1);
    CHECK(child<QLabel>(&page, "personTitle")->text() == QStringLiteral("孙丽"));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("A wrong ID check digit is shown and keeps the person dialog open", "[ui][people]")
{
    PeopleFixture f;
    Session &session = f.start();
    PersonDialog dialog(session);
    dialog.show();
    auto *error = child<QLabel>(&dialog, "personIdNumberProblem"); // under the ID number
    CHECK(error->isHidden());

    const QString good = dj::IdNumber::compose(QStringLiteral("110101"), QDate(1985, 10, 2), 31);
    QString bad = good;
    bad[17] = good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    child<QLineEdit>(&dialog, "personName")->setText(QStringLiteral("钱进"));
    child<OrgComboBox>(&dialog, "personBranch")->setCurrentOrgId(f.branch1);
    auto *id = child<QLineEdit>(&dialog, "personIdNumber");
    QTest::keyClicks(id, bad.left(17));
    CHECK(error->isHidden()); // still typing
    QTest::keyClicks(id, bad.right(1));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("check digit")));

    child<QPushButton>(&dialog, "personOk")->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(session.undoStack()->count() == 0);

    // Letters are refused, a lower-case x is upper-cased, pasted spaces are dropped.
    id->clear();
    QTest::keyClicks(id, QStringLiteral("11010119851002abc"));
    CHECK(id->text() == QStringLiteral("11010119851002"));
    QTest::keyClicks(id, QStringLiteral("123x"));
    CHECK(id->text() == QStringLiteral("11010119851002123X"));
    id->clear();
    id->insert(QStringLiteral(" 110101 19851002 123X "));
    CHECK(id->text() == QStringLiteral("11010119851002123X"));

    // Dates are typed the way they are written on the form and read back at once.
    auto *joined = child<DateField>(&dialog, "personJoined");
    CHECK(joined->isEmpty());
    typeDate(joined, QStringLiteral("2008.7.1"));
    CHECK(joined->date() == QDate(2008, 7, 1));
    typeDate(joined, QString());
    CHECK(joined->isEmpty());
    CHECK_FALSE(joined->date().isValid());
    typeDate(joined, QStringLiteral("20080701"));
    CHECK(joined->date() == QDate(2008, 7, 1));
    typeDate(child<DateField>(&dialog, "personFullMember"), QStringLiteral("2009-07-01"));

    id->clear();
    QTest::keyClicks(id, good);
    CHECK(error->isHidden());
    child<QPushButton>(&dialog, "personOk")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(session.undoStack()->count() == 1);
    CHECK(dj::PersonRepository(session.db()).get(dialog.personId()).idNumber == good);
}

TEST_CASE("Transfer, posts and removal go through the undo stack", "[ui][people]")
{
    PeopleFixture f;
    const QString zhang = f.person(QStringLiteral("张伟"), f.branch1, 11);
    Session &session = f.start();
    PeoplePage page(session);
    page.show();
    REQUIRE(page.selectPerson(zhang));
    auto *history = child<QTableWidget>(&page, "membershipHistory");
    auto *posts = child<QTableWidget>(&page, "personPosts");
    CHECK(history->rowCount() == 1);
    CHECK_FALSE(child<QToolButton>(&page, "endPost")->isEnabled());

    REQUIRE(session.run(new TransferCommand(session, zhang, QStringLiteral("张伟"), f.branch2,
                                            QStringLiteral("服务中心第一党支部"), QDate(2026, 3, 1),
                                            QStringLiteral("工作调动"))));
    CHECK(page.currentPersonId() == zhang); // the selection survives the reload
    CHECK(history->rowCount() == 2);
    CHECK(history->item(0, 0)->text() == QStringLiteral("服务中心第一党支部"));
    session.undoStack()->undo();
    CHECK(history->rowCount() == 1);
    CHECK(dj::PersonRepository(session.db()).get(zhang).branchId == f.branch1);

    // The transfer dialog shows a refusal itself and stays open until the input is right.
    {
        TransferDialog dialog(session, dj::PersonRepository(session.db()).get(zhang));
        child<OrgComboBox>(&dialog, "transferBranch")->setCurrentOrgId(f.branch2);
        auto *date = child<DateField>(&dialog, "transferDate");
        CHECK(date->date() == QDate(2026, 11, 24)); // today, by the test clock
        typeDate(date, QStringLiteral("2019-01-01")); // before 张伟 joined the current branch
        child<QPushButton>(&dialog, "transferOk")->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(child<QLabel>(&dialog, "transferDateProblem")->text().contains(QStringLiteral("2020-01-01")));
        CHECK(f.errors.isEmpty());
        typeDate(date, QStringLiteral("2026-03-01"));
        child<QPushButton>(&dialog, "transferOk")->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(history->rowCount() == 2);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Transfer 张伟 to 服务中心第一党支部"));
    session.undoStack()->undo();
    CHECK(history->rowCount() == 1);

    // The post dialog offers only the posts of the chosen organisation's type.
    {
        PostDialog dialog(session, dj::PersonRepository(session.db()).get(zhang));
        auto *org = child<OrgComboBox>(&dialog, "postOrg");
        auto *type = child<QComboBox>(&dialog, "postType");
        CHECK(org->currentOrgId() == f.branch1);
        CHECK(type->count() == 5); // 书记, 副书记, 组织/宣传/纪检委员
        org->setCurrentOrgId(f.group1);
        REQUIRE(type->count() == 1);
        CHECK(type->currentData().toInt() == int(dj::PostType::GroupLeader));
        org->setCurrentOrgId(f.branch1);
        type->setCurrentIndex(type->findData(int(dj::PostType::BrSecretary)));
        child<QPushButton>(&dialog, "postOk")->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    REQUIRE(posts->rowCount() == 1);
    CHECK(posts->item(0, 1)->text() == QStringLiteral("办公室党支部"));
    CHECK(session.undoStack()->undoText().startsWith(QStringLiteral("Add post")));

    // A second 书记 for the same branch is refused inside the dialog, with no message box.
    const QString li = dj::PersonRepository(session.db()).insert([&] {
        dj::Person p;
        p.name = QStringLiteral("李娜");
        p.branchId = f.branch1;
        p.joinedOn = QDate(2010, 7, 1);
        p.fullMemberOn = QDate(2011, 7, 1);
        return p;
    }());
    {
        PostDialog dialog(session, dj::PersonRepository(session.db()).get(li));
        child<QComboBox>(&dialog, "postType")->setCurrentIndex(0); // 党支部书记
        child<QPushButton>(&dialog, "postOk")->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(child<QLabel>(&dialog, "postTypeProblem")->text().contains(QStringLiteral("张伟")));
        CHECK(f.errors.isEmpty());
    }

    // End the post through the button: the only post held is preselected.
    page.selectPerson(zhang);
    REQUIRE(child<QToolButton>(&page, "endPost")->isEnabled());
    onNextModal([](QWidget *w) {
        child<QPushButton>(w, "endPostOk")->click();
        if (w->isVisible())
            static_cast<QDialog *>(w)->reject();
    });
    child<QToolButton>(&page, "endPost")->click();
    CHECK(posts->item(0, 3)->text() == QStringLiteral("2026-11-24"));
    CHECK_FALSE(child<QToolButton>(&page, "endPost")->isEnabled());
    session.undoStack()->undo();
    CHECK(posts->item(0, 3)->text() != QStringLiteral("2026-11-24"));

    // Remove asks first; undo brings the person back with their post.
    const int before = tableRows(page);
    onNextModal([](QWidget *w) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->button(QMessageBox::Yes)->click();
    });
    child<QToolButton>(&page, "removePerson")->click();
    CHECK(tableRows(page) == before - 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Remove person 张伟"));
    session.undoStack()->undo();
    CHECK(tableRows(page) == before);
    CHECK(dj::PostRepository(session.db()).forPerson(zhang).size() == 1);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("The people model fetches lazily and passes the model tester", "[ui][people]")
{
    PeopleFixture f;
    {
        dj::Transaction tx(*f.db);
        for (int i = 0; i < 450; ++i)
            f.person(QStringLiteral("党员%1").arg(i, 3, 10, QLatin1Char('0')),
                     i % 2 ? f.branch1 : f.branch2, i + 1);
        tx.commit();
    }
    Session &session = f.start();
    {
        PersonTableModel model(session.db());
        CHECK(model.totalCount() == 450);
        CHECK(model.rowCount() == PersonTableModel::PageSize);
        CHECK(model.canFetchMore({}));
        CHECK(model.columnCount() == PersonTableModel::ColumnCount);
        CHECK(model.index(0, PersonTableModel::Name).data().toString() ==
              QStringLiteral("党员000"));
        CHECK(model.index(0, 0).data(Qt::UserRole).toString() == model.personId(0));
        CHECK(model.headerData(PersonTableModel::Branch, Qt::Horizontal).toString() ==
              QStringLiteral("Branch"));

        model.fetchMore({});
        CHECK(model.rowCount() == 400);
        model.refresh(); // keeps what was loaded
        CHECK(model.rowCount() == 400);
        model.fetchMore({});
        CHECK(model.rowCount() == 450);
        CHECK_FALSE(model.canFetchMore({}));
        CHECK(model.index(449, PersonTableModel::Name).data().toString() ==
              QStringLiteral("党员449"));
        CHECK(model.rowOf(model.personId(449)) == 449);

        model.setFilter({QString(), f.branch2});
        CHECK(model.totalCount() == 225);
        CHECK(model.rowCount() == 200);
        model.setFilter({QStringLiteral("党员44"), QString()});
        CHECK(model.rowCount() == 10);
        CHECK_FALSE(model.canFetchMore({}));
        CHECK(model.index(0, PersonTableModel::Gender).data().toString() == QStringLiteral("Male"));
    }
    {
        // The tester fetches on its own whenever the model changes; it aborts on a violation.
        PersonTableModel model(session.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 450);
        model.setFilter({QString(), f.branch1});
        model.refresh();
        model.setFilter({QStringLiteral("nobody"), QString()});
        CHECK(model.rowCount() == 0);
        model.setFilter({});
        model.refresh();
        CHECK(model.rowCount() <= model.totalCount());
        CHECK(model.totalCount() == 450);
    }
}
