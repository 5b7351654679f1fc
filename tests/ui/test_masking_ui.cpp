// The people page and the person dialog for accounts that see numbers masked (issue 8): a
// branch account lists its own people, a masked number is shown read-only and not checked.
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "Widgets.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/Masking.h"
#include "access/SignInRegistry.h"
#include "app/Session.h"
#include "people/PeoplePage.h"
#include "people/PersonDialog.h"
#include "people/PersonTableModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {

const QString pw = QStringLiteral("正确的密码-2026");

struct MaskedUi : SmallTree
{
    QString zhang, li;
    std::unique_ptr<Session> session;

    MaskedUi()
    {
        zhang = person(QStringLiteral("张伟"), branch1, 11, QStringLiteral("13812345678"));
        li = person(QStringLiteral("李娜"), branch2, 14, QStringLiteral("13987654321"));
        dj::AccountRepository repo(*db);
        for (const auto &[name, role, scope] :
             {std::tuple{QStringLiteral("admin"), dj::Role::Admin, QString()},
              std::tuple{QStringLiteral("zhibu"), dj::Role::Branch, branch1},
              std::tuple{QStringLiteral("chakan"), dj::Role::ReadOnly, QString()}}) {
            dj::Account a;
            a.name = name;
            a.displayName = name;
            a.role = role;
            a.scopeOrgId = scope;
            repo.add(a, pw);
        }
        db.reset();
    }
    ~MaskedUi()
    {
        session.reset();
        dj::SignInRegistry::forget(path());
    }
    Session &as(const QString &name)
    {
        session.reset();
        dj::Authenticator::signIn(path(), name, pw);
        session = std::make_unique<Session>(dj::Database::open(path()));
        return *session;
    }
};

QStringList phonesShown(PeoplePage &page)
{
    const QAbstractItemModel *m = child<QTableView>(&page, "peopleTable")->model();
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, PersonTableModel::Phone).data().toString();
    return out;
}

} // namespace

TEST_CASE("A branch account's people page lists its own people with their numbers", "[ui][masking]")
{
    MaskedUi t;
    PeoplePage page(t.as(QStringLiteral("zhibu")));
    page.show();
    CHECK(phonesShown(page) == QStringList{QStringLiteral("13812345678")});
    CHECK(child<QLineEdit>(&page, "peopleSearch")->placeholderText().contains(QStringLiteral("phone")));
}

TEST_CASE("A read-only account sees masked numbers, read-only in the person dialog", "[ui][masking]")
{
    MaskedUi t;
    Session &session = t.as(QStringLiteral("chakan"));
    PeoplePage page(session);
    page.show();
    // 李娜 before 张伟: names in 拼音 order
    CHECK(phonesShown(page) == QStringList{QStringLiteral("139****4321"), QStringLiteral("138****5678")});
    CHECK(child<QLineEdit>(&page, "peopleSearch")->placeholderText() == QStringLiteral("Name"));

    PersonDialog dialog(session, dj::PersonRepository(session.db()).get(t.zhang));
    dialog.show();
    auto *id = child<QLineEdit>(&dialog, "personIdNumber");
    auto *phone = child<QLineEdit>(&dialog, "personPhone");
    CHECK(id->isReadOnly());
    CHECK(phone->isReadOnly());
    CHECK(id->text().startsWith(QStringLiteral("110*************")));
    CHECK(phone->text() == QStringLiteral("138****5678"));
    auto *error = child<QLabel>(&dialog, "personError");
    CHECK(error->isHidden()); // the masked number is not checked as an ID number
    // OK is refused for the role, not for the masked number.
    child<QPushButton>(&dialog, "personOk")->click();
    CHECK(dialog.isVisible());
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().contains(QStringLiteral("ID number")));
}

TEST_CASE("An administrator edits the numbers as before", "[ui][masking]")
{
    MaskedUi t;
    Session &session = t.as(QStringLiteral("admin"));
    PersonDialog dialog(session, dj::PersonRepository(session.db()).get(t.li));
    dialog.show();
    CHECK_FALSE(child<QLineEdit>(&dialog, "personIdNumber")->isReadOnly());
    CHECK(child<QLineEdit>(&dialog, "personPhone")->text() == QStringLiteral("13987654321"));
}
