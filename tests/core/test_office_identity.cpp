// The office a data file speaks for: its signing key made with the file, the key file other
// offices import, and the digest that says whether two files hold the same business rows.
#include "SmallTree.h"
#include "common/Error.h"
#include "exchange/BusinessDigest.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/PeerRepository.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace dj;

TEST_CASE("a new data file has a signing key that signs and verifies", "[exchange][office]")
{
    TempDb t;
    const OfficeKey key = OfficeIdentity::publicKey(*t);
    CHECK(key.publicKey.size() == 32);
    CHECK(key.officeId == t.db->officeId());
    CHECK(OfficeIdentity::ensure(*t).publicKey == key.publicKey); // made once
    const QRegularExpression groups(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$"));
    CHECK(groups.match(key.fingerprint()).hasMatch());
    const QByteArray message("2026年度考核结果");
    const QByteArray signature = OfficeIdentity::sign(*t, message);
    CHECK(OfficeIdentity::verify(key.publicKey, message, signature));
    CHECK_FALSE(OfficeIdentity::verify(key.publicKey, message + 'x', signature));
    QByteArray flipped = signature;
    flipped[5] = char(flipped[5] ^ 1);
    CHECK_FALSE(OfficeIdentity::verify(key.publicKey, message, flipped));
    TempDb other;
    CHECK(OfficeIdentity::publicKey(*other).fingerprint() != key.fingerprint());
    CHECK_FALSE(OfficeIdentity::verify(OfficeIdentity::publicKey(*other).publicKey, message, signature));
}

TEST_CASE("an office key file round-trips and refuses tampering", "[exchange][office]")
{
    TempDb t;
    const OfficeKey key = OfficeIdentity::publicKey(*t);
    const QString path = t.path(QStringLiteral("office.djkey"));
    OfficeIdentity::writeKeyFile(key, path);
    const OfficeKey back = OfficeIdentity::readKeyFile(path);
    CHECK(back.publicKey == key.publicKey);
    CHECK(back.officeName == QStringLiteral("测试机关"));
    QByteArray json = OfficeIdentity::keyFile(key);
    json.replace(key.fingerprint().left(4).toLatin1(), "0000");
    CHECK_THROWS_WITH(OfficeIdentity::parseKeyFile(json, QStringLiteral("k")), Catch::Contains("fingerprint"));
    CHECK_THROWS_AS(OfficeIdentity::parseKeyFile("{\"format\":\"other\"}", QStringLiteral("k")), Error);
    CHECK_THROWS_AS(OfficeIdentity::readKeyFile(t.path(QStringLiteral("none.djkey"))), Error);
}

TEST_CASE("the digest changes with any business row and not with anything else", "[exchange][digest]")
{
    SmallTree t;
    const QString before = BusinessDigest::compute(*t.db);
    CHECK(before.size() == 64);
    CHECK(BusinessDigest::compute(*t.db) == before);
    // A consistent copy holds the same rows.
    const QString copyPath = t.path(QStringLiteral("copy.djdb"));
    t.db->backupTo(copyPath);
    CHECK(BusinessDigest::compute(*Database::openReadOnly(copyPath)) == before);
    // Office metadata is not business data.
    t.db->setMeta(QStringLiteral("office_name"), QStringLiteral("改名后的机关"));
    CHECK(BusinessDigest::compute(*t.db) == before);
    Query(*t.db, QStringLiteral("UPDATE organization SET short_name = 'x', version = version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":id"), t.branch1)
        .exec();
    CHECK(BusinessDigest::compute(*t.db) != before);
}

TEST_CASE("another office is trusted by its key, replaced and revoked", "[exchange][office]")
{
    TempDb here;
    TempDb there;
    PeerRepository peers(*here);
    const OfficeKey theirs = OfficeIdentity::publicKey(*there);
    CHECK_THROWS_WITH(peers.trust(OfficeIdentity::publicKey(*here), QString(), QStringLiteral("张三")), Catch::Contains("own key"));
    peers.trust(theirs, QString(), QStringLiteral("张三"));
    REQUIRE(peers.find(theirs.officeId));
    CHECK(peers.find(theirs.officeId)->trusted());
    CHECK(peers.find(theirs.officeId)->key.publicKey == theirs.publicKey);
    peers.revoke(theirs.officeId);
    CHECK_FALSE(peers.find(theirs.officeId)->trusted());
    CHECK_THROWS_AS(peers.revoke(theirs.officeId), Error);
    // Trusting again does not silently lift the revocation: it must be confirmed.
    CHECK_THROWS_WITH(peers.trust(theirs, QString(), QStringLiteral("李四")), Catch::Contains("revoked"));
    CHECK_FALSE(peers.find(theirs.officeId)->trusted());
    PeerRepository::Confirmed again;
    again.reinstate = true;
    peers.trust(theirs, QString(), QStringLiteral("李四"), again); // trusted again after a new comparison
    CHECK(peers.find(theirs.officeId)->trusted());
    CHECK(peers.all().size() == 1);
}
