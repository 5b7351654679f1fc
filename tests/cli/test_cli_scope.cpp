// The command line of issue 18, items 2 and 8: office trust --speaks-for, office scope,
// office peers --json, a refused import (one line, exit 4; --json lists every row) and
// --skip-refused; a changed key shown side by side and refused without --replace-key.
#include "AddOrg.h"
#include "CliRun.h"
#include "ExchangeFixture.h"
#include "FullMember.h"
#include "org/PersonRepository.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

// A department file and a 第一支部 (A11) office that got everything from it, trusted back for A11
// through the command line; the branch renamed its own member and the other branch's.
struct BranchPackage
{
    Offices x;
    QString dept, branch, package, key, member11, member12;
    BranchPackage()
    {
        auto d = x.make(s("机关党委"));
        auto b = x.make(s("第一支部"));
        const QStringList orgs = smallTree(*d);
        member11 = addFullMember(*d, s("张一"), orgs[2]);
        member12 = addFullMember(*d, s("李二"), orgs[3]);
        Offices::trust(*b, *d);
        x.receive(*b, x.send(*d));
        x.tick();
        renameMember(*b, member11, s("张一改"));
        x.tick();
        renameMember(*b, member12, s("李二被改"));
        package = x.send(*b);
        key = x.path(s("branch.djkey"));
        dj::OfficeIdentity::writeKeyFile(dj::OfficeIdentity::publicKey(*b), key);
        dept = d->path();
        branch = b->path();
    }
    QByteArray digest() const { return runCli({s("digest"), dept}).out.trimmed(); }
};
} // namespace

TEST_CASE("office trust --speaks-for, office scope and office peers --json", "[exchange][cli][scope]")
{
    BranchPackage t;
    CHECK(runCli({s("office"), s("trust"), t.dept, s("--key"), t.key, s("--speaks-for"), s("NOPE"), s("--yes")}).code == 4);
    REQUIRE(runCli({s("office"), s("trust"), t.dept, s("--key"), t.key, s("--speaks-for"), s("A11"), s("--yes")}).code == 0);
    CliRun r = runCli({s("office"), s("peers"), t.dept, s("--json")});
    REQUIRE(r.code == 0);
    QJsonArray peers = QJsonDocument::fromJson(r.out).array();
    REQUIRE(peers.size() == 1);
    CHECK(peers[0][s("speaksFor")].toString() == s("A11"));
    CHECK(peers[0][s("name")].toString() == s("第一支部"));
    CHECK(peers[0][s("trusted")].toBool());

    r = runCli({s("office"), s("scope"), t.dept, s("--office"), s("第一支部"), s("--speaks-for"), s("A1")});
    REQUIRE(r.code == 0);
    peers = QJsonDocument::fromJson(runCli({s("office"), s("peers"), t.dept, s("--json")}).out).array();
    CHECK(peers[0][s("speaksFor")].toString() == s("A1"));
    CHECK(runCli({s("office"), s("scope"), t.dept, s("--office"), s("第一支部")}).code == 2);
    CHECK(runCli({s("office"), s("scope"), t.dept, s("--office"), s("无此单位"), s("--speaks-for"), s("A1")}).code == 3);
    // The change is in the audit log.
    CHECK(runCli({s("audit"), t.dept, s("--table"), s("trust")}).out.contains("speaks for A1, was A11"));
}

TEST_CASE("a refused import exits non-zero naming the first row; --json lists them all", "[exchange][cli][scope]")
{
    BranchPackage t;
    REQUIRE(runCli({s("office"), s("trust"), t.dept, s("--key"), t.key, s("--speaks-for"), s("A11"), s("--yes")}).code == 0);
    const QByteArray before = t.digest();
    CliRun r = runCli({s("import"), t.dept, t.package});
    CHECK(r.code == 4);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("person"));
    CHECK(r.err.contains(t.member12.toUtf8()));
    CHECK(r.err.contains("outside"));
    CHECK(t.digest() == before);

    r = runCli({s("import"), t.dept, t.package, s("--json")});
    CHECK(r.code == 4);
    const QJsonObject refused = QJsonDocument::fromJson(r.out).object();
    REQUIRE(refused[s("refused")].toArray().size() == 1);
    CHECK(refused[s("refused")][0][s("table")].toString() == s("person"));
    CHECK(refused[s("refused")][0][s("rowId")].toString() == t.member12);
    CHECK(refused[s("refusedTotal")].toDouble() == 1);
    CHECK(t.digest() == before);

    // The rest: the branch's own member changes, the other branch's stays; listed as left out.
    r = runCli({s("import"), t.dept, t.package, s("--skip-refused"), s("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject done = QJsonDocument::fromJson(r.out).object();
    CHECK(done[s("counts")][s("updated")][s("total")].toDouble() == 1);
    CHECK(done[s("refused")][0][s("rowId")].toString() == t.member12);
    CHECK(done.contains(s("importId"))); // the keys from before stay
    CHECK(t.digest() != before);
}

TEST_CASE("a changed key is shown beside the old one and needs --replace-key", "[exchange][cli][trust]")
{
    BranchPackage t;
    REQUIRE(runCli({s("office"), s("trust"), t.dept, s("--key"), t.key, s("--speaks-for"), s("A11"), s("--yes")}).code == 0);
    // The same office id with another office's key, as a swapped key file would bring it.
    dj::OfficeKey changed = dj::OfficeIdentity::readKeyFile(t.key);
    {
        auto other = dj::Database::create(t.x.path(s("other.djdb")), s("第一支部"));
        changed.publicKey = dj::OfficeIdentity::publicKey(*other).publicKey;
    }
    // Without an encryption key (as in a version-1 key file): the old one is vouched for by the old key only.
    changed.boxPublicKey.clear();
    changed.boxSignature.clear();
    const QString newKey = t.x.path(s("changed.djkey"));
    dj::OfficeIdentity::writeKeyFile(changed, newKey);
    CliRun r = runCli({s("office"), s("trust"), t.dept, s("--key"), newKey, s("--speaks-for"), s("A11"), s("--yes")});
    CHECK(r.code == 4);
    CHECK(r.out.contains("Old fingerprint: " + dj::OfficeIdentity::readKeyFile(t.key).fingerprint().toUtf8()));
    CHECK(r.out.contains("New fingerprint: " + changed.fingerprint().toUtf8()));
    CHECK(r.err.contains("--replace-key"));
    QJsonArray peers = QJsonDocument::fromJson(runCli({s("office"), s("peers"), t.dept, s("--json")}).out).array();
    CHECK(peers[0][s("fingerprint")].toString() == dj::OfficeIdentity::readKeyFile(t.key).fingerprint());
    r = runCli({s("office"), s("trust"), t.dept, s("--key"), newKey, s("--speaks-for"), s("A11"), s("--yes"), s("--replace-key")});
    CHECK(r.code == 0);
    peers = QJsonDocument::fromJson(runCli({s("office"), s("peers"), t.dept, s("--json")}).out).array();
    CHECK(peers[0][s("fingerprint")].toString() == changed.fingerprint());
}

TEST_CASE("import --trust needs --speaks-for and trusts only with the import", "[exchange][cli][trust]")
{
    BranchPackage t;
    CliRun r = runCli({s("import"), t.dept, t.package, s("--trust"), s("--yes")});
    CHECK(r.code == 2);
    CHECK(r.err.contains("--speaks-for"));
    // Refused rows: the import fails, and the sender stays untrusted.
    r = runCli({s("import"), t.dept, t.package, s("--trust"), s("--speaks-for"), s("A11"), s("--yes")});
    CHECK(r.code == 4);
    CHECK(QJsonDocument::fromJson(runCli({s("office"), s("peers"), t.dept, s("--json")}).out).array().isEmpty());
    r = runCli({s("import"), t.dept, t.package, s("--trust"), s("--speaks-for"), s("A1"), s("--yes")});
    CHECK(r.code == 0);
    const QJsonArray peers = QJsonDocument::fromJson(runCli({s("office"), s("peers"), t.dept, s("--json")}).out).array();
    REQUIRE(peers.size() == 1);
    CHECK(peers[0][s("speaksFor")].toString() == s("A1"));
}
