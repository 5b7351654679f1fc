// dangjian-cli office new-key (issue 18, item 3): a new key pair, announced to trusting offices
// by a notice signed with the old key, taken by their next import; only an administrator
// holding the key may make one.
#include "AddOrg.h"
#include "AdminAndReader.h"
#include "CliRun.h"
#include "access/AccountRepository.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/PeerRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QString fingerprintOf(const QString &file, const QStringList &env = {})
{
    const CliRun r = runCli({QStringLiteral("office"), QStringLiteral("show"), file, QStringLiteral("--json")}, {}, env);
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("fingerprint")).toString();
}
} // namespace

TEST_CASE("office new-key makes a new key that a trusting office takes with the next package", "[exchange][cli][keys]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.djdb")), b = dir.filePath(QStringLiteral("b.djdb"));
    REQUIRE(runCli({QStringLiteral("init"), a, QStringLiteral("--office"), QStringLiteral("甲机关")}).code == 0);
    REQUIRE(runCli({QStringLiteral("init"), b, QStringLiteral("--office"), QStringLiteral("乙机关")}).code == 0);
    {
        auto from = dj::Database::open(a);
        auto to = dj::Database::open(b);
        dj::PeerRepository(*to).trust(dj::OfficeIdentity::publicKey(*from), QString(), QStringLiteral("test"));
        addOrg(*from, dj::OrgType::PartyGroup, {}, QStringLiteral("党组"), QStringLiteral("A"));
    }
    const QString old = fingerprintOf(a);

    CliRun r = runCli({QStringLiteral("office"), QStringLiteral("new-key"), a});
    REQUIRE(r.code == 0);
    const QString fresh = fingerprintOf(a);
    CHECK(fresh != old);
    CHECK(r.out.contains(old.toUtf8()));
    CHECK(r.out.contains(fresh.toUtf8()));
    CHECK(runCli({QStringLiteral("office"), QStringLiteral("new-key")}).code == 2); // FILE missing

    const QString pkg = dir.filePath(QStringLiteral("a.djpkg"));
    REQUIRE(runCli({QStringLiteral("export"), a, QStringLiteral("--scope"), QStringLiteral("all"), QStringLiteral("--out"), pkg})
                .code == 0);
    r = runCli({QStringLiteral("import"), b, pkg});
    INFO(r.err.toStdString());
    CHECK(r.out.contains("changed its key"));
    CHECK(r.out.contains(old.toUtf8()));
    CHECK(r.out.contains(fresh.toUtf8()));
}

TEST_CASE("office new-key is refused for an account that does not hold the key", "[exchange][cli][keys][access]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.djdb"));
    REQUIRE(runCli({QStringLiteral("init"), a, QStringLiteral("--office"), QStringLiteral("甲机关")}).code == 0);
    const QString pw = QStringLiteral("Dangjian-2026");
    {
        auto db = dj::Database::open(a);
        addAdminAndReader(*db, pw);
    }
    const QStringList asAdmin{QStringLiteral("DJ_USER=admin"), QStringLiteral("DJ_PASSWORD=") + pw};
    const QString old = fingerprintOf(a, asAdmin);
    const CliRun refused = runCli({QStringLiteral("office"), QStringLiteral("new-key"), a}, {},
                                  {QStringLiteral("DJ_USER=chakan"), QStringLiteral("DJ_PASSWORD=") + pw});
    CHECK(refused.code != 0);
    CHECK(refused.err.trimmed().count('\n') == 0); // one line
    CHECK(fingerprintOf(a, asAdmin) == old);
    const CliRun done = runCli({QStringLiteral("office"), QStringLiteral("new-key"), a}, {}, asAdmin);
    INFO(done.err.toStdString());
    CHECK(done.code == 0);
    CHECK(fingerprintOf(a, asAdmin) != old);
}
