// The office key at rest and in motion (issue 18, item 3): wrapped per exporting account once
// the file has accounts, unwrapped at sign-in; `office new-key` and the key-change notice a
// trusting office follows; a separate X25519 key for encryption, old packages still readable.
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "TempDb.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/OfficeKeyVault.h"
#include "access/SignInRegistry.h"
#include "common/Error.h"
#include "exchange/OfficeKeyChange.h"
#include "exchange/PackageReader.h"
#include "storage/BackupStore.h"
#include "storage/Query.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sodium.h>
#include <sqlite3.h>

using namespace dj;

namespace {

const QString pw = QStringLiteral("Dangjian-2026");
const QString pw2 = QStringLiteral("jiguan-dangwei-7");

Account account(const QString &name, Role role)
{
    Account a;
    a.name = name;
    a.displayName = name;
    a.role = role;
    return a;
}

// Signs `name` in for `path` and opens the file as that account.
std::unique_ptr<Database> openAs(const QString &path, const QString &name, const QString &password)
{
    Authenticator::signIn(path, name, password);
    return Database::open(path);
}

bool signsAsOffice(Database &db)
{
    const QByteArray message("2026年度考核结果");
    return OfficeIdentity::verify(OfficeIdentity::publicKey(db).publicKey, message, OfficeIdentity::sign(db, message));
}

int wraps(const Database &db) { return Query(db, QStringLiteral("SELECT count(*) FROM office_key_wrap")).scalar().toInt(); }

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A value of local_meta read with plain SQLite, as anyone holding the copy could.
int metaRows(const QString &path, const char *key)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "SELECT count(*) FROM local_meta WHERE key = ?1", -1, &s, nullptr) == SQLITE_OK);
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    const int n = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(h);
    return n;
}

struct SignOut
{
    QString path;
    ~SignOut() { Authenticator::signOut(path); }
};

} // namespace

TEST_CASE("turning accounts on wraps the office key and removes the plain copy", "[access][keys]")
{
    TempDb t;
    SignOut out{t.path()};
    REQUIRE(t.db->meta(QStringLiteral("sign_secret")).size() == 128);
    AccountRepository(*t).add(account(QStringLiteral("admin"), Role::Admin), pw);
    CHECK(t.db->meta(QStringLiteral("sign_secret")).isEmpty());
    CHECK(t.db->meta(QStringLiteral("box_secret")).isEmpty());
    CHECK(OfficeKeyVault::sealed(*t));
    CHECK(OfficeKeyVault::hasWrap(*t, QStringLiteral("admin")));
    CHECK(wraps(*t) == 1);
    t.db.reset();
    // Nobody signed in: the key stays locked.
    Authenticator::signOut(t.path());
    // Sign-in with the password unwraps it in memory; the signature verifies with the office's key.
    auto db = openAs(t.path(), QStringLiteral("admin"), pw);
    CHECK(signsAsOffice(*db));
}

TEST_CASE("only accounts allowed to export sign; the administrator wraps the key for the committee", "[access][keys]")
{
    TempDb t;
    SignOut out{t.path()};
    AccountRepository(*t).add(account(QStringLiteral("admin"), Role::Admin), pw);
    t.db.reset();
    {
        auto db = openAs(t.path(), QStringLiteral("admin"), pw);
        AccountRepository repo(*db);
        repo.add(account(QStringLiteral("jiguan"), Role::Committee), pw2);
        repo.add(account(QStringLiteral("chakan"), Role::ReadOnly), pw2);
        CHECK(OfficeKeyVault::hasWrap(*db, QStringLiteral("jiguan")));
        CHECK_FALSE(OfficeKeyVault::hasWrap(*db, QStringLiteral("chakan")));
    }
    {
        auto db = openAs(t.path(), QStringLiteral("jiguan"), pw2);
        CHECK(signsAsOffice(*db));
        ExportRequest r;
        r.scope = ExchangeScope::parse(QStringLiteral("all"));
        r.out = t.path(QStringLiteral("committee.djpkg"));
        const ExportOutcome o = PackageExport::run(*db, r);
        PackageReader reader(r.out);
        CHECK_NOTHROW(reader.verify(OfficeIdentity::publicKey(*db).publicKey));
    }
    {
        // A read-only account holds no key: it cannot sign as the office, whatever it calls.
        auto db = openAs(t.path(), QStringLiteral("chakan"), pw2);
        try {
            OfficeIdentity::sign(*db, "x");
            FAIL("a read-only account signed as the office");
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::Denied);
            CHECK(e.message().contains(QStringLiteral("may not sign")));
        }
        CHECK_THROWS_AS(OfficeIdentity::secretKey(*db), Error);
    }
}

TEST_CASE("password changes rewrap the key; removing the right or the accounts drops the wraps", "[access][keys]")
{
    TempDb t;
    SignOut out{t.path()};
    const QByteArray publicKey = OfficeIdentity::publicKey(*t).publicKey;
    AccountRepository(*t).add(account(QStringLiteral("admin"), Role::Admin), pw);
    t.db.reset();
    {
        auto db = openAs(t.path(), QStringLiteral("admin"), pw);
        AccountRepository(*db).add(account(QStringLiteral("jiguan"), Role::Committee), pw2);
    }
    const QString own = QStringLiteral("eigenes-Passwort-3");
    {
        auto db = openAs(t.path(), QStringLiteral("jiguan"), pw2);
        AccountRepository(*db).changeOwnPassword(pw2, own);
    }
    {
        auto db = openAs(t.path(), QStringLiteral("jiguan"), own);
        CHECK(signsAsOffice(*db));
    }
    const QString reset = QStringLiteral("zurueckgesetzt-4");
    {
        // An administrator sets the password again: the key is wrapped anew under it.
        auto db = openAs(t.path(), QStringLiteral("admin"), pw);
        AccountRepository(*db).setPassword(QStringLiteral("jiguan"), reset);
    }
    {
        auto db = openAs(t.path(), QStringLiteral("jiguan"), reset);
        CHECK(signsAsOffice(*db));
    }
    {
        auto db = openAs(t.path(), QStringLiteral("admin"), pw);
        AccountRepository repo(*db);
        Account readOnly = *repo.find(QStringLiteral("jiguan"));
        readOnly.role = Role::ReadOnly;
        repo.update(readOnly);
        CHECK_FALSE(OfficeKeyVault::hasWrap(*db, QStringLiteral("jiguan")));
        repo.remove(QStringLiteral("jiguan"));
        repo.remove(QStringLiteral("admin")); // the last account: sign-in turns off
        CHECK_FALSE(OfficeKeyVault::sealed(*db));
        CHECK(wraps(*db) == 0);
        CHECK(db->meta(QStringLiteral("sign_secret")).size() == 128);
    }
    Authenticator::signOut(t.path());
    auto db = Database::open(t.path());
    CHECK(OfficeIdentity::publicKey(*db).publicKey == publicKey); // the same office key, plain again
    CHECK(signsAsOffice(*db));
}

TEST_CASE("backups and copies made with accounts on carry only the wrapped key", "[access][keys]")
{
    TempDb t;
    SignOut out{t.path()};
    const QByteArray signHex = t.db->meta(QStringLiteral("sign_secret")).toLatin1();
    const QByteArray boxHex = t.db->meta(QStringLiteral("box_secret")).toLatin1();
    REQUIRE(signHex.size() == 128);
    REQUIRE(boxHex.size() == 64);
    AccountRepository(*t).add(account(QStringLiteral("admin"), Role::Admin), pw);
    t.db.reset();
    auto db = openAs(t.path(), QStringLiteral("admin"), pw);
    const BackupInfo backup = BackupStore(*db).make(BackupInfo::Reason::Manual);
    const QString copy = t.path(QStringLiteral("copy.djdb"));
    db->backupTo(copy); // what "Save a copy" does
    for (const QString &path : {backup.path, copy}) {
        INFO(path.toStdString());
        const QByteArray bytes = fileBytes(path);
        CHECK_FALSE(bytes.contains(signHex));
        CHECK_FALSE(bytes.contains(boxHex));
        CHECK_FALSE(bytes.contains(QByteArray::fromHex(signHex)));
        CHECK(metaRows(path, "sign_secret") == 0);
        CHECK(metaRows(path, "box_secret") == 0);
        CHECK(metaRows(path, "office_key_vault") == 1);
    }
    db.reset();
    Authenticator::signOut(t.path());
    CHECK_FALSE(fileBytes(t.path()).contains(signHex)); // the data file itself, once closed
}

TEST_CASE("a new key reaches a trusting office through a notice signed with the old key", "[exchange][keys]")
{
    Offices o;
    auto a = o.make(QStringLiteral("甲"));
    auto b = o.make(QStringLiteral("乙"));
    auto c = o.make(QStringLiteral("丙"));
    Offices::trust(*b, *a);
    Offices::trust(*c, *a); // c will miss the first new key
    addOrg(*a, OrgType::PartyGroup, {}, QStringLiteral("党组"), QStringLiteral("A"));
    const OfficeKey old = OfficeIdentity::publicKey(*a);

    const KeyChangeNotice first = OfficeKeyChange::newKey(*a);
    CHECK(first.oldPublic == old.publicKey);
    CHECK(OfficeIdentity::publicKey(*a).publicKey == first.newPublic);
    CHECK(OfficeIdentity::publicKey(*a).boxPublicKey == first.newBoxPublic);
    CHECK(first.newPublic != old.publicKey);
    CHECK(signsAsOffice(*a));

    const QString package = o.send(*a);
    {
        PackageImport import(*b, package);
        CHECK(import.sender() == PackageImport::Sender::KeyChanged);
        CHECK(import.trustedFingerprint() == old.fingerprint());
        CHECK(import.header().senderFingerprint() == OfficeKey::fingerprintOf(first.newPublic));
    }
    o.receive(*b, package);
    CHECK(PeerRepository(*b).find(a->officeId())->key.publicKey == first.newPublic);
    CHECK(Query(*b, QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'event' AND table_name = 'peer-key-changed'"))
              .scalar()
              .toInt() == 1);
    CHECK(Query(*a, QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'event' AND table_name = 'office-key-changed'"))
              .scalar()
              .toInt() == 1);

    // A second change: c, still on the first key, follows both notices.
    addOrg(*a, OrgType::PartyGroup, {}, QStringLiteral("党组二"), QStringLiteral("B"));
    const KeyChangeNotice second = OfficeKeyChange::newKey(*a);
    const QString later = o.send(*a);
    CHECK(PackageImport(*c, later).sender() == PackageImport::Sender::KeyChanged);
    o.receive(*c, later);
    CHECK(PeerRepository(*c).find(a->officeId())->key.publicKey == second.newPublic);
    o.receive(*b, later);
    CHECK(PeerRepository(*b).find(a->officeId())->key.publicKey == second.newPublic);
    CHECK(Offices::digest(*b) == Offices::digest(*a));
}

TEST_CASE("a key-change notice not signed by the trusted key is refused", "[exchange][keys]")
{
    Offices o;
    auto a = o.make(QStringLiteral("甲"));
    auto b = o.make(QStringLiteral("乙"));
    Offices::trust(*b, *a);
    addOrg(*a, OrgType::PartyGroup, {}, QStringLiteral("党组"), QStringLiteral("A"));
    const QByteArray trusted = OfficeIdentity::publicKey(*a).publicKey;

    // Someone with a copy of 甲's file swaps in keys of their own and "announces" them with a
    // notice signed by their new key, not by the key 乙 trusts.
    const QString copyPath = o.path(QStringLiteral("thief.djdb"));
    a->backupTo(copyPath);
    auto thief = Database::open(copyPath);
    OfficeSecrets fresh;
    fresh.sign = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    fresh.box = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0'), boxPk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(fresh.sign.data()));
    crypto_box_keypair(reinterpret_cast<unsigned char *>(boxPk.data()), reinterpret_cast<unsigned char *>(fresh.box.data()));
    OfficeKeyVault::replace(*thief, fresh);
    KeyChangeNotice forged{trusted, pk, boxPk, {}, QStringLiteral("2026-11-24T02:00:00.000Z")};
    forged.signature = OfficeIdentity::sign(*thief, forged.message(a->officeId())); // the wrong key
    Query(*thief, QStringLiteral("INSERT INTO office_key_change(old_public, new_public, new_box_public, signature, "
                                 "made_at) VALUES (:o, :n, :b, :s, '')"))
        .bind(QStringLiteral(":o"), forged.oldPublic)
        .bind(QStringLiteral(":n"), forged.newPublic)
        .bind(QStringLiteral(":b"), forged.newBoxPublic)
        .bind(QStringLiteral(":s"), forged.signature)
        .exec();
    const QString package = o.send(*thief);
    const QString before = Offices::digest(*b);
    PackageImport import(*b, package);
    CHECK(import.sender() == PackageImport::Sender::OtherKey);
    CHECK_THROWS_WITH(o.receive(*b, package), Catch::Contains("another key"));
    CHECK(PeerRepository(*b).find(a->officeId())->key.publicKey == trusted);
    CHECK(Offices::digest(*b) == before);
    // A notice that names other keys than it was signed for fails the same way.
    KeyChangeNotice altered{trusted, pk, boxPk, OfficeIdentity::sign(*a, forged.message(a->officeId())), {}};
    CHECK(altered.verify(a->officeId()));
    altered.newBoxPublic[0] = char(altered.newBoxPublic[0] ^ 1);
    CHECK(OfficeKeyChange::follow(a->officeId(), trusted, pk, {altered}).isEmpty());
}

TEST_CASE("packages are sealed to the recipient's X25519 key; version-1 key files and old packages still work",
          "[exchange][keys]")
{
    Offices o;
    auto a = o.make(QStringLiteral("甲"));
    auto b = o.make(QStringLiteral("乙"));
    Offices::trust(*b, *a);
    addOrg(*a, OrgType::PartyGroup, {}, QStringLiteral("党组"), QStringLiteral("A"));
    const OfficeKey bKey = OfficeIdentity::readKeyFile([&] {
        const QString path = o.path(QStringLiteral("乙.djkey"));
        OfficeIdentity::writeKeyFile(OfficeIdentity::publicKey(*b), path);
        return path;
    }());
    REQUIRE(bKey.boxPublicKey.size() == 32);
    const auto sendSealed = [&](const OfficeKey &to) {
        o.tick();
        ExportRequest r;
        r.scope = ExchangeScope::parse(QStringLiteral("all"));
        r.recipient = to;
        r.encryptForRecipient = true;
        r.out = o.path(QStringLiteral("p%1.djpkg").arg(++o.packages));
        PackageExport::run(*a, r);
        return r.out;
    };
    const OfficeSecrets bSecrets = OfficeKeyVault::secrets(*b);

    const QString sealed = sendSealed(bKey);
    PackageReader reader(sealed);
    CHECK(reader.header().sealedToBoxKey);
    CHECK(fileBytes(sealed).contains("\"recipient-x25519\""));
    reader.verify(OfficeIdentity::publicKey(*a).publicKey);
    // The signing key (converted, the old way) does not open it: the box key does.
    PackageReader::Decryption old;
    old.recipientPublicKey = bKey.publicKey;
    old.recipientSecretKey = bSecrets.sign;
    CHECK_THROWS_AS(reader.extractPayload(o.path(QStringLiteral("out1.sqlite")), old), Error);
    PackageReader::Decryption box;
    box.recipientBoxPublicKey = bKey.boxPublicKey;
    box.recipientBoxSecretKey = bSecrets.box;
    CHECK_NOTHROW(reader.extractPayload(o.path(QStringLiteral("out2.sqlite")), box));
    CHECK_FALSE(o.receive(*b, sealed).nothingToDo);
    CHECK(Offices::digest(*b) == Offices::digest(*a));

    // A version-1 key file (no encryption key): sealed the old way, which b still opens.
    const QByteArray v1 = QByteArrayLiteral("{\"format\":\"dangjian-office-key\",\"formatVersion\":1,\"officeId\":\"") +
                          bKey.officeId.toUtf8() + "\",\"officeName\":\"乙\",\"publicKey\":\"" + bKey.publicKey.toBase64() +
                          "\",\"fingerprint\":\"" + bKey.fingerprint().toLatin1() + "\"}";
    const OfficeKey v1Key = OfficeIdentity::parseKeyFile(v1, QStringLiteral("v1.djkey"));
    CHECK(v1Key.boxPublicKey.isEmpty());
    addOrg(*a, OrgType::PartyGroup, {}, QStringLiteral("党组二"), QStringLiteral("B"));
    const QString oldWay = sendSealed(v1Key);
    CHECK_FALSE(PackageReader(oldWay).header().sealedToBoxKey);
    CHECK(fileBytes(oldWay).contains("\"mode\":\"recipient\""));
    CHECK_FALSE(o.receive(*b, oldWay).nothingToDo);
    CHECK(Offices::digest(*b) == Offices::digest(*a));

    // The signing key vouches for the encryption key: a swapped one is refused.
    QByteArray json = OfficeIdentity::keyFile(bKey);
    QByteArray otherBox(32, '\0');
    randombytes_buf(otherBox.data(), 32);
    json.replace(bKey.boxPublicKey.toBase64(), otherBox.toBase64());
    CHECK_THROWS_WITH(OfficeIdentity::parseKeyFile(json, QStringLiteral("k")), Catch::Contains("encryption key"));
}

TEST_CASE("a file whose accounts came before the vault is sealed at an administrator's sign-in", "[access][keys]")
{
    TempDb t;
    SignOut out{t.path()};
    AccountRepository(*t).add(account(QStringLiteral("admin"), Role::Admin), pw);
    t.db.reset();
    {
        // As a file from the version before: accounts, and the key in plain text.
        auto db = openAs(t.path(), QStringLiteral("admin"), pw);
        OfficeKeyVault::unseal(*db);
        REQUIRE(db->meta(QStringLiteral("sign_secret")).size() == 128);
        REQUIRE(AccountRepository::enabled(*db));
    }
    Authenticator::signOut(t.path());
    auto db = openAs(t.path(), QStringLiteral("admin"), pw);
    CHECK(OfficeKeyVault::sealed(*db));
    CHECK(db->meta(QStringLiteral("sign_secret")).isEmpty());
    CHECK(OfficeKeyVault::hasWrap(*db, QStringLiteral("admin")));
    CHECK(signsAsOffice(*db));
}

TEST_CASE("a file whose account table and log were emptied outside the program still asks for a sign-in: its key is wrapped",
          "[access][keys][accounts-were-on]")
{
    TempDb t;
    SignOut out{t.path()};
    AccountRepository(*t).add(account(QStringLiteral("admin"), Role::Admin), pw);
    t.db.reset();
    // Everything the audit log says about accounts removed too, as with sqlite3.
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(t.path().toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "DELETE FROM account; DELETE FROM audit_log; "
                            "UPDATE audit_head SET seq = 0, chain = zeroblob(32)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
    try {
        Database::open(t.path());
        FAIL("the file opened without a sign-in");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("wrapped")));
    }
}
