// The audit log without blind spots (issue 18, item 5): rows changed by another program are
// found by table and row, and what changes no row — restore, export, backup, copy, sign-in —
// is on record; a restore keeps the replaced log findable.
#include "SmallTree.h"
#include "Tamper.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "audit/AuditReconcile.h"
#include "audit/AuditTrail.h"
#include "audit/AuditedRestore.h"
#include "common/Error.h"
#include "demo/DemoGenerator.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"
#include "storage/BackupStore.h"
#include "storage/Query.h"

#include <QFile>
#include <catch2/catch.hpp>

using dj::AuditDrift;
using dj::AuditEvent;
using dj::AuditReconcile;

namespace {

// The newest entry of the log.
dj::AuditEntry newest(const dj::Database &db)
{
    dj::AuditFilter f;
    f.limit = 1;
    const auto e = dj::AuditLog(db).entries(f);
    REQUIRE(e.size() == 1);
    return e.first();
}

bool has(const QList<AuditDrift> &drift, AuditDrift::Kind kind, const QString &table, const QString &row)
{
    return std::any_of(drift.begin(), drift.end(), [&](const AuditDrift &d) {
        return d.kind == kind && d.table == table && d.rowId == row;
    });
}

const QByteArray peerKey = QByteArray(64, 'a');

} // namespace

TEST_CASE("rows changed, added or removed by another program are found by table and row", "[audit][drift]")
{
    SmallTree t;
    const QString zhang = t.person(QStringLiteral("张伟"), t.branch1);
    // What the program wrote, the new file's own rows included, is all accounted for.
    REQUIRE(AuditReconcile::find(*t.db).isEmpty());
    tamper(t.path(), "INSERT INTO peer_office (office_id, name, public_key, trusted_at) VALUES ('p1', '乙', '" + peerKey +
                         "', '2026-01-01')");
    t.db.reset();
    t.db = dj::Database::open(t.path());
    REQUIRE(dj::AuditTrail::isInstalled(*t.db));
    dj::Query(*t.db, QStringLiteral("INSERT INTO peer_office (office_id, name, public_key, trusted_at) "
                                    "VALUES ('p2', '丙', :k, '2026-01-01')"))
        .bind(QStringLiteral(":k"), QString::fromLatin1(peerKey))
        .exec();
    tamper(t.path(), "UPDATE person SET name = '李四', version = version + 1 WHERE id = '" + zhang.toUtf8() + "'");
    tamper(t.path(), "DELETE FROM peer_office WHERE office_id = 'p2'");

    const QList<AuditDrift> drift = AuditReconcile::find(*dj::Database::openReadOnly(t.path()));
    CHECK(drift.size() == 3);
    CHECK(has(drift, AuditDrift::Kind::Changed, QStringLiteral("person"), zhang));
    CHECK(has(drift, AuditDrift::Kind::Unlogged, QStringLiteral("peer_office"), QStringLiteral("p1")));
    CHECK(has(drift, AuditDrift::Kind::Removed, QStringLiteral("peer_office"), QStringLiteral("p2")));
    CHECK(AuditReconcile::describe(drift.at(0)).contains(drift.at(0).rowId));
    // The chain itself is whole: only comparing the rows shows the edits.
    CHECK(dj::AuditLog(*t.db).verify().ok);
}

TEST_CASE("demo rows and the rows of an upgraded file are taken over by baseline entries", "[audit][drift]")
{
    TempDb t;
    dj::DemoGenerator::generate(*t, dj::DemoGenerator::Scale::Department);
    CHECK(AuditReconcile::find(*t).isEmpty());
    dj::AuditFilter f;
    f.op = QStringLiteral("baseline");
    CHECK(dj::AuditLog(*t).count(f) > 1000);
    CHECK(dj::AuditLog(*t).verify().ok);

    // A file of the first data format, upgraded: its rows are taken over in the upgrade.
    QFile sql(QStringLiteral(DJ_FIXTURES "/schema_v1.sql"));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(t.path(QStringLiteral("v1.djdb")).toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    auto upgraded = dj::Database::open(t.path(QStringLiteral("v1.djdb")));
    CHECK(AuditReconcile::find(*upgraded).isEmpty());
    CHECK(dj::AuditLog(*upgraded).count(f) >= 5); // 3 organisations, 2 people at least
    // Then edited by another program: found.
    upgraded.reset();
    tamper(t.path(QStringLiteral("v1.djdb")), "UPDATE organization SET name = name || '改', version = version + 1");
    CHECK(AuditReconcile::find(*dj::Database::openReadOnly(t.path(QStringLiteral("v1.djdb")))).size() == 3);
}

TEST_CASE("a restore is logged with the copy's name and the head it replaced; its copy is never rotated", "[audit][backup]")
{
    SmallTree t;
    dj::BackupStore::setKeep(*t.db, 1);
    const dj::BackupInfo saved = dj::BackupStore(*t.db).make(dj::BackupInfo::Reason::Manual);
    t.person(QStringLiteral("王芳"), t.branch1);
    const QByteArray replaced = AuditEvent::head(*t.db);
    REQUIRE(replaced.size() == 32);

    t.clock.advanceSecs(60);
    const dj::BackupInfo before = dj::AuditedRestore::run(*t.db, saved.path);
    const dj::AuditEntry e = newest(*t.db);
    CHECK(e.op == QStringLiteral("event"));
    CHECK(e.table == AuditEvent::code(AuditEvent::Kind::Restore));
    CHECK(e.rowId == QFileInfo(saved.path).fileName());
    CHECK(e.oldDigest == replaced);
    CHECK(dj::AuditLog(*t.db).verify().ok);

    // Daily and import copies rotate past the limit of one; the copy made before the restore,
    // which holds the replaced log, stays.
    for (int i = 0; i < 3; ++i) {
        t.clock.advanceSecs(60);
        dj::BackupStore(*t.db).make(i % 2 ? dj::BackupInfo::Reason::Import : dj::BackupInfo::Reason::Daily);
    }
    CHECK(QFile::exists(before.path));
    CHECK(AuditEvent::head(*dj::Database::openReadOnly(before.path)) == replaced);
}

TEST_CASE("an export is logged and its package carries the head of the log", "[audit][exchange]")
{
    SmallTree t;
    t.person(QStringLiteral("王芳"), t.branch1);
    const QByteArray head = AuditEvent::head(*t.db);
    dj::ExportRequest r;
    r.out = t.path(QStringLiteral("out.djpkg"));
    dj::PackageExport::run(*t.db, r);
    const dj::AuditEntry e = newest(*t.db);
    CHECK(e.op == QStringLiteral("event"));
    CHECK(e.table == QStringLiteral("export"));
    CHECK(e.rowId.startsWith(QStringLiteral("out.djpkg")));
    CHECK(dj::PackageReader(r.out).header().auditHead == head);
}

TEST_CASE("sign-ins, refused ones too, are logged", "[audit][accounts]")
{
    SmallTree t;
    const QString pw = QStringLiteral("正确的密码-2026");
    dj::Account admin;
    admin.name = QStringLiteral("admin");
    admin.role = dj::Role::Admin;
    dj::AccountRepository(*t.db).add(admin, pw);
    t.db.reset();
    CHECK_THROWS_AS(dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), QStringLiteral("错")), dj::Error);
    CHECK_THROWS_AS(dj::Authenticator::signIn(t.path(), QStringLiteral("nobody"), pw), dj::Error);
    dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), pw);
    t.db = dj::Database::open(t.path());
    dj::AuditFilter f;
    f.op = QStringLiteral("event");
    QStringList seen;
    for (const dj::AuditEntry &e : dj::AuditLog(*t.db).entries(f))
        seen.prepend(e.table + QLatin1Char(':') + e.rowId);
    // The first account turned sign-in on (issue 18 item 4: the fact is in the chain).
    CHECK(seen == QStringList{QStringLiteral("accounts-on:admin"), QStringLiteral("sign-in-failed:admin"),
                              QStringLiteral("sign-in-failed:nobody"), QStringLiteral("sign-in:admin")});
    CHECK(dj::AuditLog(*t.db).verify().ok);
    dj::Authenticator::signOut(t.path());
}
