// Accounts, sign-in and roles (issue 8): Argon2id passwords with a lockout delay, a session
// taken by every opening of the file, and the role enforced by the connection itself.
#include "SmallTree.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/PasswordHash.h"
#include "access/SignInRegistry.h"
#include "access/SignInRequired.h"
#include "assess/SchemeRepository.h"
#include "storage/Query.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

namespace {

dj::Account account(const QString &name, dj::Role role, const QString &scope = {})
{
    dj::Account a;
    a.name = name;
    a.displayName = name;
    a.role = role;
    a.scopeOrgId = scope;
    return a;
}

const QString pw = QStringLiteral("正确的密码-2026");

// A small tree whose file has an administrator, a branch account for 办公室党支部 (branch1)
// and a read-only account; nobody is signed in when it is made.
struct WithAccounts : SmallTree
{
    WithAccounts()
    {
        dj::AccountRepository repo(*db);
        repo.add(account(QStringLiteral("admin"), dj::Role::Admin), pw);
        repo.add(account(QStringLiteral("zhibu"), dj::Role::Branch, branch1), pw);
        repo.add(account(QStringLiteral("chakan"), dj::Role::ReadOnly), pw);
        person(QStringLiteral("赵六"), branch2, 13);
        db.reset();
    }
    ~WithAccounts() { dj::SignInRegistry::forget(path()); }
    std::unique_ptr<dj::Database> openAs(const QString &name)
    {
        dj::Authenticator::signIn(path(), name, pw);
        return dj::Database::open(path());
    }
};

} // namespace

TEST_CASE("A file without accounts opens for everyone, with every right", "[access]")
{
    TempDb t;
    CHECK_FALSE(dj::AccountRepository::enabled(*t));
    CHECK_FALSE(t.db->user().signedIn);
    CHECK(t.db->user().role == dj::Role::Admin);
    CHECK_FALSE(t.db->user().user.isEmpty());
}

TEST_CASE("The first account must be an administrator with a real password", "[access]")
{
    SmallTree t;
    dj::AccountRepository repo(*t);
    CHECK_THROWS_WITH(repo.add(account(QStringLiteral("zhibu"), dj::Role::Branch, t.branch1), pw),
                      Catch::Contains("first account must be an enabled administrator"));
    CHECK_THROWS_WITH(repo.add(account(QStringLiteral("admin"), dj::Role::Admin), QStringLiteral("short")),
                      Catch::Contains("at least 8"));
    CHECK_THROWS_WITH(repo.add(account(QStringLiteral("a b"), dj::Role::Admin), pw), Catch::Contains("spaces"));
    CHECK_FALSE(dj::AccountRepository::enabled(*t));
    repo.add(account(QStringLiteral("admin"), dj::Role::Admin), pw);
    CHECK(dj::AccountRepository::enabled(*t));
    CHECK_THROWS_WITH(repo.add(account(QStringLiteral("ADMIN"), dj::Role::ReadOnly), pw),
                      Catch::Contains("already exists"));
    CHECK_THROWS_WITH(repo.add(account(QStringLiteral("x"), dj::Role::Branch), pw),
                      Catch::Contains("needs the organisation"));
    // The hash is Argon2id, never the password.
    const QString hash = dj::Query(*t, QStringLiteral("SELECT password_hash FROM account")).scalar().toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(pw));
}

TEST_CASE("A file with accounts does not open before a sign-in", "[access]")
{
    WithAccounts t;
    try {
        dj::Database::open(t.path());
        FAIL("opened without a sign-in");
    } catch (const dj::SignInRequired &e) {
        CHECK(e.path() == t.path());
        CHECK(e.message().contains(QStringLiteral("sign in")));
    }
    CHECK_THROWS_AS(dj::Database::openReadOnly(t.path()), dj::SignInRequired);
    const dj::UserSession s = dj::Authenticator::signIn(t.path(), QStringLiteral("Admin"), pw);
    CHECK(s.user == QStringLiteral("admin"));
    CHECK(s.signedIn);
    auto db = dj::Database::open(t.path());
    CHECK(db->user().role == dj::Role::Admin);
    dj::Authenticator::signOut(t.path());
    CHECK_THROWS_AS(dj::Database::open(t.path()), dj::SignInRequired);
}

TEST_CASE("Wrong passwords are counted and lock the account for a growing time", "[access]")
{
    WithAccounts t;
    const auto failedCount = [&] {
        auto db = dj::Database::openForSignIn(t.path());
        return dj::Query(*db, QStringLiteral("SELECT failed_count FROM account WHERE name = 'zhibu'")).scalar().toInt();
    };
    CHECK_THROWS_WITH(dj::Authenticator::signIn(t.path(), QStringLiteral("nobody"), pw),
                      Catch::Contains("user name or the password is wrong"));
    for (int i = 1; i <= 3; ++i) {
        CHECK_THROWS_WITH(dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), QStringLiteral("wrong-password")),
                          Catch::Contains("user name or the password is wrong"));
        CHECK(failedCount() == i);
    }
    // Locked: even the right password is not looked at for 30 s.
    CHECK_THROWS_WITH(dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), pw),
                      Catch::Contains("try again in 30 seconds"));
    t.clock.advanceSecs(31);
    CHECK_THROWS(dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), QStringLiteral("wrong-again")));
    CHECK(failedCount() == 4);
    t.clock.advanceSecs(31);
    CHECK_THROWS_WITH(dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), pw),
                      Catch::Contains("try again in 29 seconds"));
    t.clock.advanceSecs(30);
    CHECK(dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), pw).role == dj::Role::Branch);
    CHECK(failedCount() == 0);
    CHECK(dj::Authenticator::waitSecs(2) == 0);
    CHECK(dj::Authenticator::waitSecs(5) == 120);
    CHECK(dj::Authenticator::waitSecs(40) == dj::Authenticator::LongestWaitSecs);
}

TEST_CASE("A branch account changes only its own subtree, in core", "[access]")
{
    WithAccounts t;
    auto db = t.openAs(QStringLiteral("zhibu"));
    dj::PersonRepository people(*db);
    dj::OrganizationRepository orgs(*db);
    dj::Person p;
    p.name = QStringLiteral("李四");
    p.gender = QLatin1Char('F');
    p.birthDate = QDate(1990, 1, 2);
    p.joinedOn = QDate(2015, 7, 1);
    p.fullMemberOn = p.joinedOn.addYears(1);
    p.branchId = t.branch1; // its own branch
    const QString inScope = people.insert(p, QDate(2024, 1, 1));
    CHECK_FALSE(inScope.isEmpty());
    p.name = QStringLiteral("王五");
    p.branchId = t.branch2; // another branch
    CHECK_THROWS_WITH(people.insert(p, QDate(2024, 1, 1)), Catch::Contains("only its own organisation"));
    try {
        people.insert(p, QDate(2024, 1, 1));
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Denied);
    }
    // A new group under its branch is fine; one under the 机关党委 is not.
    CHECK_NOTHROW(addOrg(*db, dj::OrgType::Group, t.branch1, QStringLiteral("第二党小组"), QStringLiteral("SW-ZB01-2")));
    CHECK_THROWS_WITH(addOrg(*db, dj::OrgType::Branch, t.organ, QStringLiteral("新支部"), QStringLiteral("SW-ZB09")),
                      Catch::Contains("only its own organisation"));
    // The department's schemes are the 机关党委's.
    CHECK_THROWS_WITH(dj::SchemeRepository(*db).installBuiltin(), Catch::Contains("only its own"));
    // Raw SQL through the same connection is refused as well: the triggers are the guard.
    CHECK_THROWS(dj::Query(*db, QStringLiteral("UPDATE person SET name = 'x' WHERE branch_id = :b"))
                     .bind(QStringLiteral(":b"), t.branch2)
                     .exec());
    CHECK(dj::Query(*db, QStringLiteral("SELECT count(*) FROM person WHERE name = 'x'")).scalar().toInt() == 0);
    CHECK(dj::Query(*db, QStringLiteral("SELECT count(*) FROM person WHERE name = '赵六'")).scalar().toInt() == 1);
    // The guard keeps no statement open: the connection closes and folds its WAL back.
    db.reset();
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
}

TEST_CASE("A read-only account changes nothing", "[access]")
{
    WithAccounts t;
    auto db = t.openAs(QStringLiteral("chakan"));
    CHECK_FALSE(db->user().canWrite());
    CHECK_THROWS_WITH(addOrg(*db, dj::OrgType::Group, t.branch1, QStringLiteral("第二党小组"), QStringLiteral("X-1")),
                      Catch::Contains("may only read"));
    CHECK_THROWS_WITH(dj::AccountRepository(*db).add(account(QStringLiteral("x"), dj::Role::Admin), pw),
                      Catch::Contains("Only an administrator"));
}

TEST_CASE("Accounts are changed by administrators and one always stays", "[access]")
{
    WithAccounts t;
    {
        auto db = t.openAs(QStringLiteral("zhibu"));
        CHECK_THROWS_WITH(dj::AccountRepository(*db).remove(QStringLiteral("chakan")),
                          Catch::Contains("Only an administrator"));
        // Everyone may change their own password, knowing the current one.
        CHECK_THROWS_WITH(dj::AccountRepository(*db).changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("newpassword1")),
                          Catch::Contains("current password is wrong"));
        dj::AccountRepository(*db).changeOwnPassword(pw, QStringLiteral("newpassword1"));
    }
    CHECK_THROWS(dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), pw));
    CHECK_NOTHROW(dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), QStringLiteral("newpassword1")));

    auto db = t.openAs(QStringLiteral("admin"));
    dj::AccountRepository repo(*db);
    auto admin = *repo.find(QStringLiteral("admin"));
    admin.role = dj::Role::Committee;
    CHECK_THROWS_WITH(repo.update(admin), Catch::Contains("last enabled administrator"));
    CHECK_THROWS_WITH(repo.remove(QStringLiteral("admin")), Catch::Contains("last enabled administrator"));
    // A role changed by the administrator applies at the next opening; a disabled account is
    // signed out.
    auto ro = *repo.find(QStringLiteral("chakan"));
    dj::Authenticator::signIn(t.path(), QStringLiteral("chakan"), pw);
    auto before = dj::Database::open(t.path());
    CHECK(before->user().role == dj::Role::ReadOnly);
    dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), pw);
    ro.role = dj::Role::Committee;
    repo.update(ro);
    ro.disabled = true;
    repo.update(ro);
    dj::SignInRegistry::set(t.path(), before->user());
    CHECK_THROWS_AS(dj::Database::open(t.path()), dj::SignInRequired);
    CHECK(repo.list().size() == 3);
    // Removing every account turns sign-in off (and puts the office key back in plain text,
    // so the administrator's sign-in must have unlocked it).
    dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), pw);
    repo.remove(QStringLiteral("chakan"));
    repo.remove(QStringLiteral("zhibu"));
    repo.remove(QStringLiteral("admin"));
    CHECK_FALSE(dj::AccountRepository::enabled(*db));
}
