// What a trusted office may change (issue 18, items 2 and 8): a branch office speaks for its
// own subtree only; claimed descent must rest on versions really exchanged; versions may not
// jump; a sealed assessment is the department's; trust is committed only with an import.
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "FullMember.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "assess/AssessmentRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "common/Error.h"
#include "duty/DutyRecordRepository.h"
#include "exchange/ImportLog.h"
#include "exchange/RefusedPackage.h"
#include "org/PersonRepository.h"
#include "storage/Query.h"

#include <QUuid>
#include <catch2/catch.hpp>

using namespace dj;

namespace {
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

void exec(Database &db, const QString &sql)
{
    Query(db, sql).exec();
}

QString text(Database &db, const QString &sql)
{
    Query q(db, sql);
    q.exec();
    return q.next() ? q.text(0) : QString();
}

// 党组 A → 机关党委 A1 → 第一支部 A11, 第二支部 A12 kept by the department office; the office
// of 第一支部 trusted by it for A11 only, and holding everything the department sent it.
struct Department
{
    Offices x;
    std::unique_ptr<Database> dept = x.make(QStringLiteral("机关党委"));
    std::unique_ptr<Database> branch = x.make(QStringLiteral("第一支部"));
    QStringList orgs = smallTree(*dept);
    QString scheme, assessment, indicator, member11, member12, item11, selfScore;

    Department()
    {
        scheme = SchemeRepository(*dept).installBuiltin();
        indicator = SchemeRepository(*dept).get(scheme).indicators.first().id;
        assessment = AssessmentRepository(*dept).create(2026, scheme, Weights{}, {orgs[2], orgs[3]});
        member11 = addFullMember(*dept, QStringLiteral("张一"), orgs[2]);
        member12 = addFullMember(*dept, QStringLiteral("李二"), orgs[3]);
        // A responsibility list of 第一支部 with one item, as the department made it.
        const QString list = uuid();
        item11 = uuid();
        const QString now = Clock::stamp();
        exec(*dept, QStringLiteral("INSERT INTO duty_list (id, owner_office, updated_at, year, subject, org_id, title) "
                                   "VALUES ('%1', '%2', '%3', 2026, 'grassroots', '%4', '第一支部责任清单')")
                        .arg(list, dept->officeId(), now, orgs[2]));
        exec(*dept, QStringLiteral("INSERT INTO duty_item (id, owner_office, updated_at, list_id, title, frequency) "
                                   "VALUES ('%1', '%2', '%3', '%4', '三会一课', 'monthly')")
                        .arg(item11, dept->officeId(), now, list));
        ScoreRepository(*dept).set(assessment, {ScoreInput{orgs[2], indicator, ScoreStage::Self, 0.0, {}}}, QStringLiteral("张一"));
        selfScore = ScoreRepository(*dept).entryId(assessment, orgs[2], indicator, ScoreStage::Self);
        Offices::trust(*branch, *dept);
        Offices::trust(*dept, *branch, QStringLiteral("A11"));
        x.receive(*branch, x.send(*dept));
        x.tick();
    }
    // What an office holding a copy of the branch file could do with sqlite3: change a row
    // and bump its version as the program would.
    void edit(const QString &table, const QString &id, const QString &set)
    {
        x.tick();
        const QString bump = set.contains(QLatin1String("version =")) ? QString() : QStringLiteral(", version = version + 1");
        exec(*branch, QStringLiteral("UPDATE %1 SET %2%3, updated_at = '%4' WHERE id = '%5'")
                          .arg(table, set, bump, Clock::stamp(), id));
    }
    // The branch's package, imported by the department; the refusal when there is one.
    std::optional<RefusedPackage> refusedAtDept(bool skip = false, ImportOutcome *outcome = nullptr)
    {
        const QString pkg = x.send(*branch, QStringLiteral("all"));
        x.tick();
        PackageImport import(*dept, pkg);
        PackageImportOptions o;
        o.skipRefused = skip;
        try {
            const ImportOutcome done = import.run(o);
            if (outcome)
                *outcome = done;
        } catch (const RefusedPackage &e) {
            return e;
        }
        return std::nullopt;
    }
};
} // namespace

TEST_CASE("a branch office's own members and records still merge", "[exchange][scope]")
{
    Department d;
    renameMember(*d.branch, d.member11, QStringLiteral("张一改"));
    const QString newcomer = addFullMember(*d.branch, QStringLiteral("王新"), d.orgs[2]);
    DutyRecord r;
    r.itemId = d.item11;
    r.doneOn = QDate(2026, 3, 1);
    r.text = QStringLiteral("召开支部委员会");
    r.recordedBy = QStringLiteral("王干事");
    const QString record = DutyRecordRepository(*d.branch).add(r);
    ImportOutcome o;
    REQUIRE_FALSE(d.refusedAtDept(false, &o));
    CHECK(o.refused.isEmpty());
    CHECK(PersonRepository(*d.dept).get(d.member11).name == QStringLiteral("张一改"));
    CHECK(PersonRepository(*d.dept).get(newcomer).name == QStringLiteral("王新"));
    CHECK(DutyRecordRepository(*d.dept).get(record).text == QStringLiteral("召开支部委员会"));
}

TEST_CASE("a branch office may not change the scheme, another branch's member or a sealed score", "[exchange][scope]")
{
    Department d;
    const QString before = Offices::digest(*d.dept);
    SECTION("the department's scheme")
    {
        d.edit(QStringLiteral("assess_scheme"), d.scheme, QStringLiteral("name = '改过的方案'"));
        const auto refused = d.refusedAtDept();
        REQUIRE(refused);
        CHECK(refused->rows().first().table == QStringLiteral("assess_scheme"));
        CHECK_THAT(refused->message().toStdString(), Catch::Contains("assess_scheme") && Catch::Contains("department"));
    }
    SECTION("another branch's member")
    {
        renameMember(*d.branch, d.member12, QStringLiteral("李二被改"));
        const auto refused = d.refusedAtDept();
        REQUIRE(refused);
        CHECK(refused->rows().first().id == d.member12);
        CHECK_THAT(refused->message().toStdString(), Catch::Contains("outside"));
    }
    SECTION("moving a member out of its subtree")
    {
        d.edit(QStringLiteral("person"), d.member11, QStringLiteral("branch_id = '%1'").arg(d.orgs[3]));
        REQUIRE(d.refusedAtDept());
    }
    SECTION("a score of a sealed assessment")
    {
        AssessmentRepository(*d.dept).recordSeal(d.assessment, true, {}, QStringLiteral("机关党委"));
        d.x.receive(*d.branch, d.x.send(*d.dept)); // the branch knows it is sealed
        d.edit(QStringLiteral("assess_score"), d.selfScore, QStringLiteral("value = 1"));
        const QString sealedDigest = Offices::digest(*d.dept);
        const auto refused = d.refusedAtDept();
        REQUIRE(refused);
        CHECK(refused->rows().first().table == QStringLiteral("assess_score"));
        CHECK_THAT(refused->message().toStdString(), Catch::Contains("sealed"));
        CHECK(Offices::digest(*d.dept) == sealedDigest);
        return;
    }
    SECTION("a 审核 score")
    {
        d.edit(QStringLiteral("assess_score"), d.selfScore, QStringLiteral("stage = 'review'"));
        REQUIRE(d.refusedAtDept());
    }
    CHECK(Offices::digest(*d.dept) == before);
}

TEST_CASE("forged descent and version jumps are refused", "[exchange][scope]")
{
    Department d;
    SECTION("history claiming a version the branch never had")
    {
        // The department changes its member; the branch never receives that version but
        // (with a copy of the department's file) claims to follow it.
        d.x.tick();
        renameMember(*d.dept, d.member11, QStringLiteral("部里改的"));
        const QString v2 = text(*d.dept, QStringLiteral("SELECT updated_at FROM person WHERE id = '%1'").arg(d.member11));
        exec(*d.branch, QStringLiteral("INSERT INTO row_history VALUES ('%1', 2, '%2')").arg(d.member11, v2));
        d.edit(QStringLiteral("person"), d.member11, QStringLiteral("name = '伪造的'"));
        const QString before = Offices::digest(*d.dept);
        const auto refused = d.refusedAtDept();
        REQUIRE(refused);
        CHECK_THAT(refused->message().toStdString(), Catch::Contains("never sent"));
        CHECK(Offices::digest(*d.dept) == before);
        CHECK(PersonRepository(*d.dept).get(d.member11).name == QStringLiteral("部里改的"));
    }
    SECTION("a version far above the recorded edits")
    {
        const QString before = Offices::digest(*d.dept);
        d.edit(QStringLiteral("person"), d.member11, QStringLiteral("name = '抢先的', version = 50"));
        const auto refused = d.refusedAtDept();
        REQUIRE(refused);
        CHECK_THAT(refused->message().toStdString(), Catch::Contains("version"));
        CHECK(Offices::digest(*d.dept) == before);
    }
    SECTION("a version beyond any a row can reach (10^15, to win every conflict)")
    {
        // Refused earlier, by the field checks every imported row passes (PayloadFields).
        const QString before = Offices::digest(*d.dept);
        d.edit(QStringLiteral("person"), d.member11, QStringLiteral("name = '抢先的', version = 1000000000000000"));
        CHECK_THROWS_WITH(d.refusedAtDept(), Catch::Contains("field Version (version)"));
        CHECK(Offices::digest(*d.dept) == before);
    }
}

TEST_CASE("the rest of a package imports when refused rows are left out", "[exchange][scope]")
{
    Department d;
    renameMember(*d.branch, d.member11, QStringLiteral("张一改"));
    renameMember(*d.branch, d.member12, QStringLiteral("李二被改"));
    ImportOutcome o;
    REQUIRE_FALSE(d.refusedAtDept(true, &o));
    REQUIRE(o.refused.size() == 1);
    CHECK(o.refused.first().id == d.member12);
    CHECK(o.refusedTotal == 1);
    CHECK(PersonRepository(*d.dept).get(d.member11).name == QStringLiteral("张一改"));
    CHECK(PersonRepository(*d.dept).get(d.member12).name == QStringLiteral("李二"));
}

TEST_CASE("the department office still sends its schemes and seals", "[exchange][scope]")
{
    Department d;
    d.x.tick();
    exec(*d.dept, QStringLiteral("UPDATE assess_scheme SET name = '新方案', version = version + 1, updated_at = '%1' "
                                 "WHERE id = '%2'")
                      .arg(Clock::stamp(), d.scheme));
    AssessmentRepository(*d.dept).recordSeal(d.assessment, true, {}, QStringLiteral("机关党委"));
    const ImportOutcome o = d.x.receive(*d.branch, d.x.send(*d.dept));
    CHECK(o.refused.isEmpty());
    CHECK(text(*d.branch, QStringLiteral("SELECT name FROM assess_scheme WHERE id = '%1'").arg(d.scheme)) ==
          QStringLiteral("新方案"));
    CHECK(AssessmentRepository(*d.branch).get(d.assessment).sealed);
    // And the branch's edit built on what the department sent merges back.
    renameMember(*d.branch, d.member11, QStringLiteral("张一改"));
    REQUIRE_FALSE(d.refusedAtDept());
}

TEST_CASE("what an office speaks for is kept, changed and audited", "[exchange][scope][office]")
{
    Department d;
    PeerRepository peers(*d.dept);
    const auto branch = peers.find(d.branch->officeId());
    REQUIRE(branch);
    CHECK(branch->speaksForOrgId == d.orgs[2]);
    CHECK(peers.scopeText(branch->speaksForOrgId) == QStringLiteral("A11"));
    CHECK_THROWS_WITH(peers.parseScope(QStringLiteral("NOPE")), Catch::Contains("department"));
    peers.setScope(d.branch->officeId(), peers.parseScope(QStringLiteral("A1")), QStringLiteral("test"));
    CHECK(peers.find(d.branch->officeId())->speaksForOrgId == d.orgs[1]);
    CHECK(text(*d.dept, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'trust'")).toInt() >= 2);
    // Widened to 机关党委 A1: the other branch's member is inside now.
    renameMember(*d.branch, d.member12, QStringLiteral("李二改"));
    REQUIRE_FALSE(d.refusedAtDept());
}

TEST_CASE("trust given with an import is committed only with it", "[exchange][trust]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    smallTree(*a);
    const QString pkg = x.send(*a);
    PackageImportOptions o;
    o.trust.on = true;
    SECTION("a preview trusts nothing")
    {
        o.dryRun = true;
        PackageImport(*b, pkg).run(o);
        CHECK_FALSE(PeerRepository(*b).find(a->officeId()));
    }
    SECTION("a failed import trusts nothing")
    {
        o.trust.speaksForOrgId = QStringLiteral("no such organisation");
        CHECK_THROWS(PackageImport(*b, pkg).run(o));
        CHECK_FALSE(PeerRepository(*b).find(a->officeId()));
    }
    SECTION("a successful import trusts the sender for what was said")
    {
        PackageImport(*b, pkg).run(o);
        REQUIRE(PeerRepository(*b).find(a->officeId()));
        CHECK(PeerRepository(*b).find(a->officeId())->department());
    }
}

TEST_CASE("a changed key, a revoked office and a look-alike name need a person's word", "[exchange][trust]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    auto other = dj::Database::create(x.path(QStringLiteral("other.djdb")), QStringLiteral("甲")); // the same name
    Offices::trust(*b, *a);
    PeerRepository peers(*b);
    OfficeKey changed = OfficeIdentity::publicKey(*a);
    changed.publicKey = OfficeIdentity::publicKey(*other).publicKey;
    CHECK(peers.changeFor(changed) == PeerRepository::Change::KeyChanged);
    CHECK_THROWS_WITH(peers.trust(changed, {}, QStringLiteral("t")), Catch::Contains("another key"));
    CHECK(peers.find(a->officeId())->key.publicKey == OfficeIdentity::publicKey(*a).publicKey);
    PeerRepository::Confirmed yes;
    yes.keyChange = true;
    peers.trust(changed, {}, QStringLiteral("t"), yes);
    CHECK(peers.find(a->officeId())->key.publicKey == changed.publicKey);
    // Packages signed with the replaced key no longer import.
    CHECK_THROWS_WITH(x.receive(*b, x.send(*a)), Catch::Contains("another key"));

    CHECK(peers.sameName(OfficeIdentity::publicKey(*other)).size() == 1);
    CHECK(peers.sameName(OfficeIdentity::publicKey(*a)).isEmpty());
}

TEST_CASE("import undo needs the right to import; imported_by and trusted_by are the account", "[exchange][trust][access]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    addOrg(*a, OrgType::PartyGroup, {}, QStringLiteral("甲党组"), QStringLiteral("X"));
    const QString path = x.path(QStringLiteral("乙.djdb"));
    const QString pw = QStringLiteral("正确的密码-2026");
    {
        auto b = x.make(QStringLiteral("乙"));
        const QString branch = smallTree(*b)[2];
        AccountRepository repo(*b);
        Account admin;
        admin.name = admin.displayName = QStringLiteral("guanli");
        admin.role = Role::Admin;
        repo.add(admin, pw);
        Account zhibu;
        zhibu.name = zhibu.displayName = QStringLiteral("zhibu");
        zhibu.role = Role::Branch;
        zhibu.scopeOrgId = branch;
        repo.add(zhibu, pw);
    }
    const QString pkg = x.send(*a);
    {
        Authenticator::signIn(path, QStringLiteral("guanli"), pw);
        auto b = Database::open(path);
        PackageImportOptions o;
        o.byWhom = QStringLiteral("someone-else"); // what a caller may name: not recorded
        o.trust.on = true;
        PackageImport(*b, pkg).run(o);
        CHECK(ImportLog(*b).all().first().importedBy == QStringLiteral("guanli"));
        CHECK(PeerRepository(*b).find(a->officeId())->trustedBy == QStringLiteral("guanli"));
    }
    SignInRegistry::forget(path);
    Authenticator::signIn(path, QStringLiteral("zhibu"), pw);
    auto b = Database::open(path);
    try {
        ImportLog(*b).undoLast(QStringLiteral("zhibu"));
        FAIL("a branch account undid an import");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Denied);
    }
    CHECK(ImportLog(*b).all().first().undoneAt.isEmpty());
    SignInRegistry::forget(path);
}
