// Accounts from the command line: turning sign-in on, DJ_USER/DJ_PASSWORD, exit code 6 for
// "not signed in" and "not allowed", and the account commands.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QStringList as(const char *user, const char *password)
{
    return {s("DJ_USER=") + s(user), s("DJ_PASSWORD=") + s(password)};
}

} // namespace

TEST_CASE("account commands turn sign-in on and hold the command line to the roles", "[cli][access]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("机关.djdb"));
    REQUIRE(runCli({s("demo"), file}).code == 0);
    REQUIRE(runCli({s("account"), s("list"), file}).out.contains("No accounts"));

    // The first account must be an administrator; the password must be long enough.
    CliRun r = runCli({s("account"), s("add"), file, s("--name"), s("zb"), s("--role"), s("readonly")}, {},
                      {s("DJ_NEW_PASSWORD=long-enough-1")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("first account must be an enabled administrator"));
    r = runCli({s("account"), s("add"), file, s("--name"), s("admin"), s("--role"), s("admin")}, {},
               {s("DJ_NEW_PASSWORD=short")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("at least 8"));
    r = runCli({s("account"), s("add"), file, s("--name"), s("admin"), s("--role"), s("boss")}, {},
               {s("DJ_NEW_PASSWORD=long-enough-1")});
    CHECK(r.code == 2);
    r = runCli({s("account"), s("add"), file, s("--name"), s("admin"), s("--role"), s("admin")}, {},
               {s("DJ_NEW_PASSWORD=long-enough-1")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("everyone signs in"));

    // Now nothing opens without a sign-in, not even a listing; no terminal means no prompt.
    r = runCli({s("info"), file});
    CHECK(r.code == 6);
    CHECK(r.err.contains("DJ_USER"));
    CHECK(r.err.count('\n') == 1);
    r = runCli({s("info"), file}, {}, as("admin", "wrong-password"));
    CHECK(r.code == 6);
    CHECK(r.err.contains("user name or the password is wrong"));
    CHECK(runCli({s("info"), file}, {}, as("admin", "long-enough-1")).code == 0);
    // The backup copy has the accounts too; making and verifying it needs no second sign-in.
    r = runCli({s("backup"), file}, {}, as("admin", "long-enough-1"));
    CHECK(r.code == 0);
    CHECK(r.out.contains("verified"));

    // A read-only account and a branch account for 办公室党支部 (SW-ZB01 in the demo).
    const QStringList admin = as("admin", "long-enough-1");
    r = runCli({s("account"), s("add"), file, s("--name"), s("chakan"), s("--role"), s("readonly")}, {},
               admin + QStringList{s("DJ_NEW_PASSWORD=long-enough-2")});
    REQUIRE(r.code == 0);
    r = runCli({s("account"), s("add"), file, s("--name"), s("zhibu"), s("--role"), s("branch"), s("--org"), s("SW-ZB01")},
               {}, admin + QStringList{s("DJ_NEW_PASSWORD=long-enough-3")});
    REQUIRE(r.code == 0);
    r = runCli({s("account"), s("list"), file, s("--json")}, {}, admin);
    REQUIRE(r.code == 0);
    const QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
    REQUIRE(accounts.size() == 3);

    // Read-only: no backup copy (it would carry everything away), no account changes.
    const QStringList ro = as("chakan", "long-enough-2");
    CHECK(runCli({s("info"), file}, {}, ro).code == 0);
    r = runCli({s("backup"), file}, {}, ro);
    CHECK(r.code == 6);
    CHECK(r.err.contains("Only an administrator or the organ party committee"));
    r = runCli({s("account"), s("remove"), file, s("--name"), s("zhibu"), s("--yes")}, {}, ro);
    CHECK(r.code == 6);
    r = runCli({s("duty"), s("generate"), file, s("--year"), s("2027")}, {}, ro);
    CHECK(r.code == 6);
    CHECK(r.err.contains("may only read"));

    // Wrong passwords lock the account for a while.
    for (int i = 0; i < 3; ++i)
        CHECK(runCli({s("info"), file}, {}, as("zhibu", "nope-nope")).code == 6);
    r = runCli({s("info"), file}, {}, as("zhibu", "long-enough-3"));
    CHECK(r.code == 6);
    CHECK(r.err.contains("try again in"));
    CHECK(runCli({s("account"), s("unlock"), file, s("--name"), s("zhibu")}, {}, admin).code == 0);
    CHECK(runCli({s("info"), file}, {}, as("zhibu", "long-enough-3")).code == 0);

    // An administrator sets a password and disables an account.
    CHECK(runCli({s("account"), s("password"), file, s("--name"), s("zhibu")}, {},
                 admin + QStringList{s("DJ_NEW_PASSWORD=long-enough-4")})
              .code == 0);
    CHECK(runCli({s("info"), file}, {}, as("zhibu", "long-enough-4")).code == 0);
    CHECK(runCli({s("account"), s("set"), file, s("--name"), s("zhibu"), s("--disable")}, {}, admin).code == 0);
    CHECK(runCli({s("info"), file}, {}, as("zhibu", "long-enough-4")).code == 6);
    r = runCli({s("account"), s("remove"), file, s("--name"), s("admin"), s("--yes")}, {}, admin);
    CHECK(r.code == 4);
    CHECK(r.err.contains("last enabled administrator"));

    // Removing every account turns sign-in off again.
    for (const char *name : {"zhibu", "chakan", "admin"})
        CHECK(runCli({s("account"), s("remove"), file, s("--name"), s(name), s("--yes")}, {}, admin).code == 0);
    CHECK(runCli({s("info"), file}).code == 0);
}
