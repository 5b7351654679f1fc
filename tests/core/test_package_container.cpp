// The signed, optionally encrypted container of an exchange package (.djpkg): round trips in
// every mode, and refusal of damaged, truncated, padded, forged or misaddressed packages, and
// atomic writes that leave nothing behind when they fail or are cancelled.
#include "PackageBytes.h"
#include "TempDb.h"
#include "common/Error.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QTemporaryDir>
#include <QtEndian>
#include <optional>
#include <sodium.h>

using namespace dj;
using E = PackageHeader::Encryption;

namespace {
struct Keys
{
    QByteArray pk = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    Keys()
    {
        REQUIRE(sodium_init() >= 0);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    }
};

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, '\0');
    randombytes_buf(b.data(), size_t(n));
    return b;
}

PackageHeader sampleHeader()
{
    PackageHeader h;
    h.sender.officeId = QStringLiteral("0b6c1e7a-5d1f-4f0e-9a51-2f7d3f2c9b11");
    h.sender.officeName = QStringLiteral("市直机关工委");
    h.recipientOfficeId = QStringLiteral("7f3a0c55-1b2d-4c8e-8f00-0d9e6a5b4c3d");
    h.recipientOfficeName = QStringLiteral("市委组织部");
    h.createdAt = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 5, 123), Qt::UTC);
    h.scope = QStringLiteral("org:A01");
    h.incremental = true;
    h.since = QStringLiteral("2026-10-01T00:00:00.000Z");
    h.schemaVersion = 6;
    h.sequence = 42;
    return h;
}

// A directory with a payload and the keys of a sender and a recipient.
struct Fixture
{
    QTemporaryDir dir;
    Keys sender;
    Keys recipient;
    QString path(const QString &name) const { return dir.filePath(name); }

    QString package(const QByteArray &payload, E mode = E::None, const QString &name = QStringLiteral("p.djpkg"))
    {
        writeAll(path(QStringLiteral("payload.bin")), payload);
        PackageWriter::WriteOptions o;
        o.mode = mode;
        o.recipientPublicKey = recipient.pk;
        o.passphrase = "correct horse 电池";
        PackageWriter::write(path(name), sampleHeader(), path(QStringLiteral("payload.bin")), sender.sk, o);
        return path(name);
    }
    // Constructs, verifies and extracts; the kind of the first refusal, if any.
    std::optional<Error::Kind> refusal(const QString &pkg, const PackageReader::Decryption &d = {})
    {
        try {
            PackageReader r(pkg);
            r.verify(sender.pk);
            r.extractPayload(path(QStringLiteral("out.bin")), d);
        } catch (const Error &e) {
            return e.kind();
        }
        return std::nullopt;
    }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }
};

Error::Kind kindOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::Invalid;
}

// Rewrites the header of a package in place, keeping its payload and signature.
} // namespace

TEST_CASE("a package round-trips its payload in every mode", "[package]")
{
    Fixture f;
    const PackageReader::Decryption asRecipient{f.recipient.pk, f.recipient.sk, {}};
    const PackageReader::Decryption withPassphrase{{}, {}, "correct horse 电池"};
    struct Case { E mode; qsizetype size; };
    for (const Case c : {Case{E::None, 0}, Case{E::None, 64 * 1024}, Case{E::None, 300'001},
                         Case{E::Recipient, 0}, Case{E::Recipient, 64 * 1024}, Case{E::Recipient, 300'001},
                         Case{E::Passphrase, 0}, Case{E::Passphrase, 300'001}}) {
        CAPTURE(int(c.mode), c.size);
        const QByteArray payload = randomBytes(c.size);
        const QString pkg = f.package(payload, c.mode);
        PackageReader r(pkg);
        const PackageHeader &h = r.header();
        CHECK(h.encryption == c.mode);
        CHECK(h.plainLength == c.size);
        CHECK(h.payloadLength == package::storedLength(c.size, c.mode != E::None));
        // The header room: the JSON padded with spaces so that the payload starts on a page.
        const QByteArray bytes = readAll(pkg);
        const qint64 room = qFromLittleEndian<quint32>(bytes.constData() + 8);
        CHECK((8 + 4 + room) % 4096 == 0);
        CHECK(bytes.mid(12, room).trimmed() == r.header().toJson());
        CHECK(QFileInfo(pkg).size() == 8 + 4 + room + h.payloadLength + 64);
        CHECK_FALSE(r.verified());
        r.verify(f.sender.pk);
        CHECK(r.verified());
        r.extractPayload(f.path(QStringLiteral("out.bin")), c.mode == E::Recipient ? asRecipient : withPassphrase);
        CHECK(readAll(f.path(QStringLiteral("out.bin"))) == payload);
        if (c.mode == E::None && c.size > 0)
            CHECK(readAll(pkg).contains(payload));
        if (c.mode != E::None && c.size > 0)
            CHECK_FALSE(readAll(pkg).contains(payload.left(64)));
    }
    CHECK(f.files() == QStringList({QStringLiteral("out.bin"), QStringLiteral("p.djpkg"), QStringLiteral("payload.bin")}));
}

TEST_CASE("a package header round-trips every field and refuses what is not one", "[package]")
{
    Fixture f;
    const QString pkg = f.package(randomBytes(1000), E::Passphrase);
    const PackageHeader h = PackageReader(pkg).header();
    // What the caller gave comes back unchanged; the writer filled in the rest.
    PackageHeader w = sampleHeader();
    w.packageId = h.packageId;
    w.sender.publicKey = f.sender.pk;
    w.payloadLength = h.payloadLength;
    w.payloadHash = h.payloadHash;
    w.plainLength = 1000;
    w.encryption = E::Passphrase;
    w.encryptionParams = h.encryptionParams;
    CHECK(QString::fromUtf8(h.toJson()) == QString::fromUtf8(w.toJson()));
    CHECK(h.createdAt == w.createdAt);
    CHECK(QUuid::fromString(h.packageId).version() == QUuid::Random);
    CHECK(h.senderFingerprint() == OfficeKey::fingerprintOf(f.sender.pk));
    CHECK(h.payloadHash.size() == 32);
    CHECK(h.encryptionParams.value(QStringLiteral("opsLimit")).toInteger() == crypto_pwhash_OPSLIMIT_MODERATE);
    CHECK(h.encryptionParams.value(QStringLiteral("memLimit")).toInteger() == qint64(crypto_pwhash_MEMLIMIT_MODERATE));
    CHECK(PackageHeader::fromJson(h.toJson(), QStringLiteral("x")).toJson() == h.toJson());

    PackageHeader any = h;
    any.recipientOfficeId.clear();
    const QJsonObject anyJson = QJsonDocument::fromJson(any.toJson()).object();
    CHECK(anyJson.value(QStringLiteral("recipient")).isNull());
    CHECK(PackageHeader::fromJson(any.toJson(), QStringLiteral("x")).forAnyOffice());

    const auto parse = [&](const QJsonObject &o) {
        return kindOf([&] { PackageHeader::fromJson(QJsonDocument(o).toJson(), QStringLiteral("x.djpkg")); });
    };
    const QJsonObject base = QJsonDocument::fromJson(h.toJson()).object();
    CHECK(kindOf([] { PackageHeader::fromJson("not json", QStringLiteral("x")); }) == Error::Kind::NotOurFile);
    QJsonObject o = base;
    o.insert(QStringLiteral("format"), QStringLiteral("dangjian-office-key"));
    CHECK(parse(o) == Error::Kind::NotOurFile);
    o = base;
    o.insert(QStringLiteral("formatVersion"), 2);
    o.remove(QStringLiteral("scope")); // a newer format may change anything else
    CHECK(parse(o) == Error::Kind::TooNew);
    CHECK_THROWS_WITH(PackageHeader::fromJson(QJsonDocument(o).toJson(), QStringLiteral("x")), Catch::Contains("newer version"));
    for (const char *field : {"packageId", "sender", "createdAt", "scope", "incremental", "since", "schemaVersion",
                              "sequence", "payloadLength", "payloadHash", "plainLength", "encryption", "recipient"}) {
        CAPTURE(field);
        o = base;
        o.remove(QLatin1String(field));
        CHECK(parse(o) == Error::Kind::Corrupt);
        CHECK_THROWS_WITH(PackageHeader::fromJson(QJsonDocument(o).toJson(), QStringLiteral("x")),
                          Catch::Contains(QString::fromLatin1(field).toStdString()));
        o.insert(QLatin1String(field), QJsonArray{1});
        CHECK(parse(o) == Error::Kind::Corrupt);
    }
    o = base;
    o.insert(QStringLiteral("payloadHash"), QStringLiteral("zz") + base.value(QStringLiteral("payloadHash")).toString().mid(2));
    CHECK(parse(o) == Error::Kind::Corrupt);
    o = base;
    o.insert(QStringLiteral("encryption"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("quantum")}});
    CHECK(parse(o) == Error::Kind::TooNew);
    o.insert(QStringLiteral("encryption"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("passphrase")}});
    CHECK(parse(o) == Error::Kind::Corrupt);
    QJsonObject e = base.value(QStringLiteral("encryption")).toObject();
    e.insert(QStringLiteral("memLimit"), 1e12);
    o.insert(QStringLiteral("encryption"), e);
    CHECK(parse(o) == Error::Kind::Corrupt);
}

TEST_CASE("a package is refused when verified with another office's key", "[package]")
{
    Fixture f;
    const QString pkg = f.package(randomBytes(5000));
    PackageReader r(pkg);
    CHECK(kindOf([&] { r.verify(f.recipient.pk); }) == Error::Kind::Corrupt);
    CHECK_FALSE(r.verified());
    CHECK(kindOf([&] { r.extractPayload(f.path(QStringLiteral("out.bin")), {}); }) == Error::Kind::Invalid);
    CHECK_FALSE(QFile::exists(f.path(QStringLiteral("out.bin"))));
    CHECK(kindOf([&] { r.verify("short"); }) == Error::Kind::Invalid);

    // A package signed by someone else that names the trusted key in its header.
    Keys forger;
    const QString forged = f.path(QStringLiteral("forged.djpkg"));
    writeAll(f.path(QStringLiteral("payload.bin")), "x");
    PackageHeader h = sampleHeader();
    h.sender.publicKey = forger.pk;
    PackageWriter::write(forged, h, f.path(QStringLiteral("payload.bin")), forger.sk, {});
    rewriteHeader(forged, [&](QJsonObject &o) {
        QJsonObject s = o.value(QStringLiteral("sender")).toObject();
        s.insert(QStringLiteral("publicKey"), QString::fromLatin1(f.sender.pk.toBase64()));
        o.insert(QStringLiteral("sender"), s);
    });
    CHECK_THROWS_WITH(PackageReader(forged).verify(f.sender.pk), Catch::Contains("signature does not match"));
}

TEST_CASE("a package with any one byte flipped is refused", "[package]")
{
    Fixture f;
    const QString pkg = f.package(randomBytes(300'000));
    const QByteArray good = readAll(pkg);
    const qint64 h = qFromLittleEndian<quint32>(good.constData() + 8);
    const qint64 payload = 12 + h;
    const QString bad = f.path(QStringLiteral("bad.djpkg"));
    struct Flip { qint64 at; Error::Kind kind; };
    for (const Flip flip : {Flip{0, Error::Kind::NotOurFile}, Flip{7, Error::Kind::NotOurFile}, Flip{8, Error::Kind::Corrupt},
                            Flip{9, Error::Kind::Corrupt}, Flip{11, Error::Kind::Corrupt}, Flip{12, Error::Kind::Corrupt},
                            Flip{12 + h / 2, Error::Kind::Corrupt}, Flip{payload, Error::Kind::Corrupt},
                            Flip{payload + 150'000, Error::Kind::Corrupt}, Flip{payload + 299'999, Error::Kind::Corrupt},
                            Flip{good.size() - 64, Error::Kind::Corrupt}, Flip{good.size() - 1, Error::Kind::Corrupt}}) {
        CAPTURE(flip.at);
        QByteArray data = good;
        data[flip.at] = char(data[flip.at] ^ 0x01);
        writeAll(bad, data);
        CHECK(f.refusal(bad) == flip.kind);
    }
    // Every byte of a small encrypted package: refused, never accepted and never a crash.
    const QString small = f.package(randomBytes(700), E::Recipient, QStringLiteral("small.djpkg"));
    const QByteArray smallGood = readAll(small);
    const PackageReader::Decryption d{f.recipient.pk, f.recipient.sk, {}};
    CHECK_FALSE(f.refusal(small, d).has_value());
    for (qsizetype i = 0; i < smallGood.size(); ++i) {
        QByteArray data = smallGood;
        data[i] = char(data[i] ^ (i % 2 ? 0x01 : 0x80));
        writeAll(bad, data);
        const std::optional<Error::Kind> kind = f.refusal(bad, d);
        INFO("flipped byte " << i << " of " << smallGood.size());
        // A changed encryption mode is "unknown, from a newer version"; anything else is damage.
        CHECK((i < 8 ? kind == Error::Kind::NotOurFile : kind == Error::Kind::Corrupt || kind == Error::Kind::TooNew));
    }
}

TEST_CASE("a truncated, padded or inflated package is refused by its size", "[package]")
{
    Fixture f;
    const QString pkg = f.package(randomBytes(200'000), E::Recipient);
    const QByteArray good = readAll(pkg);
    const QString bad = f.path(QStringLiteral("bad.djpkg"));
    const auto opening = [&](const QByteArray &data) {
        writeAll(bad, data);
        return kindOf([&] { PackageReader r(bad); });
    };
    CHECK(opening(good.left(good.size() - 1)) == Error::Kind::Corrupt);
    CHECK_THROWS_WITH(PackageReader(bad), Catch::Contains("truncated"));
    CHECK(opening(good.left(good.size() / 2)) == Error::Kind::Corrupt);
    CHECK_THROWS_WITH(PackageReader(bad), Catch::Contains("truncated"));
    CHECK(opening(good.left(40)) == Error::Kind::Corrupt);
    CHECK(opening(good.left(5)) == Error::Kind::Corrupt);
    CHECK(opening(QByteArray()) == Error::Kind::Corrupt);
    CHECK(opening("hello") == Error::Kind::NotOurFile);
    CHECK(opening(good + "tail") == Error::Kind::Corrupt);
    CHECK_THROWS_WITH(PackageReader(bad), Catch::Contains("4 extra bytes after its signature"));

    // A header length beyond the limit or the file.
    QByteArray data = good;
    qToLittleEndian<quint32>(quint32(70'000), data.data() + 8);
    CHECK(opening(data) == Error::Kind::Corrupt);
    qToLittleEndian<quint32>(0u, data.data() + 8);
    CHECK(opening(data) == Error::Kind::Corrupt);

    // A header claiming 2 GB in a small file: refused by size, before any signature check.
    writeAll(bad, good);
    rewriteHeader(bad, [](QJsonObject &o) { o.insert(QStringLiteral("payloadLength"), qint64(2'147'483'648)); });
    CHECK(kindOf([&] { PackageReader r(bad); }) == Error::Kind::Corrupt);
    CHECK_THROWS_WITH(PackageReader(bad), Catch::Contains("2147483648") && Catch::Contains("truncated"));
    rewriteHeader(bad, [](QJsonObject &o) { o.insert(QStringLiteral("payloadLength"), -5); });
    CHECK_THROWS_WITH(PackageReader(bad), Catch::Contains("negative"));
}

TEST_CASE("an encrypted package opens only with its passphrase or its office's key", "[package]")
{
    Fixture f;
    const QString out = f.path(QStringLiteral("out.bin"));
    const QString pass = f.package(randomBytes(100'000), E::Passphrase);
    PackageReader p(pass);
    p.verify(f.sender.pk);
    CHECK_THROWS_WITH(p.extractPayload(out, {}), "This package is protected by a passphrase; enter it to open the package.");
    CHECK(kindOf([&] { p.extractPayload(out, {{}, {}, "correct horse"}); }) == Error::Kind::Invalid);
    CHECK_THROWS_WITH(p.extractPayload(out, {{}, {}, "wrong"}), "The passphrase is wrong.");
    CHECK_FALSE(QFile::exists(out));

    const QString sealed = f.package(randomBytes(100'000), E::Recipient, QStringLiteral("sealed.djpkg"));
    PackageReader r(sealed);
    r.verify(f.sender.pk);
    Keys other;
    const char *otherOffice = "This package is encrypted for another office; it cannot be opened with this office's key.";
    CHECK_THROWS_WITH(r.extractPayload(out, {other.pk, other.sk, {}}), otherOffice);
    CHECK_THROWS_WITH(r.extractPayload(out, {f.sender.pk, f.sender.sk, {}}), otherOffice);
    CHECK_THROWS_WITH(r.extractPayload(out, {}), otherOffice);
    CHECK(kindOf([&] { r.extractPayload(out, {}); }) == Error::Kind::Invalid);
    CHECK_FALSE(QFile::exists(out));
    CHECK(f.files().filter(QStringLiteral("out")).isEmpty()); // no temporary file left
    // Cancelling the extraction leaves nothing either.
    CHECK(kindOf([&] { r.extractPayload(out, {f.recipient.pk, f.recipient.sk, {}}, [](qint64, qint64) { return false; }); })
          == Error::Kind::Invalid);
    CHECK(f.files().filter(QStringLiteral("out")).isEmpty());
}

TEST_CASE("writing a package is atomic: a failure or cancel leaves nothing and keeps the old file", "[package]")
{
    Fixture f;
    writeAll(f.path(QStringLiteral("payload.bin")), randomBytes(3'000'000)); // several hash pieces
    const QString dest = f.path(QStringLiteral("p.djpkg"));
    writeAll(dest, "previous export");
    PackageWriter::WriteOptions o;
    o.mode = E::Recipient;
    o.recipientPublicKey = f.recipient.pk;
    const auto write = [&](const QString &to, const package::Progress &progress) {
        PackageWriter::write(to, sampleHeader(), f.path(QStringLiteral("payload.bin")), f.sender.sk, o, progress);
    };
    int calls = 0;
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    write(f.path(QStringLiteral("counted.djpkg")), [&](qint64 done, qint64 total) {
        CHECK(done >= lastDone);
        ++calls;
        lastDone = done;
        lastTotal = total;
        return true;
    });
    CHECK(lastDone == lastTotal);
    REQUIRE(calls > 10);
    QFile::remove(f.path(QStringLiteral("counted.djpkg")));
    for (const int cancelAt : {1, calls / 3, calls / 2, calls - 1, calls}) {
        CAPTURE(cancelAt);
        int n = 0;
        CHECK_THROWS_WITH(write(dest, [&](qint64, qint64) { return ++n < cancelAt; }),
                          Catch::Contains("cancelled") && Catch::Contains("no package was written"));
        CHECK(readAll(dest) == "previous export");
        CHECK(f.files() == QStringList({QStringLiteral("p.djpkg"), QStringLiteral("payload.bin")}));
    }
    // A folder that does not exist.
    const QString missing = f.path(QStringLiteral("no such folder/p.djpkg"));
    CHECK(kindOf([&] { write(missing, {}); }) == Error::Kind::Storage);
    CHECK_THROWS_WITH(write(missing, {}), Catch::Contains("no such folder"));
    CHECK_FALSE(QDir(f.path(QStringLiteral("no such folder"))).exists());
    // No payload, a wrong sender key: nothing is written.
    CHECK(kindOf([&] {
        PackageWriter::write(dest, sampleHeader(), f.path(QStringLiteral("none.bin")), f.sender.sk, {});
    }) == Error::Kind::NotFound);
    PackageHeader h = sampleHeader();
    h.sender.publicKey = f.recipient.pk;
    CHECK(kindOf([&] { PackageWriter::write(dest, h, f.path(QStringLiteral("payload.bin")), f.sender.sk, {}); })
          == Error::Kind::Invalid);
    o.mode = E::Passphrase;
    CHECK(kindOf([&] { write(dest, {}); }) == Error::Kind::Invalid); // an empty passphrase
    CHECK(readAll(dest) == "previous export");
    CHECK(f.files() == QStringList({QStringLiteral("p.djpkg"), QStringLiteral("payload.bin")}));
    // A complete write replaces the old file.
    o.mode = E::None;
    write(dest, {});
    PackageReader(dest).verify(f.sender.pk);
}

TEST_CASE("a data file's office key signs packages", "[package]")
{
    TempDb t;
    const QByteArray secret = OfficeIdentity::secretKey(*t);
    CHECK(secret.size() == 64);
    const QString payload = t.path(QStringLiteral("payload.bin"));
    writeAll(payload, randomBytes(1000));
    PackageHeader h;
    h.sender = OfficeIdentity::publicKey(*t);
    h.scope = QStringLiteral("all");
    PackageWriter::write(t.path(QStringLiteral("p.djpkg")), h, payload, secret, {});
    PackageReader r(t.path(QStringLiteral("p.djpkg")));
    r.verify(OfficeIdentity::publicKey(*t).publicKey);
    CHECK(r.header().createdAt == t.clock.nowUtc());
    CHECK(r.header().forAnyOffice());
}
