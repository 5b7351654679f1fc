// Issue 18, item 1: the evidence-file rows of a package are checked before anything is applied
// — id a UUID, name already plain, size within the limit and true, SHA-256 that of the bytes —
// and a package with one bad row is refused naming the table, the row and the field, the
// receiving file unchanged. Each package is properly signed, so only these checks can catch it.
#include "ExchangeFixture.h"
#include "common/Error.h"
#include "exchange/ImportLog.h"
#include "exchange/PackageWriter.h"
#include "exchange/PayloadBuilder.h"
#include "exchange/PayloadSchema.h"
#include "evidence/EvidenceName.h"
#include "org/OrganizationRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/RowIds.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace dj;

namespace {
struct Row
{
    QString id = newRowId();
    QString name = QStringLiteral("会议记录.pdf");
    QByteArray data = "%PDF-1.4 evidence";
    qint64 size = -1;      // -1: the data's length
    QByteArray sha256 = {}; // empty: the data's
};

struct Pair
{
    Offices x;
    std::unique_ptr<Database> a = x.make(QStringLiteral("甲"));
    std::unique_ptr<Database> b = x.make(QStringLiteral("乙"));
    QString owner;
    QString before;
    Pair()
    {
        Organization o;
        o.type = OrgType::PartyGroup;
        o.name = QStringLiteral("党组");
        o.code = QStringLiteral("A");
        owner = OrganizationRepository(*a).insert(o);
        Offices::trust(*b, *a);
        before = Offices::digest(*b);
    }
    // A package from a signed with a's key whose payload carries `row` as it is, checks or not.
    QString withRow(const Row &row)
    {
        const QString payload = x.path(QStringLiteral("payload.sqlite"));
        QFile::remove(payload);
        PayloadBuilder(*a).build(payload, ExchangeScope{});
        sqlite3 *p = nullptr;
        REQUIRE(sqlite3_open(payload.toUtf8().constData(), &p) == SQLITE_OK);
        REQUIRE(sqlite3_exec(p, "PRAGMA ignore_check_constraints = 1", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        REQUIRE(sqlite3_prepare_v2(p,
                                   "INSERT INTO attachment (id, owner_office, updated_at, owner_table, owner_id, name, "
                                   "mime, size, sha256, data) VALUES (?1, ?2, '2026-11-24T02:00:00.000Z', "
                                   "'organization', ?3, ?4, 'application/pdf', ?5, ?6, ?7)",
                                   -1, &s, nullptr) == SQLITE_OK);
        const QByteArray id = row.id.toUtf8(), office = a->officeId().toUtf8(), own = owner.toUtf8(),
                         name = row.name.toUtf8();
        const QByteArray sha = row.sha256.isEmpty()
                                   ? QCryptographicHash::hash(row.data, QCryptographicHash::Sha256).toHex()
                                   : row.sha256;
        sqlite3_bind_text(s, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 2, office.constData(), int(office.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 3, own.constData(), int(own.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 4, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(s, 5, row.size < 0 ? row.data.size() : row.size);
        sqlite3_bind_text(s, 6, sha.constData(), int(sha.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(s, 7, row.data.constData(), int(row.data.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        sqlite3_close(p);
        REQUIRE(rc == SQLITE_DONE);
        PackageHeader h;
        h.sender = OfficeIdentity::publicKey(*a);
        h.scope = QStringLiteral("all");
        h.schemaVersion = a->schemaVersion();
        h.sequence = 1;
        const QString out = x.path(QStringLiteral("evidence%1.djpkg").arg(++x.packages));
        PackageWriter::write(out, h, payload, OfficeIdentity::secretKey(*a), {});
        return out;
    }
    // Refused, preview and import alike, with a message naming the table, the row and the
    // field; b's rows and import log are as they were.
    void refused(const Row &row, const QString &field, const QString &reason)
    {
        CAPTURE(row.name.toStdString(), row.id.toStdString(), field.toStdString());
        const QString pkg = withRow(row);
        for (const bool dryRun : {true, false}) {
            PackageImportOptions o;
            o.dryRun = dryRun;
            try {
                PackageImport(*b, pkg).run(o);
                FAIL_CHECK("the package was accepted");
            } catch (const Error &e) {
                CAPTURE(e.message().toStdString());
                CHECK(e.message().contains(QStringLiteral("table attachment")));
                CHECK(e.message().contains(QStringLiteral("row ") + EvidenceName::visible(row.id)));
                CHECK(e.message().contains(QStringLiteral("field ") + field));
                CHECK(e.message().contains(reason));
            }
        }
        CHECK(Offices::digest(*b) == before);
        CHECK(ImportLog(*b).all().isEmpty());
        CHECK(AttachmentStore(*b).list(QStringLiteral("organization"), owner).isEmpty());
    }
};

Row named(const QString &name)
{
    Row r;
    r.name = name;
    return r;
}
Row withId(const QString &id)
{
    Row r;
    r.id = id;
    return r;
}
} // namespace

TEST_CASE("a package whose evidence file has a hostile name is refused", "[exchange][evidence]")
{
    Pair t;
    for (const QString &name :
         {QStringLiteral("/home/u/.bashrc"),
          QStringLiteral("C:\\Users\\a\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.bat"),
          QStringLiteral("..\\..\\x.exe"), QStringLiteral("../../.config/autostart/x.desktop"),
          QStringLiteral("\\\\server\\share\\x.pdf"), QStringLiteral("C:x.pdf"), QStringLiteral("CON"),
          QStringLiteral("con.txt"), QString::fromUtf16(u"a\u202Etxt.exe"), QStringLiteral("x.pdf:evil.exe"),
          QString(300, QLatin1Char('a')) + QStringLiteral(".pdf"), QString::fromUtf16(u"\u202E"),
          QStringLiteral("x.exe."), QStringLiteral("a\nb.txt")})
        t.refused(named(name), QStringLiteral("name"), QStringLiteral("plain name"));
}

TEST_CASE("a package whose evidence file's id is not a UUID is refused", "[exchange][evidence]")
{
    Pair t;
    for (const QString &id : {QStringLiteral("../x"), QStringLiteral("..\\..\\x"), QStringLiteral("x"),
                              QStringLiteral("{") + newRowId() + QStringLiteral("}"),
                              QStringLiteral("00000000-0000-0000-0000-000000000000"), newRowId() + QStringLiteral("/..")})
        t.refused(withId(id), QStringLiteral("id"), QStringLiteral("not a UUID"));
}

TEST_CASE("a package whose evidence file's size or SHA-256 is false is refused", "[exchange][evidence]")
{
    Pair t;
    Row over;
    over.size = AttachmentStore::MaxBytes + 1; // the row's checks bypassed when it was written
    t.refused(over, QStringLiteral("size"), QStringLiteral("at most"));
    Row short_;
    short_.size = 5;
    t.refused(short_, QStringLiteral("size"), QStringLiteral("carries"));
    Row forged;
    forged.sha256 = QCryptographicHash::hash("other bytes", QCryptographicHash::Sha256).toHex();
    t.refused(forged, QStringLiteral("sha256"), QStringLiteral("SHA-256"));
}

TEST_CASE("a package with sound evidence files goes in, names and bytes unchanged", "[exchange][evidence]")
{
    Pair t;
    Row good;
    good.name = QStringLiteral("2026年第一季度 支部会议记录.pdf");
    const QString pkg = t.withRow(good);
    PayloadSchema::validate(t.x.path(QStringLiteral("payload.sqlite")));
    CHECK(t.x.receive(*t.b, pkg).counts.total(ImportCounts::New) == 2);
    AttachmentStore store(*t.b);
    REQUIRE(store.list(QStringLiteral("organization"), t.owner).size() == 1);
    CHECK(store.get(good.id).name == good.name);
    CHECK(store.data(good.id) == good.data);
    // And one made by AttachmentStore on the sender's side travels the ordinary way.
    const QString made = AttachmentStore(*t.a).addData(QStringLiteral("organization"), t.owner,
                                                       QStringLiteral("..\\签到表.jpg"), "\xFF\xD8\xFF\xE0");
    t.x.receive(*t.b, t.x.send(*t.a));
    CHECK(store.get(made).name == QStringLiteral("签到表.jpg"));
}
