// The audit log (issue 8): every change through the program is recorded with who, when,
// which row and digests of before and after, chained so that editing or removing entries with
// another tool is found by AuditLog::verify (and `dangjian-cli check`).
#include "ErrorOf.h"
#include "SmallTree.h"
#include "Tamper.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "audit/AuditHash.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "demo/DemoGenerator.h"
#include "sheet/CsvReader.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {

// A person in `branch`, through the repository of the Database open now.
void addPerson(dj::Database &db, const QString &name, const QString &branch, int seq)
{
    dj::Person p;
    p.name = name;
    p.birthDate = QDate(1985, 3, 4);
    p.gender = seq % 2 ? QLatin1Char('M') : QLatin1Char('F');
    p.idNumber = dj::IdNumber::compose(QStringLiteral("110101"), p.birthDate, seq);
    p.joinedOn = QDate(2010, 7, 1);
    p.fullMemberOn = p.joinedOn.addYears(1);
    p.branchId = branch;
    dj::PersonRepository(db).insert(p, QDate(2020, 1, 1));
}

// The user the unnamed session takes (USER), for one test.
struct AsUser
{
    QByteArray saved = qgetenv("USER");
    explicit AsUser(const char *name) { qputenv("USER", name); }
    ~AsUser() { qputenv("USER", saved); }
};

// A small tree made by "auditor", and one person in 办公室党支部.
struct Audited
{
    AsUser user{"auditor"};
    SmallTree t;
    QString zhang = t.person(QStringLiteral("张伟"), t.branch1);
    dj::AuditLog log{*t.db};

    dj::AuditEntry newest(const QString &table) const
    {
        dj::AuditFilter f;
        f.table = table;
        f.limit = 1;
        const auto e = log.entries(f);
        REQUIRE(e.size() == 1);
        return e.first();
    }
};

} // namespace

TEST_CASE("inserts, updates and deletes are logged with who, when, which row and digests", "[audit]")
{
    Audited a;
    REQUIRE(dj::AuditTrail::isInstalled(*a.t.db));
    // Six organisations, one person and their membership.
    CHECK(a.log.count() == 8);
    dj::AuditFilter orgs;
    orgs.table = QStringLiteral("organization");
    CHECK(a.log.count(orgs) == 6);

    const dj::AuditEntry inserted = a.newest(QStringLiteral("person"));
    CHECK(inserted.user == QStringLiteral("auditor"));
    CHECK(inserted.rowId == a.zhang);
    CHECK(inserted.op == QStringLiteral("insert"));
    CHECK(inserted.at == QStringLiteral("2026-11-24T02:00:00.000Z"));
    CHECK(inserted.oldDigest.isEmpty());
    CHECK(inserted.newDigest.size() == 32);
    CHECK(inserted.chain.size() == 32);

    a.t.clock.advanceSecs(60);
    dj::Person p = a.t.people.get(a.zhang);
    p.phone = QStringLiteral("13912345678");
    a.t.people.update(p);
    const dj::AuditEntry updated = a.newest(QStringLiteral("person"));
    CHECK(updated.op == QStringLiteral("update"));
    CHECK(updated.rowId == a.zhang);
    CHECK(updated.at == QStringLiteral("2026-11-24T02:01:00.000Z"));
    CHECK(updated.seq == inserted.seq + 2); // the membership's insert came between
    CHECK(updated.oldDigest == inserted.newDigest); // the row as it was inserted
    CHECK(updated.newDigest.size() == 32);
    CHECK(updated.newDigest != updated.oldDigest);

    // Removing a person is a tombstone: an update of the person and of the membership.
    a.t.people.remove(a.zhang);
    CHECK(a.newest(QStringLiteral("person")).op == QStringLiteral("update"));
    CHECK(a.newest(QStringLiteral("membership")).op == QStringLiteral("update"));

    // Deleted rows: trusted offices are deleted for real, and keyed by their office id.
    dj::Query(*a.t.db, QStringLiteral("INSERT INTO peer_office(office_id, name, public_key, trusted_at) VALUES "
                                      "('o-1', '区商务局', :k, '2026-11-24')"))
        .bind(QStringLiteral(":k"), QString(64, QLatin1Char('a')))
        .exec();
    const dj::AuditEntry trusted = a.newest(QStringLiteral("peer_office"));
    dj::Query(*a.t.db, QStringLiteral("DELETE FROM peer_office WHERE office_id = 'o-1'")).exec();
    const dj::AuditEntry deleted = a.newest(QStringLiteral("peer_office"));
    CHECK(deleted.op == QStringLiteral("delete"));
    CHECK(deleted.rowId == QStringLiteral("o-1"));
    CHECK(deleted.oldDigest == trusted.newDigest);
    CHECK(deleted.newDigest.isEmpty());
    // An integer key is kept as text.
    dj::Query(*a.t.db, QStringLiteral("INSERT INTO sync_conflict(id, tbl, row_id, kind, local_row_id, other_row, "
                                      "sender_office, detected_at) VALUES (41, 'person', :p, 'edit', :p, x'00', 'o-1', 't')"))
        .bind(QStringLiteral(":p"), a.zhang)
        .exec();
    CHECK(a.newest(QStringLiteral("sync_conflict")).rowId == QStringLiteral("41"));

    // Entries are read newest first, and every filter narrows them.
    const QList<dj::AuditEntry> all = a.log.entries();
    REQUIRE(all.size() >= 12);
    CHECK(all.first().seq == all.size());
    CHECK(all.last().seq == 1);
    dj::AuditFilter f;
    f.rowId = a.zhang;
    CHECK(a.log.count(f) == 3);
    f.op = QStringLiteral("update");
    CHECK(a.log.count(f) == 2);
    f = {};
    f.from = QDateTime(QDate(2026, 11, 24), QTime(2, 1), Qt::UTC);
    CHECK(a.log.count(f) == a.log.count() - 8);
    f.to = f.from;
    CHECK(a.log.count(f) == 0);
    f = {};
    f.user = QStringLiteral("nobody");
    CHECK(a.log.entries(f).isEmpty());
    CHECK(a.log.users() == QStringList{QStringLiteral("auditor")});
    CHECK(a.log.tables() == QStringList{QStringLiteral("membership"), QStringLiteral("organization"),
                                        QStringLiteral("peer_office"), QStringLiteral("person"),
                                        QStringLiteral("sync_conflict")});
    const dj::AuditVerdict v = a.log.verify();
    INFO(v.problem.toStdString());
    CHECK(v.ok);
    CHECK(v.entries == all.size());
    CHECK(v.head == all.first().chain);

    // The sink's prepared statements do not keep the connection open: closed, the file is
    // checkpointed and its -wal file removed (Qt closes with sqlite3_close, which refuses while
    // any statement is left).
    const QString path = a.t.path();
    a.t.db.reset();
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("the digest tells values and types apart", "[audit]")
{
    const auto digest = [](const std::function<void(dj::AuditHash &)> &f) {
        dj::AuditHash h;
        f(h);
        return h.result();
    };
    const QByteArray nullValue = digest([](dj::AuditHash &h) { h.addNull(); });
    const QByteArray emptyText = digest([](dj::AuditHash &h) { h.addText({}); });
    const QByteArray emptyBlob = digest([](dj::AuditHash &h) { h.addBlob({}); });
    const QByteArray one = digest([](dj::AuditHash &h) { h.addInteger(1); });
    const QByteArray oneText = digest([](dj::AuditHash &h) { h.addText("1"); });
    const QByteArray oneReal = digest([](dj::AuditHash &h) { h.addReal(1.0); });
    const QByteArray abC = digest([](dj::AuditHash &h) { h.addText("ab"), h.addText("c"); });
    const QByteArray aBc = digest([](dj::AuditHash &h) { h.addText("a"), h.addText("bc"); });
    const QList<QByteArray> all{nullValue, emptyText, emptyBlob, one, oneText, oneReal, abC, aBc};
    for (int i = 0; i < all.size(); ++i)
        for (int j = i + 1; j < all.size(); ++j)
            CHECK(all.at(i) != all.at(j));
    // SQL computes what C++ computes.
    TempDb t;
    CHECK(dj::Query(*t, QStringLiteral("SELECT dj_audit_digest(NULL, '', x'', 1, '1', 1.0)")).scalar().toByteArray() ==
          digest([](dj::AuditHash &h) {
              h.addNull(), h.addText({}), h.addBlob({}), h.addInteger(1), h.addText("1"), h.addReal(1.0);
          }));
}

TEST_CASE("what is not saved is not logged, nor is an update that changes nothing", "[audit]")
{
    Audited a;
    const qint64 before = a.log.count();
    const QByteArray head = a.log.verify().head;
    {
        dj::Transaction tx(*a.t.db);
        a.t.person(QStringLiteral("李娜"), a.t.branch1, 12);
        CHECK(a.log.count() == before + 2); // seen inside the transaction
    } // rolled back
    CHECK(a.log.count() == before);
    CHECK(a.log.verify().ok);
    CHECK(a.log.verify().head == head);
    // A failing statement inside a transaction that goes on: its entries go with it.
    {
        dj::Transaction tx(*a.t.db);
        CHECK_THROWS(a.t.add(dj::OrgType::Branch, a.t.organ, QStringLiteral("重复"), QStringLiteral("SW-ZB01")));
        a.t.person(QStringLiteral("李娜"), a.t.branch1, 12);
        tx.commit();
    }
    CHECK(a.log.count() == before + 2);
    const qint64 now = a.log.count();
    dj::Query(*a.t.db, QStringLiteral("INSERT INTO peer_office(office_id, name, public_key, trusted_at) VALUES "
                                      "('o-2', 'x', :k, 't')"))
        .bind(QStringLiteral(":k"), QString(64, QLatin1Char('b')))
        .exec();
    dj::Query(*a.t.db, QStringLiteral("UPDATE peer_office SET name = name, trusted_by = trusted_by")).exec();
    CHECK(a.log.count() == now + 1);
    CHECK(a.log.verify().ok);
}

TEST_CASE("the program cannot change its own log, nor can a file's own triggers use the functions", "[audit]")
{
    Audited a;
    for (const QString &sql : {QStringLiteral("DELETE FROM audit_log WHERE seq = 1"),
                               QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 1"),
                               QStringLiteral("DELETE FROM audit_head"),
                               QStringLiteral("INSERT INTO audit_head VALUES (2, 0, x'')")}) {
        INFO(sql.toStdString());
        CHECK_THROWS_AS(dj::Query(*a.t.db, sql).exec(), dj::Error);
    }
    // SQLite refuses the call when such a trigger fires (SQLITE_DIRECTONLY), and a stored
    // trigger does not see the TEMP sink.
    const struct
    {
        const char *body;
        const char *refusal;
    } forged[] = {{"SELECT dj_audit_digest(1)", "unsafe use of dj_audit_digest()"},
                  {"INSERT INTO dj_audit_sink VALUES ('person', 'x', 'delete', NULL, NULL)", "no such table"}};
    int code = 3;
    for (const auto &f : forged) {
        INFO(f.body);
        a.t.db->execScript(QByteArray("CREATE TRIGGER forged AFTER INSERT ON organization BEGIN ") + f.body + "; END");
        try {
            a.t.add(dj::OrgType::Branch, a.t.organ, QStringLiteral("第三支部"), QStringLiteral("SW-ZB0%1").arg(code++));
            FAIL("a stored trigger used the audit log's functions");
        } catch (const dj::Error &e) {
            CHECK(e.message().contains(QString::fromLatin1(f.refusal)));
        }
        a.t.db->execScript("DROP TRIGGER forged");
    }
    CHECK(a.log.verify().ok);
}

TEST_CASE("a column a later migration adds is covered", "[audit]")
{
    AsUser user("auditor");
    TempDb t;
    const QString id = addOrg(*t, dj::OrgType::PartyGroup, {}, QStringLiteral("党组"), QStringLiteral("A"));
    t.db.reset();
    tamper(t.path(), "ALTER TABLE organization ADD COLUMN motto TEXT NOT NULL DEFAULT ''");
    t.db = dj::Database::open(t.path());
    dj::AuditLog log(*t.db);
    const qint64 before = log.count();
    dj::Query(*t, QStringLiteral("UPDATE organization SET motto = '为人民服务', version = version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    CHECK(log.count() == before + 1);
    CHECK(log.verify().ok);
}

TEST_CASE("editing or removing entries with another tool is found and named", "[audit]")
{
    Audited a;
    const qint64 last = a.log.count(); // 8
    REQUIRE(last == 8);
    const QString path = a.t.path();
    struct Case
    {
        QByteArray sql;
        qint64 firstBad;
        QString problem;
    };
    const QList<Case> cases{
        {"UPDATE audit_log SET user_name = 'someone' WHERE seq = 3", 3,
         QStringLiteral("Entry 3 of the audit log was changed.")},
        {"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 5", 5,
         QStringLiteral("Entry 5 of the audit log was changed.")},
        {"UPDATE audit_log SET new_digest = zeroblob(32) WHERE seq = 2", 2,
         QStringLiteral("Entry 2 of the audit log was changed.")},
        {"UPDATE audit_log SET old_digest = new_digest WHERE seq = 1", 1,
         QStringLiteral("Entry 1 of the audit log was changed.")},
        {"DELETE FROM audit_log WHERE seq = 8", 8,
         QStringLiteral("The last entry of the audit log, 8, was removed (the log ends at 7).")},
        {"DELETE FROM audit_log WHERE seq = 4", 4, QStringLiteral("Entry 4 of the audit log is missing.")},
        {"DELETE FROM audit_log WHERE seq BETWEEN 4 AND 6", 4, QStringLiteral("Entries 4–6 of the audit log are missing.")},
        {"DELETE FROM audit_log WHERE seq <= 2", 1, QStringLiteral("Entries 1–2 of the audit log are missing.")},
        {"DELETE FROM audit_log WHERE seq > 5", 6,
         QStringLiteral("The last 3 entries of the audit log were removed (the log ends at 5, its head says 8).")},
        {"DELETE FROM audit_log", 1,
         QStringLiteral("The last 8 entries of the audit log were removed (the log ends at 0, its head says 8).")},
        {"DELETE FROM audit_log WHERE seq > 6; UPDATE audit_head SET seq = 6", 6,
         QStringLiteral("The head record of the audit log was changed: it does not match entry 6.")},
        {"DELETE FROM audit_head", 0, QStringLiteral("The head record of the audit log is missing.")},
    };
    const QString clean = a.t.path(QStringLiteral("clean.djdb"));
    a.t.db->backupTo(clean);
    for (const Case &c : cases) {
        INFO(c.sql.constData());
        a.t.db.reset();
        QFile::remove(path);
        REQUIRE(QFile::copy(clean, path));
        tamper(path, c.sql);
        a.t.db = dj::Database::open(path);
        const dj::AuditVerdict v = dj::AuditLog(*a.t.db).verify();
        CHECK_FALSE(v.ok);
        INFO(v.problem.toStdString());
        CHECK(v.problem == c.problem);
        CHECK(v.firstBadSeq == c.firstBad);
        // Work goes on, and the log still does not verify.
        addPerson(*a.t.db, QStringLiteral("王芳"), a.t.branch2, 14);
        CHECK_FALSE(dj::AuditLog(*a.t.db).verify().ok);
    }
}

TEST_CASE("an entry added outside the program is found even with a valid chain", "[audit]")
{
    Audited a;
    const dj::AuditEntry last = a.log.entries().first();
    dj::AuditHash h;
    h.addBlob(last.chain);
    h.addInteger(last.seq + 1);
    for (const char *text : {"2026-11-24T03:00:00.000Z", "intruder", "person", "x", "delete"})
        h.addText(text);
    h.addBlob(QByteArray(32, 'x'));
    h.addNull();
    const QByteArray chain = h.result().toHex();
    a.t.db.reset();
    tamper(a.t.path(), "INSERT INTO audit_log VALUES (" + QByteArray::number(last.seq + 1) +
                           ", '2026-11-24T03:00:00.000Z', 'intruder', 'person', 'x', 'delete', x'" +
                           QByteArray(32, 'x').toHex() + "', NULL, x'" + chain + "')");
    a.t.db = dj::Database::openReadOnly(a.t.path());
    const dj::AuditVerdict v = dj::AuditLog(*a.t.db).verify();
    CHECK(v.problem == QStringLiteral("Entry 9 of the audit log was added outside Dangjian Desk (its head says 8)."));
    CHECK(v.firstBadSeq == 9);
}

TEST_CASE("the log exports as CSV for administrators and the committee only", "[audit]")
{
    Audited a;
    const QString csv = a.t.path(QStringLiteral("audit.csv"));
    dj::AuditFilter f;
    f.table = QStringLiteral("organization");
    QList<qint64> seen;
    REQUIRE(a.log.exportCsv(csv, f, [&](qint64 done, qint64 total) {
        seen << done;
        return total == 6;
    }));
    CHECK(seen.last() == 6);
    const dj::SheetTable sheet = dj::CsvReader::read(csv);
    CHECK(sheet.headers == dj::AuditLog::csvHeaders());
    REQUIRE(sheet.rows.size() == 6);
    const dj::AuditEntry newest = a.log.entries(f).first();
    const QVariantList row = sheet.rows.first();
    CHECK(row.value(0).toString() == QString::number(newest.seq));
    CHECK(row.value(1).toString() == QStringLiteral("2026-11-24T02:00:00.000Z"));
    CHECK(row.value(2).toString() == QStringLiteral("auditor"));
    CHECK(row.value(3).toString() == QStringLiteral("organization"));
    CHECK(row.value(5).toString() == QStringLiteral("insert"));
    CHECK(row.value(6).toString().isEmpty());
    CHECK(row.value(7).toString() == QString::fromLatin1(newest.newDigest.toHex()));
    CHECK(row.value(8).toString() == QString::fromLatin1(newest.chain.toHex()));
    // Cancelled: nothing is left.
    const QString cancelled = a.t.path(QStringLiteral("cancelled.csv"));
    CHECK_FALSE(a.log.exportCsv(cancelled, f, [](qint64, qint64) { return false; }));
    CHECK_FALSE(QFile::exists(cancelled));

    // With accounts: the administrator's changes carry the account name; a branch account
    // may not read or export the log, but its own changes are logged and the chain holds.
    const QString password = QStringLiteral("正确的密码-2026");
    dj::Account admin;
    admin.name = QStringLiteral("admin");
    admin.displayName = admin.name;
    admin.role = dj::Role::Admin;
    dj::Account branch = admin;
    branch.name = QStringLiteral("zhibu");
    branch.role = dj::Role::Branch;
    branch.scopeOrgId = a.t.branch1;
    dj::AccountRepository(*a.t.db).add(admin, password);
    dj::AccountRepository(*a.t.db).add(branch, password);
    a.t.db.reset();
    dj::Authenticator::signIn(a.t.path(), QStringLiteral("admin"), password);
    a.t.db = dj::Database::open(a.t.path());
    addPerson(*a.t.db, QStringLiteral("赵敏"), a.t.branch1, 16);
    dj::AuditFilter mine;
    mine.user = QStringLiteral("admin");
    CHECK(dj::AuditLog(*a.t.db).count(mine) == 2);
    CHECK(dj::AuditLog(*a.t.db).exportCsv(csv, mine));
    a.t.db.reset();
    dj::Authenticator::signIn(a.t.path(), QStringLiteral("zhibu"), password);
    a.t.db = dj::Database::open(a.t.path());
    try {
        dj::AuditLog(*a.t.db).exportCsv(a.t.path(QStringLiteral("denied.csv")), {});
        FAIL("a branch account exported the audit log");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Denied);
    }
    CHECK_FALSE(QFile::exists(a.t.path(QStringLiteral("denied.csv"))));
    CHECK(errorOf([&] { dj::AuditLog(*a.t.db).entries(); }).kind() == dj::Error::Kind::Denied);
    addPerson(*a.t.db, QStringLiteral("钱进"), a.t.branch1, 17);
    CHECK(dj::AuditLog(*a.t.db).verify().ok);
    a.t.db.reset();
    dj::Authenticator::signIn(a.t.path(), QStringLiteral("admin"), password);
    a.t.db = dj::Database::open(a.t.path());
    dj::AuditFilter theirs;
    theirs.user = QStringLiteral("zhibu");
    CHECK(dj::AuditLog(*a.t.db).count(theirs) == 2);
    a.t.db.reset();
    dj::SignInRegistry::forget(a.t.path());
}

TEST_CASE("demo data is written without a log entry per insert; one baseline entry per row takes it over", "[audit]")
{
    TempDb t;
    dj::DemoGenerator::generate(*t, dj::DemoGenerator::Scale::Department);
    const int rows = dj::Query(*t, QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toInt();
    CHECK(rows > 1000);
    CHECK(dj::Query(*t, QStringLiteral("SELECT count(*) FROM audit_log WHERE op <> 'baseline'")).scalar().toInt() == 0);
    REQUIRE(dj::AuditTrail::isInstalled(*t));
    dj::Query(*t, QStringLiteral("UPDATE organization SET name = name || '（改）', version = version + 1 "
                                 "WHERE rowid = (SELECT min(rowid) FROM organization)"))
        .exec();
    CHECK(dj::Query(*t, QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toInt() == rows + 1);
    CHECK(dj::AuditLog(*t).verify().ok);
}
