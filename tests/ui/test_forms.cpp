// Issue 17, items 1, 6, 7 and 8: every date field of the program reads a date typed the way
// people write it; a member's dates of joining and of becoming a full member are required; a
// new member's branch is not chosen for them; all of a form's problems show at once, each
// beside its field. The fields are typed into like a person does and what is stored is read
// back through the repositories (or the dialog's result where nothing is stored).
#include <catch2/catch.hpp>

#include "DutySession.h"
#include "Screenshot.h"
#include "SmallTree.h"
#include "TypeDate.h"
#include "Widgets.h"
#include "app/Session.h"
#include "audit/AuditLogDialog.h"
#include "common/OrgComboBox.h"
#include "duty/DutyItemDialog.h"
#include "duty/DutyRecordDialog.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "duty/GenerateListsDialog.h"
#include "org/OrgPage.h"
#include "org/OrganizationRepository.h"
#include "org/PostRepository.h"
#include "people/PeoplePage.h"
#include "people/PersonDialog.h"
#include "people/PostDialog.h"
#include "people/TransferDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace {

// The five ways issue 17 names, for any date.
QStringList fiveWays(const QDate &d)
{
    return {d.toString(QStringLiteral("yyyy-MM-dd")), d.toString(QStringLiteral("yyyy.MM.dd")),
            d.toString(QStringLiteral("yyyy/MM/dd")),
            QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()),
            d.toString(QStringLiteral("yyyyMMdd"))};
}

// Types `text` into the date field `name` of `parent` (TypeDate.h).
void typeInto(QWidget *parent, const char *name, const QString &text)
{
    typeDate(child<QWidget>(parent, name), text);
}

void clickOk(QWidget *dialog)
{
    child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok)->click();
}


struct Forms : SmallTree
{
    std::unique_ptr<Session> session;
    Session &start()
    {
        session = std::make_unique<Session>(std::move(db));
        return *session;
    }
};

void fillNewMember(QWidget *d, const QString &name, const QString &branch)
{
    child<QLineEdit>(d, "personName")->setText(name);
    auto *gender = child<QComboBox>(d, "personGender");
    gender->setCurrentIndex(gender->findData(QStringLiteral("M")));
    child<OrgComboBox>(d, "personBranch")->setCurrentOrgId(branch);
}

QString shown(QWidget *d, const char *label)
{
    auto *l = child<QLabel>(d, label);
    return l->isHidden() ? QString() : l->text();
}

} // namespace

TEST_CASE("Item 1: the person dialog's dates read each of the five ways of typing a date", "[ui][forms][dates]")
{
    Forms f;
    Session &session = f.start();
    dj::PersonRepository people(session.db());
    const QDate born(1980, 5, 6), joined(2005, 7, 1), full(2006, 11, 20), since(2026, 11, 20);
    const QStringList b = fiveWays(born), j = fiveWays(joined), fm = fiveWays(full), s = fiveWays(since);
    for (int i = 0; i < 5; ++i) {
        INFO("typed as " << j.at(i).toStdString());
        PersonDialog d(session);
        fillNewMember(&d, QStringLiteral("成员%1").arg(i), f.branch2);
        typeInto(&d, "personBirthDate", b.at(i));
        typeInto(&d, "personJoined", j.at(i));
        typeInto(&d, "personFullMember", fm.at(i));
        typeInto(&d, "personMemberSince", s.at(i));
        clickOk(&d);
        REQUIRE(d.result() == QDialog::Accepted);
        const dj::Person p = people.get(d.personId());
        CHECK(p.birthDate == born);
        CHECK(p.joinedOn == joined);
        CHECK(p.fullMemberOn == full);
        CHECK(people.history(p.id).first().from == since);

        // Editing reads them the same way.
        PersonDialog edit(session, p);
        const QDate joined2(2004, 3, 9), full2(2005, 3, 9), born2(1979, 1, 2);
        typeInto(&edit, "personBirthDate", fiveWays(born2).at(i));
        typeInto(&edit, "personJoined", fiveWays(joined2).at(i));
        typeInto(&edit, "personFullMember", fiveWays(full2).at(i));
        clickOk(&edit);
        REQUIRE(edit.result() == QDialog::Accepted);
        const dj::Person e = people.get(p.id);
        CHECK(e.birthDate == born2);
        CHECK(e.joinedOn == joined2);
        CHECK(e.fullMemberOn == full2);
    }
}

TEST_CASE("Item 1: a date field shows the date read at once and refuses what is not a date", "[ui][forms][dates]")
{
    chineseForScreenshots();
    Forms f;
    Session &session = f.start();
    PersonDialog d(session);
    d.show();
    QWidget *joined = child<QWidget>(&d, "personJoined");
    auto *echo = child<QLabel>(joined, "dateFieldEcho");
    typeInto(&d, "personJoined", QStringLiteral("2026-11-20"));
    CHECK(echo->text() == QLocale().toString(QDate(2026, 11, 20), QLocale::LongFormat));
    CHECK(echo->text().contains(QLocale().dayName(5))); // a Friday
    typeInto(&d, "personJoined", QStringLiteral("２０２６年１１月２０日"));
    CHECK(echo->text() == QLocale().toString(QDate(2026, 11, 20), QLocale::LongFormat));

    fillNewMember(&d, QStringLiteral("李明"), f.branch1);
    typeInto(&d, "personFullMember", QStringLiteral("2026-02-30"));
    typeInto(&d, "personJoined", QStringLiteral("2026-11-2O")); // a letter O
    CHECK(echo->text().isEmpty());
    clickOk(&d);
    CHECK(d.isVisible());
    CHECK(shown(&d, "personJoinedProblem").contains(QStringLiteral("2026-11-2O")));
    CHECK(shown(&d, "personFullMemberProblem").contains(QStringLiteral("30")));
    screenshot(d, QStringLiteral("forms-person-dates-refused"));
    CHECK(dj::PersonRepository(session.db()).count({}) == 0);

    // The calendar is one click away and sets the field.
    child<QWidget>(joined, "dateFieldCalendarButton")->setFocus();
    QTest::mouseClick(child<QWidget>(joined, "dateFieldCalendarButton"), Qt::LeftButton);
    auto *calendar = QApplication::activePopupWidget();
    REQUIRE(calendar);
    screenshot(*calendar, QStringLiteral("forms-date-calendar"));
    calendar->close();
}

TEST_CASE("Item 1: the post, transfer and organisation dates read the five ways", "[ui][forms][dates]")
{
    chineseForScreenshots();
    Forms f;
    const QString zhang = f.person(QStringLiteral("张伟"), f.branch1, 11);
    Session &session = f.start();
    dj::PersonRepository people(session.db());
    dj::PostRepository posts(session.db());
    dj::OrganizationRepository orgs(session.db());
    const QDate from(2026, 1, 5), to(2026, 11, 20), moved(2026, 11, 20);
    for (int i = 0; i < 5; ++i) {
        INFO("typed as " << fiveWays(to).at(i).toStdString());
        {
            PostDialog d(session, people.get(zhang));
            auto *type = child<QComboBox>(&d, "postType");
            type->setCurrentIndex(type->findData(int(dj::PostType::Organizing)));
            typeInto(&d, "postFrom", fiveWays(from).at(i));
            clickOk(&d);
            REQUIRE(d.result() == QDialog::Accepted);
        }
        dj::PostView open;
        for (const dj::PostView &v : posts.forPerson(zhang))
            if (!v.post.to.isValid())
                open = v;
        CHECK(open.post.from == from);
        {
            PostDialog d(session, open);
            typeInto(&d, "postTo", fiveWays(to).at(i));
            clickOk(&d);
            REQUIRE(d.result() == QDialog::Accepted);
        }
        CHECK(posts.get(open.post.id).to == to);

        {
            TransferDialog d(session, people.get(zhang));
            child<OrgComboBox>(&d, "transferBranch")->setCurrentOrgId(people.get(zhang).branchId == f.branch1 ? f.branch2 : f.branch1);
            typeInto(&d, "transferDate", fiveWays(moved.addDays(i)).at(i));
            clickOk(&d);
            REQUIRE(d.result() == QDialog::Accepted);
        }
        CHECK(people.history(zhang).first().from == moved.addDays(i));
    }

    OrgPage page(session);
    const QDate established(1998, 7, 1), term(2024, 11, 20), dissolved(2026, 11, 20);
    for (int i = 0; i < 5; ++i) {
        INFO("typed as " << fiveWays(term).at(i).toStdString());
        page.selectOrganization(f.organ);
        withDialog([&] { page.addChild(); }, [&](QDialog *d) {
            auto *type = child<QComboBox>(d, "orgType");
            type->setCurrentIndex(type->findData(int(dj::OrgType::Branch)));
            child<QLineEdit>(d, "orgName")->setText(QStringLiteral("第%1党支部").arg(i + 3));
            child<QLineEdit>(d, "orgCode")->setText(QStringLiteral("SW-ZB1%1").arg(i));
            typeInto(d, "orgEstablished", fiveWays(established).at(i));
            typeInto(d, "orgTermStart", fiveWays(term).at(i));
            clickOk(d);
        });
        const dj::Organization o = orgs.byCode(QStringLiteral("SW-ZB1%1").arg(i));
        REQUIRE_FALSE(o.id.isEmpty());
        CHECK(o.establishedOn == established);
        CHECK(o.termStart == term);

        page.selectOrganization(o.id);
        withDialog([&] { page.dissolveCurrent(); }, [&](QDialog *d) {
            typeInto(d, "dissolveDate", fiveWays(dissolved).at(i));
            if (i == 3)
                screenshot(*d, QStringLiteral("forms-dissolve"));
            clickOk(d);
        });
        CHECK(orgs.get(o.id).dissolvedOn == dissolved);
    }
}

TEST_CASE("Item 1: the duty and audit dates read the five ways", "[ui][forms][dates]")
{
    chineseForScreenshots();
    DutySession f;
    dj::DutyRepository lists(f.session->db());
    const dj::DutyItem item = lists.items(lists.lists(2026, f.branch1).first().id).first();
    const QDate done(2026, 11, 20);
    for (int i = 0; i < 5; ++i) {
        INFO("typed as " << fiveWays(done).at(i).toStdString());
        DutyRecordDialog d(*f.session, item);
        typeInto(&d, "recordDate", fiveWays(done.addDays(-i)).at(i));
        child<QPlainTextEdit>(&d, "recordText")->setPlainText(QStringLiteral("召开支部委员会"));
        child<QLineEdit>(&d, "recordBy")->setText(QStringLiteral("王干事"));
        clickOk(&d);
        REQUIRE(d.result() == QDialog::Accepted);
    }
    QList<QDate> dates;
    for (const dj::DutyRecord &r : dj::DutyRecordRepository(f.session->db()).forItem(item.id))
        dates << r.doneOn;
    CHECK(dates == QList<QDate>{done.addDays(-4), done.addDays(-3), done.addDays(-2), done.addDays(-1), done});

    for (const QString &typed : fiveWays(QDate(2026, 3, 31))) {
        GenerateListsDialog d(2026);
        typeInto(&d, "dutyPostsOn", typed);
        screenshot(d, QStringLiteral("forms-generate-lists"));
        clickOk(&d);
        CHECK(d.result() == QDialog::Accepted);
        CHECK(d.postsOn() == QDate(2026, 3, 31));
    }

    AuditLogDialog audit(*f.session);
    for (int i = 0; i < 5; ++i) {
        typeInto(&audit, "auditFrom", fiveWays(QDate(2026, 11, 2)).at(i));
        typeInto(&audit, "auditTo", fiveWays(QDate(2026, 11, 20)).at(i));
        if (i == 3)
            screenshot(audit, QStringLiteral("forms-audit-dates"));
        const dj::AuditFilter filter = audit.currentFilter();
        CHECK(filter.from == QDate(2026, 11, 2).startOfDay());
        CHECK(filter.to == QDate(2026, 11, 21).startOfDay());
    }
}

TEST_CASE("Item 6: a member is not saved without the dates of joining and of becoming a full member", "[ui][forms]")
{
    Forms f;
    Session &session = f.start();
    dj::PersonRepository people(session.db());
    auto *standing = static_cast<QComboBox *>(nullptr);
    {
        PersonDialog d(session);
        fillNewMember(&d, QStringLiteral("正式甲"), f.branch1);
        standing = child<QComboBox>(&d, "personStanding");
        standing->setCurrentIndex(standing->findData(int(dj::Standing::Full)));
        clickOk(&d);
        CHECK(d.result() != QDialog::Accepted);
        CHECK_FALSE(shown(&d, "personJoinedProblem").isEmpty());
        CHECK_FALSE(shown(&d, "personFullMemberProblem").isEmpty());
        typeInto(&d, "personJoined", QStringLiteral("2010-07-01"));
        clickOk(&d);
        CHECK(d.result() != QDialog::Accepted);
        CHECK(shown(&d, "personJoinedProblem").isEmpty());
        CHECK_FALSE(shown(&d, "personFullMemberProblem").isEmpty());
        CHECK(people.count({}) == 0);
        typeInto(&d, "personFullMember", QStringLiteral("2011-07-01"));
        clickOk(&d);
        CHECK(d.result() == QDialog::Accepted);
    }
    {
        PersonDialog d(session);
        fillNewMember(&d, QStringLiteral("预备乙"), f.branch1);
        standing = child<QComboBox>(&d, "personStanding");
        standing->setCurrentIndex(standing->findData(int(dj::Standing::Probationary)));
        clickOk(&d);
        CHECK(d.result() != QDialog::Accepted);
        CHECK_FALSE(shown(&d, "personJoinedProblem").isEmpty());
        CHECK(shown(&d, "personFullMemberProblem").isEmpty()); // none yet, and none asked for
        CHECK(people.count({}) == 1);
        typeInto(&d, "personJoined", QStringLiteral("2026-06-01"));
        clickOk(&d);
        CHECK(d.result() == QDialog::Accepted);
    }
    CHECK(people.count({}) == 2);
}

TEST_CASE("Item 7: with all organisations listed, a new member's branch is not chosen for them", "[ui][forms]")
{
    chineseForScreenshots();
    Forms f;
    Session &session = f.start();
    PeoplePage page(session);
    page.show();
    QString branchShown = QStringLiteral("(not seen)");
    QString problem;
    withDialog([&] { page.addPerson(); }, [&](QDialog *d) {
        branchShown = child<OrgComboBox>(d, "personBranch")->currentOrgId();
        child<QLineEdit>(d, "personName")->setText(QStringLiteral("赵敏"));
        auto *gender = child<QComboBox>(d, "personGender");
        gender->setCurrentIndex(gender->findData(QStringLiteral("F")));
        typeInto(d, "personJoined", QStringLiteral("2015-07-01"));
        typeInto(d, "personFullMember", QStringLiteral("2016-07-01"));
        clickOk(d);
        problem = shown(d, "personBranchProblem");
        screenshot(*d, QStringLiteral("forms-person-no-branch"));
    });
    CHECK(branchShown.isEmpty());
    CHECK_FALSE(problem.isEmpty());
    CHECK(dj::PersonRepository(session.db()).count({}) == 0);

    // The list shows one branch: that branch is the new member's.
    page.setOrgFilter(f.branch2);
    withDialog([&] { page.addPerson(); }, [&](QDialog *d) {
        branchShown = child<OrgComboBox>(d, "personBranch")->currentOrgId();
    });
    CHECK(branchShown == f.branch2);
    // The list shows an organisation above branches: still none is chosen.
    page.setOrgFilter(f.organ);
    withDialog([&] { page.addPerson(); }, [&](QDialog *d) {
        branchShown = child<OrgComboBox>(d, "personBranch")->currentOrgId();
    });
    CHECK(branchShown.isEmpty());
}

TEST_CASE("Item 8: all of a form's problems show at once, each beside its field", "[ui][forms]")
{
    chineseForScreenshots();
    Forms f;
    Session &session = f.start();
    {
        PersonDialog d(session);
        d.show();
        child<QLineEdit>(&d, "personPhone")->setText(QStringLiteral("电话"));
        typeInto(&d, "personBirthDate", QStringLiteral("1990-01-01"));
        typeInto(&d, "personJoined", QStringLiteral("2000-01-01")); // before the 18th birthday
        clickOk(&d); // one click: every problem, not the first
        CHECK(d.isVisible());
        CHECK_FALSE(shown(&d, "personNameProblem").isEmpty());
        CHECK_FALSE(shown(&d, "personGenderProblem").isEmpty());
        CHECK_FALSE(shown(&d, "personPhoneProblem").isEmpty());
        CHECK(shown(&d, "personJoinedProblem").contains(QStringLiteral("18")));
        CHECK_FALSE(shown(&d, "personFullMemberProblem").isEmpty());
        CHECK_FALSE(shown(&d, "personBranchProblem").isEmpty());
        CHECK(d.focusWidget() == child<QLineEdit>(&d, "personName")); // the first
        screenshot(d, QStringLiteral("forms-person-problems"));
        // Typing into a field takes its problem away; the others stay.
        QTest::keyClicks(child<QLineEdit>(&d, "personName"), QStringLiteral("Wang"));
        CHECK(shown(&d, "personNameProblem").isEmpty());
        CHECK_FALSE(shown(&d, "personPhoneProblem").isEmpty());
    }
    {
        bool seen = false;
        OrgPage page(session);
        page.selectOrganization(f.organ);
        withDialog([&] { page.addChild(); }, [&](QDialog *d) {
            typeInto(d, "orgTermStart", QStringLiteral("2026-13-01"));
            clickOk(d);
            seen = true;
            CHECK(d->isVisible());
            CHECK_FALSE(shown(d, "orgNameProblem").isEmpty());
            CHECK_FALSE(shown(d, "orgCodeProblem").isEmpty());
            CHECK(shown(d, "orgTermStartProblem").contains(QStringLiteral("13")));
            screenshot(*d, QStringLiteral("forms-org-problems"));
        });
        CHECK(seen);
    }
    {
        const QString zhang = dj::PersonRepository(session.db()).insert([&] {
            dj::Person p;
            p.name = QStringLiteral("张伟");
            p.joinedOn = QDate(2010, 7, 1);
            p.fullMemberOn = QDate(2011, 7, 1);
            p.branchId = f.branch1;
            return p;
        }(), QDate(2020, 1, 1));
        TransferDialog d(session, dj::PersonRepository(session.db()).get(zhang));
        child<OrgComboBox>(&d, "transferBranch")->setCurrentOrgId(f.branch1); // the same branch
        typeInto(&d, "transferDate", QStringLiteral("2019-01-01"));           // before joining it
        clickOk(&d);
        CHECK(d.result() != QDialog::Accepted);
        CHECK_FALSE(shown(&d, "transferBranchProblem").isEmpty());
        CHECK(shown(&d, "transferDateProblem").contains(QStringLiteral("2020-01-01")));
        screenshot(d, QStringLiteral("forms-transfer-problems"));

        PostDialog post(session, dj::PersonRepository(session.db()).get(zhang));
        typeInto(&post, "postFrom", QStringLiteral("明天"));
        clickOk(&post);
        CHECK(post.result() != QDialog::Accepted);
        CHECK(shown(&post, "postFromProblem").contains(QStringLiteral("明天")));
        screenshot(post, QStringLiteral("forms-post-problems"));
    }
}

TEST_CASE("Item 8: the duty record and item dialogs show every problem beside its field", "[ui][forms]")
{
    chineseForScreenshots();
    DutySession f;
    dj::DutyRepository lists(f.session->db());
    const dj::DutyItem item = lists.items(lists.lists(2026, f.branch1).first().id).first();
    DutyRecordDialog d(*f.session, item);
    d.show();
    typeInto(&d, "recordDate", QStringLiteral("2025-12-31")); // outside the list's year
    clickOk(&d);
    CHECK(d.isVisible());
    CHECK(shown(&d, "recordDateProblem").contains(QStringLiteral("2026")));
    CHECK_FALSE(shown(&d, "recordTextProblem").isEmpty());
    screenshot(d, QStringLiteral("forms-record-problems"));
    typeInto(&d, "recordDate", QStringLiteral("2026-11-2"));
    child<QPlainTextEdit>(&d, "recordText")->setPlainText(QStringLiteral("召开支部委员会"));
    clickOk(&d);
    CHECK(d.result() == QDialog::Accepted);
    CHECK(f.records() == 1);

    DutyItemDialog::Fields fields;
    fields.frequency = dj::Frequency::Quarterly;
    bool saved = false;
    DutyItemDialog items(QStringLiteral("事项"), fields, false, {}, [&](const DutyItemDialog::Fields &, QString *) {
        saved = true;
        return true;
    });
    items.show();
    child<QLineEdit>(&items, "itemDeadline")->setText(QStringLiteral("13-45"));
    clickOk(&items);
    CHECK_FALSE(saved);
    CHECK_FALSE(shown(&items, "itemTitleProblem").isEmpty());
    CHECK(shown(&items, "itemDeadlineProblem").contains(QStringLiteral("13-45")));
    screenshot(items, QStringLiteral("forms-item-problems"));
}
