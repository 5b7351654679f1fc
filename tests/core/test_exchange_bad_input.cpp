// Every kind of bad package is refused with a reason, and the receiving file is unchanged:
// damaged bytes, wrong sender or recipient, wrong passphrase, and payloads that are not what
// a package may hold (newer format, extra table, trigger, view, a UUID twice, a dangling
// reference), each one properly signed so that only the payload checks can catch it.
#include "ExchangeFixture.h"
#include "PackageBytes.h"
#include "common/Error.h"
#include "exchange/ImportLog.h"
#include "exchange/PackageWriter.h"
#include "exchange/PayloadBuilder.h"
#include "org/OrganizationRepository.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace dj;

namespace {
struct Pair
{
    Offices x;
    std::unique_ptr<Database> a = x.make(QStringLiteral("甲"));
    std::unique_ptr<Database> b = x.make(QStringLiteral("乙"));
    QString before;
    Pair()
    {
        OrganizationRepository orgs(*a);
        Organization o;
        o.type = OrgType::PartyGroup;
        o.name = QStringLiteral("党组");
        o.code = QStringLiteral("A");
        orgs.insert(o);
        Offices::trust(*b, *a);
        before = Offices::digest(*b);
    }
    // The import fails with a message containing `reason`, and b is as it was.
    void refused(const QString &pkg, const QString &reason, const QByteArray &passphrase = {})
    {
        CAPTURE(reason.toStdString());
        PackageImportOptions o;
        o.passphrase = passphrase;
        CHECK_THROWS_WITH([&] { PackageImport(*b, pkg).run(o); }(), Catch::Contains(reason.toStdString()));
        CHECK(Offices::digest(*b) == before);
        CHECK(ImportLog(*b).all().isEmpty());
    }
    // A package from a whose payload `tamper` changed before it was signed.
    QString forged(const std::function<void(sqlite3 *)> &tamper)
    {
        const QString payload = x.path(QStringLiteral("payload.sqlite"));
        PayloadBuilder(*a).build(payload, ExchangeScope{});
        sqlite3 *p = nullptr;
        REQUIRE(sqlite3_open(payload.toUtf8().constData(), &p) == SQLITE_OK);
        tamper(p);
        sqlite3_close(p);
        PackageHeader h;
        h.sender = OfficeIdentity::publicKey(*a);
        h.scope = QStringLiteral("all");
        h.schemaVersion = a->schemaVersion();
        h.sequence = 1;
        const QString out = x.path(QStringLiteral("forged%1.djpkg").arg(++x.packages));
        PackageWriter::write(out, h, payload, OfficeIdentity::secretKey(*a), {});
        return out;
    }
};

void exec(sqlite3 *db, const char *sql) { REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK); }
} // namespace

TEST_CASE("damaged package bytes are refused before anything is read", "[exchange][bad]")
{
    Pair t;
    const QString good = t.x.send(*t.a);
    const QByteArray bytes = readAll(good);
    const QString bad = t.x.path(QStringLiteral("bad.djpkg"));
    for (const qsizetype at : {qsizetype(20), bytes.size() / 2, bytes.size() - 70, bytes.size() - 1}) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped[at] ^ 0x10);
        writeAll(bad, flipped);
        CAPTURE(at);
        CHECK_THROWS_AS([&] { PackageImport(*t.b, bad).run({}); }(), Error);
        CHECK(Offices::digest(*t.b) == t.before);
    }
    writeAll(bad, bytes.left(bytes.size() - 100));
    t.refused(bad, QStringLiteral("truncated"));
    writeAll(bad, bytes + "tail");
    t.refused(bad, QStringLiteral("extra bytes"));
    writeAll(bad, bytes);
    rewriteHeader(bad, [](QJsonObject &o) { o.insert(QStringLiteral("payloadLength"), qint64(2'147'483'648)); });
    t.refused(bad, QStringLiteral("2147483648"));
}

TEST_CASE("a package from an unknown sender or for another office is refused", "[exchange][bad]")
{
    Pair t;
    auto stranger = t.x.make(QStringLiteral("陌生单位"));
    t.refused(t.x.send(*stranger), QStringLiteral("does not trust"));
    auto c = t.x.make(QStringLiteral("丙"));
    t.refused(t.x.send(*t.a, QStringLiteral("all"), false, c.get()), QStringLiteral("made for 丙"));
    PeerRepository(*t.b).revoke(t.a->officeId());
    t.refused(t.x.send(*t.a), QStringLiteral("no longer trusted"));
}

TEST_CASE("an encrypted package needs the right passphrase or the right office", "[exchange][bad]")
{
    Pair t;
    ExportRequest r;
    r.passphrase = "正确的口令 horse";
    r.out = t.x.path(QStringLiteral("secret.djpkg"));
    PackageExport::run(*t.a, r);
    t.refused(r.out, QStringLiteral("passphrase is wrong"), "wrong one");
    t.refused(r.out, QStringLiteral("protected by a passphrase"));
    PackageImportOptions ok;
    ok.passphrase = r.passphrase;
    CHECK(PackageImport(*t.b, r.out).run(ok).counts.total(ImportCounts::New) == 1);
}

TEST_CASE("a signed payload that is not what a package may hold is refused", "[exchange][bad]")
{
    Pair t;
    t.refused(t.forged([](sqlite3 *p) { exec(p, "PRAGMA user_version = 99"); }), QStringLiteral("data format 99"));
    t.refused(t.forged([](sqlite3 *p) { exec(p, "CREATE TABLE extra (x)"); }), QStringLiteral("unknown table"));
    t.refused(t.forged([](sqlite3 *p) {
                  exec(p, "CREATE TRIGGER t AFTER INSERT ON organization BEGIN DELETE FROM person; END");
              }),
              QStringLiteral("trigger"));
    t.refused(t.forged([](sqlite3 *p) { exec(p, "CREATE VIEW v AS SELECT 1"); }), QStringLiteral("view"));
    t.refused(t.forged([](sqlite3 *p) { exec(p, "PRAGMA application_id = 1"); }), QStringLiteral("not a Dangjian Desk payload"));
    t.refused(t.forged([](sqlite3 *p) {
                  exec(p, "INSERT INTO person (id, owner_office, updated_at, name, gender) "
                          "SELECT id, owner_office, updated_at, '重复', 'M' FROM organization");
              }),
              QStringLiteral("more than once"));
    t.refused(t.forged([](sqlite3 *p) {
                  exec(p, "INSERT INTO person (id, owner_office, updated_at, name, gender, branch_id) VALUES "
                          "('00000000-0000-0000-0000-000000000001', '11111111-1111-4111-8111-111111111111', "
                          "'2026-01-01T00:00:00.000Z', '某', 'M', '22222222-2222-4222-8222-222222222222')");
              }),
              QStringLiteral("refers to 22222222-2222-4222-8222-222222222222"));
    t.refused(t.forged([](sqlite3 *p) {
                  exec(p, "PRAGMA ignore_check_constraints = 1; UPDATE organization SET org_type = 'kingdom'");
              }),
              QStringLiteral("does not fit this file"));
    // And the well-formed one goes in.
    CHECK(PackageImport(*t.b, t.forged([](sqlite3 *) {})).run({}).counts.total(ImportCounts::New) == 1);
}
