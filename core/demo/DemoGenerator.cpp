#include "DemoGenerator.h"

#include "DemoAssess.h"
#include "DemoDuty.h"
#include "DemoNames.h"
#include "DemoRows.h"
#include "audit/AuditReconcile.h"
#include "audit/AuditTrail.h"
#include "DemoWriter.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "org/OrgVocabulary.h"
#include "org/Person.h"
#include "org/PostVocabulary.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace dj {

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

using namespace demo;

using Role = DemoNames::BranchSpec::Role;

// A branch being filled: its organisation, how many ordinary staff, and who they are.
struct Plan : DemoNames::BranchSpec
{
    explicit Plan(const DemoNames::BranchSpec &s) : DemoNames::BranchSpec(s) {}
    int org = -1, size = 0;
    std::vector<int> staff, extras; // extras: leaders whose membership is here
};

// Builds one department: the four leading bodies, the branches of a DemoNames::Layout, their
// 党小组, people apportioned by weight, and every post.
class Builder
{
public:
    Builder(DemoNames &n, QSet<QString> &ids, const QDate &today)
        : m_n(n), m_ids(ids), m_today(today)
    {
    }

    Dept build(int bureauIndex, int targetBranches, int targetPeople)
    {
        m_d = Dept();
        m_plans.clear();
        m_termOrgs.clear();
        m_leaders.clear();
        const DemoNames::Bureau &b = DemoNames::bureau(bureauIndex);
        m_layout = m_n.layout(bureauIndex, targetBranches);
        m_pg = addOrg(OrgType::PartyGroup, -1, b.name + u("党组"), u("党组"), b.code);
        m_lg = addOrg(OrgType::LeadingGroup, m_pg, b.name + u("党的建设工作领导小组"),
                      u("党建工作领导小组"), b.code + QStringLiteral("-LD"));
        m_oc = addOrg(OrgType::OrganCommittee, m_pg, b.name + u("机关党委"), u("机关党委"),
                      b.code + QStringLiteral("-JG"));
        m_dc = addOrg(OrgType::DisciplineCommittee, m_oc, b.name + u("机关纪委"), u("机关纪委"),
                      b.code + QStringLiteral("-JW"));
        org(m_pg).established = m_today.addYears(-m_n.range(8, 25)).addDays(-m_n.below(365));
        org(m_lg).established = m_today.addYears(-m_n.range(3, 7)).addDays(-m_n.below(365));
        setTerm(m_oc, 5, 0);
        org(m_dc).termYears = 5; // elected with the 机关党委
        org(m_dc).termStart = org(m_oc).termStart;
        org(m_dc).established = org(m_oc).established;
        org(m_pg).established = std::min(org(m_pg).established, org(m_oc).established);

        std::fill(std::begin(m_gb), std::end(m_gb), -1);
        for (const DemoNames::BranchSpec &s : m_layout.branches) {
            const int g = s.general; // a 党总支 comes just before its first branch
            if (g >= 0 && m_gb[g] < 0) {
                const DemoNames::GeneralSpec &gs = m_layout.general[g];
                m_gb[g] = addOrg(OrgType::GeneralBranch, m_oc, gs.name, gs.shortName,
                                 b.code + QStringLiteral("-ZZ%1").arg(g + 1));
                m_termOrgs.push_back(m_gb[g]);
            }
            m_plans.emplace_back(s);
            Plan &p = m_plans.back();
            const QString code =
                QStringLiteral("-ZB%1").arg(int(m_plans.size()), 2, 10, QLatin1Char('0'));
            p.org = addOrg(OrgType::Branch, p.general >= 0 ? m_gb[p.general] : m_oc, p.name,
                           p.shortName, b.code + code, p.kind);
            m_termOrgs.push_back(p.org);
        }
        // A few committees are due for election within six months, one or two are overdue.
        std::vector<int> category(m_termOrgs.size(), 0);
        const int due = 3, overdue = m_n.chance(50) ? 2 : 1;
        for (int k = 0; k < due + overdue;) {
            const size_t i = size_t(m_n.below(int(m_termOrgs.size())));
            if (category[i] == 0)
                category[i] = k++ < due ? 1 : 2;
        }
        for (size_t i = 0; i < m_termOrgs.size(); ++i)
            setTerm(m_termOrgs[i], 3, category[i]);

        staffBranches(targetPeople);
        assignPosts();
        // 联系点: most branches are looked after by one of the 党组 members. The leaders' own
        // branch has none (which also keeps the rows free of reference cycles).
        int turn = 0;
        for (int o : m_termOrgs)
            if (o != m_plans[0].org && m_n.chance(85))
                org(o).contact = m_leaders[size_t(turn++ % 7)];
        return std::move(m_d);
    }

private:
    OrgRow &org(int i) { return m_d.orgs[size_t(i)]; }
    PersonRow &person(int i) { return m_d.people[size_t(i)]; }

    int addOrg(OrgType type, int parent, const QString &name, const QString &shortName,
               const QString &code, UnitKind kind = UnitKind::None)
    {
        OrgRow o;
        o.id = newRowId();
        o.name = name;
        o.shortName = shortName;
        o.code = code;
        o.type = type;
        o.kind = kind;
        o.parent = parent;
        for (const OrgRow &x : m_d.orgs)
            o.sortOrder += x.parent == parent ? 1 : 0;
        m_d.orgs.push_back(o);
        return int(m_d.orgs.size()) - 1;
    }

    // category 0: the term ends comfortably later; 1: within the next six months; 2: overdue.
    void setTerm(int i, int years, int category)
    {
        const int days = category == 1   ? m_n.range(20, 170)
                         : category == 2 ? -m_n.range(15, 150)
                                         : m_n.range(190, years * 365 - 60);
        OrgRow &o = org(i);
        o.termYears = years;
        o.termStart = m_today.addDays(days).addYears(-years);
        o.established = o.termStart.addYears(-years * m_n.range(1, 6)).addDays(-m_n.below(200));
    }

    int addPerson(int branch, int ageLo, int ageHi, const QString &position, const QString &dept,
                  int malePercent, bool retired = false, bool mayBeProbationary = false)
    {
        PersonRow p;
        static_cast<DemoNames::Identity &>(p) =
            m_n.identity(m_today, ageLo, ageHi, malePercent, retired, mayBeProbationary, m_ids);
        p.id = newRowId();
        p.department = dept;
        p.position = position;
        p.branch = branch;
        // In this branch since joining the party, since retiring, or since some day at work.
        const QDate start = std::max(p.joinedOn, p.birth.addYears(23));
        const qint64 span = std::max<qint64>(0, start.daysTo(m_today.addDays(-30)));
        p.memberFrom = p.probationary ? p.joinedOn
                       : retired      ? std::max(p.joinedOn, p.birth.addYears(60))
                                      : start.addDays(m_n.below(int(span) + 1));
        m_d.people.push_back(p);
        return int(m_d.people.size()) - 1;
    }

    void addPost(int who, int where, PostType type, const QDate &from, const QDate &to = {})
    {
        m_d.posts.push_back({who, where, type, std::min(from, m_today), to});
        const OrgType t = org(where).type;
        const bool partyWork = t == OrgType::OrganCommittee || t == OrgType::DisciplineCommittee ||
                               t == OrgType::GeneralBranch || t == OrgType::Branch;
        if (partyWork && !to.isValid() && person(who).cadre == CadreKind::None)
            person(who).cadre = CadreKind::PartTime;
    }

    // People: the 党组 (senior leaders, members of the 办公室 branch), the heads of the units
    // under the 党总支, then every branch's staff, apportioned by weight to `targetPeople`.
    void staffBranches(int targetPeople)
    {
        for (int i = 0; i < 7; ++i) {
            m_leaders.push_back(addPerson(m_plans[0].org, i == 0 ? 50 : 45, 57, m_layout.leaders[i],
                                          m_layout.leaderDepartment, 85));
            m_plans[0].extras.push_back(m_leaders.back());
        }
        for (int g = 0; g < 3; ++g) {
            std::vector<Plan *> mine;
            for (Plan &p : m_plans)
                if (p.general == g)
                    mine.push_back(&p);
            const bool firm = m_layout.general[g].enterprise;
            for (int k = 0; k < 3; ++k) {
                Plan &home = *mine[size_t(k) % mine.size()];
                const QString pos = k == 0
                                        ? (firm ? u("党总支书记、董事长") : u("党总支书记、主任"))
                                        : (firm ? u("副总经理") : u("副主任"));
                m_unitHeads[g][k] = addPerson(home.org, 44, 57, pos, home.unit, 75);
                home.extras.push_back(m_unitHeads[g][k]);
            }
        }
        int weights = 0;
        for (const Plan &p : m_plans)
            weights += p.weight;
        const int n = int(m_plans.size());
        const int spare = std::max(0, targetPeople - int(m_d.people.size()) - 7 * n);
        int given = 0;
        for (Plan &p : m_plans) {
            p.size = 7 + spare * p.weight / weights;
            given += p.size - 7;
        }
        for (int i = 0; given < spare; i = (i + 1) % n, ++given)
            ++m_plans[size_t(i)].size;
        for (Plan &p : m_plans)
            fillBranch(p);

        // A few people came from another branch of the department (closed membership rows).
        for (const Plan &p : m_plans) {
            const bool retired = p.role == Role::Retired;
            for (int who : p.staff) {
                PersonRow &x = person(who);
                if (x.probationary || !m_n.chance(retired ? 30 : 3))
                    continue;
                const Plan &from = m_plans[size_t(m_n.below(retired ? m_layout.divisions : n - 1))];
                const qint64 span = x.joinedOn.daysTo(x.memberFrom);
                if (from.org == p.org || from.role == Role::Retired || span < 200)
                    continue;
                x.prevBranch = from.org;
                x.prevFrom = x.joinedOn.addDays(m_n.below(int(span) - 100));
            }
        }
    }

    void fillBranch(Plan &p)
    {
        const auto staff = [&](int lo, int hi, const QString &position, const QString &dept,
                               int male, bool retired = false, bool probation = false) {
            p.staff.push_back(addPerson(p.org, lo, hi, position, dept, male, retired, probation));
            return p.staff.back();
        };
        const int n = p.size;
        if (p.role == Role::Retired) {
            for (int i = 0; i < n; ++i)
                staff(61, 84, p.head, p.unit, 62, true);
            return;
        }
        if (p.role == Role::Joint) { // the full-time party workers, and the retirees' division
            const QString office = p.unit, retiredDiv = u("离退休干部处");
            person(staff(45, 56, p.head, office, 70)).cadre = CadreKind::FullTime;
            staff(44, 57, p.deputy, retiredDiv, 70);
            for (int i = 2; i < n; ++i) {
                const int age = m_n.range(25, 56);
                const int who = staff(age, age, m_n.staffPosition(UnitKind::Internal, age),
                                      i % 2 ? retiredDiv : office, 50, false, true);
                if (i < 4)
                    person(who).cadre = CadreKind::FullTime;
            }
            return;
        }
        staff(p.role == Role::UnitBranch ? 38 : 42, 57, p.head, p.unit, 72);
        const int deputies = n >= 12 ? 2 : 1;
        for (int i = 0; i < deputies; ++i)
            staff(34, 55, p.deputy, p.unit, 65);
        const bool institution = p.kind == UnitKind::Enterprise || p.kind == UnitKind::Affiliated;
        for (int i = 1 + deputies; i < n; ++i) {
            const int age = m_n.range(24, 58);
            staff(age, age, m_n.staffPosition(institution ? p.kind : UnitKind::Internal, age),
                  p.unit, 55, false, true);
        }
    }

    void assignPosts()
    {
        const std::vector<int> &L = m_leaders;
        const QDate pgFrom = m_today.addDays(-m_n.range(400, 2500));
        addPost(L[0], m_pg, PostType::PgSecretary, pgFrom);
        addPost(L[1], m_pg, PostType::PgDeputy, pgFrom.addDays(m_n.range(0, 300)));
        for (size_t i = 2; i < 7; ++i)
            addPost(L[i], m_pg, PostType::PgMember, pgFrom.addDays(m_n.range(-600, 300)));
        // A former 党组 member, now in the retired cadres' branch.
        const int former = m_plans[size_t(m_layout.divisions + 1)].staff[1];
        person(former).position = u("退休干部（原") + m_layout.leaders[2] + u("）");
        const QDate retiredOn = person(former).memberFrom;
        addPost(former, m_pg, PostType::PgMember, retiredOn.addDays(-m_n.range(1500, 3000)),
                retiredOn);

        const Plan &joint = m_plans[size_t(m_layout.divisions)];
        const int ocDeputy = joint.staff[0];
        const int officeHead = m_plans[0].staff[0], personnelHead = m_plans[1].staff[0];
        const QDate lgFrom = org(m_lg).established;
        addPost(L[0], m_lg, PostType::LgLeader, lgFrom);
        addPost(L[1], m_lg, PostType::LgDeputy, lgFrom);
        addPost(L[2], m_lg, PostType::LgDeputy, lgFrom);
        for (int who : {L[3], L[4], L[5], L[6], ocDeputy, officeHead, personnelHead})
            addPost(who, m_lg, PostType::LgMember, lgFrom);

        for (Plan &p : m_plans)
            branchPosts(p);
        for (int g = 0; g < 3; ++g) {
            const QDate from = org(m_gb[g]).termStart;
            addPost(m_unitHeads[g][0], m_gb[g], PostType::GbSecretary, from);
            addPost(m_unitHeads[g][1], m_gb[g], PostType::Organizing, from);
            addPost(m_unitHeads[g][2], m_gb[g], PostType::Propaganda, from);
            const auto first = std::find_if(m_plans.begin(), m_plans.end(),
                                            [g](const Plan &p) { return p.general == g; });
            addPost(first->staff.back(), m_gb[g], PostType::Discipline, from);
        }
        const QDate ocFrom = org(m_oc).termStart;
        const int divisions = m_layout.divisions;
        addPost(L[2], m_oc, PostType::OcSecretary, ocFrom);
        addPost(ocDeputy, m_oc, PostType::OcFullTimeDeputy, ocFrom);
        for (int who : {officeHead, personnelHead, m_plans[size_t(4 % divisions)].staff[0],
                        m_unitHeads[0][0], joint.staff[2]})
            addPost(who, m_oc, PostType::OcMember, ocFrom);
        addPost(m_plans[2].staff[0], m_dc, PostType::DcSecretary, ocFrom);
        for (int k = 3; k < 6; ++k) // deputy heads of three divisions
            addPost(m_plans[size_t(k % divisions)].staff[1], m_dc, PostType::DcMember, ocFrom);
    }

    // The branch committee (书记, 副书记 in larger branches, 组织/宣传/纪检委员), a little
    // history, and the 党小组 with their leaders; all held by members of the branch.
    void branchPosts(Plan &p)
    {
        const QString brName = org(p.org).name, brCode = org(p.org).code; // orgs grow below
        const QDate from = org(p.org).termStart;
        const std::vector<int> &s = p.staff;
        const int total = int(s.size() + p.extras.size());
        size_t next = 1;
        addPost(s[0], p.org, PostType::BrSecretary, from);
        if (total >= 20)
            addPost(s[next++], p.org, PostType::BrDeputy, from);
        addPost(s[next], p.org, PostType::Organizing, from);
        QDate propagandaFrom = from;
        const qint64 served = from.daysTo(m_today);
        if (served > 240 && m_n.chance(15)) { // the first 宣传委员 moved on mid-term
            propagandaFrom = from.addDays(m_n.range(60, int(served) - 60));
            addPost(s.back(), p.org, PostType::Propaganda, from, propagandaFrom);
        }
        addPost(s[next + 1], p.org, PostType::Propaganda, propagandaFrom);
        addPost(s[next + 2], p.org, PostType::Discipline, from);
        if (m_n.chance(25)) { // the previous committee's secretary, a senior member
            const auto rest = s.begin() + std::ptrdiff_t(next + 3);
            const int previous = *std::max_element(
                rest, s.end(), [this](int a, int b) { return person(a).age < person(b).age; });
            addPost(previous, p.org, PostType::BrSecretary, from.addYears(-3), from);
        }

        const int groups = std::clamp((total + 4) / 8, 2, 5); // about one per eight members
        for (int g = 1; g <= groups; ++g) {
            const QString ord = DemoNames::ordinal(g);
            const int grp = addOrg(OrgType::Group, p.org, brName + ord + u("党小组"),
                                   ord + u("党小组"), brCode + QStringLiteral("-XZ%1").arg(g));
            org(grp).established = from;
            const size_t pick = next + 3 + size_t(g);
            const int leader = pick < s.size() ? s[pick] : s[1 + size_t(g) % (next + 2)];
            addPost(leader, grp, PostType::GroupLeader, from.addDays(m_n.range(0, 30)));
        }
    }

    DemoNames &m_n;
    QSet<QString> &m_ids;
    QDate m_today;
    Dept m_d;
    DemoNames::Layout m_layout;
    int m_pg = -1, m_lg = -1, m_oc = -1, m_dc = -1, m_gb[3] = {-1, -1, -1};
    std::vector<Plan> m_plans;   // in the order of m_layout.branches
    std::vector<int> m_termOrgs; // general branches and branches
    std::vector<int> m_leaders;  // the 党组, secretary first
    int m_unitHeads[3][3] = {};  // per general branch: its unit's head and two deputies
};

// A larger page cache while the one big transaction runs: rows with random UUID keys touch
// every index all over, and with SQLite's default 2 MB cache pages keep spilling to the WAL
// (the city scale took half as long again). The old size is restored afterwards.
struct BigCache
{
    Database &db;
    const QByteArray old = Query(db, QStringLiteral("PRAGMA cache_size")).scalar().toByteArray();
    explicit BigCache(Database &d) : db(d) { db.execScript("PRAGMA cache_size = -262144"); }
    ~BigCache()
    {
        // sql-identifiers-only: a PRAGMA takes no parameters; old is SQLite's own number
        sqlite3_exec(db.handle(), ("PRAGMA cache_size = " + old).constData(), nullptr, nullptr,
                     nullptr);
    }
};

} // namespace

DemoGenerator::Stats DemoGenerator::generate(Database &db, Scale scale, const Progress &progress,
                                             quint32 seed)
{
    // Made-up rows in a new, empty file: logging each would record nothing anyone did and,
    // at city scale, triple the time (SQLite keeps a statement journal for every row a
    // trigger watches). The log takes the rows over at the end, one baseline entry each.
    struct AuditPaused
    {
        Database &db;
        bool was = AuditTrail::isInstalled(db);
        explicit AuditPaused(Database &d) : db(d)
        {
            if (was)
                AuditTrail::uninstall(db);
        }
        void resume()
        {
            if (was)
                AuditTrail::install(db);
            was = false;
        }
        ~AuditPaused()
        {
            if (!was)
                return;
            try {
                AuditTrail::install(db);
            } catch (const Error &) {
                // Unlikely (it just worked); the next opening of the file installs it again.
            }
        }
    } auditPaused(db);
    const BigCache cache(db);
    Transaction tx(db);
    if (Query(db, QStringLiteral("SELECT count(*) FROM organization")).scalar().toLongLong() > 0)
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate(
                        "dj::DemoGenerator", "This data file already holds organisations. Demo "
                                             "data can only be generated into a new, empty file."));

    DemoNames names(seed);
    struct Target
    {
        int bureau, branches, people;
    };
    std::vector<Target> targets;
    if (scale == Scale::Department) {
        targets.push_back({0, 25, 590 + names.range(0, 20)});
    } else {
        // 市直机关工委 view: 80 departments, at least 3,000 branches and 120,000 members.
        for (int i = 0; i < 80; ++i)
            targets.push_back({i, 38 + (i % 3 == 0 ? 1 : 0), 1500 + names.range(0, 60)});
    }
    qint64 expected = 0; // rows: people, memberships, posts, organisations
    for (const Target &t : targets)
        expected += qint64(t.people) * 2 + t.people / 4 + t.branches * 6 + 30;

    QSet<QString> idNumbers;
    idNumbers.reserve(int(expected / 2));
    Builder builder(names, idNumbers, Clock::today());
    DemoWriter writer(db, progress, expected);
    Stats stats;
    writer.report(0);
    for (const Target &t : targets)
        writer.write(builder.build(t.bureau, t.branches, t.people),
                     DemoNames::bureau(t.bureau).name, stats);
    fillDuty(db, Clock::today(), seed);
    fillAssessment(db, Clock::today(), seed);
    db.setMeta(QString::fromLatin1(DemoMetaKey), QStringLiteral("1")); // the program marks the file as demo data
    auditPaused.resume();
    AuditReconcile::baseline(db);
    writer.report(100);
    tx.commit();
    return stats;
}

bool DemoGenerator::isDemo(Database &db) { return db.meta(QString::fromLatin1(DemoMetaKey)) == QLatin1String("1"); }

bool DemoGenerator::scaleFromName(const QString &name, Scale *out)
{
    const QString n = name.trimmed().toLower();
    if (n != QLatin1String("department") && n != QLatin1String("city"))
        return false;
    if (out)
        *out = n == QLatin1String("city") ? Scale::City : Scale::Department;
    return true;
}

QString DemoGenerator::demoOfficeName() { return DemoNames::bureau(0).name + QStringLiteral("机关党委"); }

} // namespace dj
