#include "TempDb.h"

#include "assess/AssessData.h"
#include "assess/AssessmentRepository.h"
#include "assess/PartyGroupRepository.h"
#include "assess/BallotRepository.h"
#include "common/Error.h"
#include "demo/DemoGenerator.h"
#include "org/IdNumber.h"
#include "org/OrgVocabulary.h"
#include "org/PersonRepository.h"
#include "org/PostVocabulary.h"
#include "storage/Query.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>

using dj::DemoGenerator;
using dj::Query;

namespace {

qint64 count(dj::Database &db, const char *sql)
{
    return Query(db, QString::fromUtf8(sql)).scalar().toLongLong();
}

// One line per person, in a stable order: what two runs with one seed must agree on.
QStringList peopleFingerprint(dj::Database &db)
{
    Query q(db, QStringLiteral("SELECT id_number, name, gender, birth_date, position, department "
                               "FROM person ORDER BY id_number"));
    q.exec();
    QStringList out;
    while (q.next())
        out << QStringList{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)}.join(
            QLatin1Char('|'));
    return out;
}

} // namespace

TEST_CASE("demo scale names", "[demo]")
{
    DemoGenerator::Scale s = DemoGenerator::Scale::City;
    CHECK(DemoGenerator::scaleFromName(QStringLiteral("department"), &s));
    CHECK(s == DemoGenerator::Scale::Department);
    CHECK(DemoGenerator::scaleFromName(QStringLiteral("city"), &s));
    CHECK(s == DemoGenerator::Scale::City);
    CHECK_FALSE(DemoGenerator::scaleFromName(QStringLiteral("province"), &s));
    CHECK(s == DemoGenerator::Scale::City);
}

TEST_CASE("a demo department looks like a real municipal bureau", "[demo]")
{
    TempDb t;
    dj::Database &db = *t;
    QList<int> percents;
    const DemoGenerator::Stats stats =
        DemoGenerator::generate(db, DemoGenerator::Scale::Department, [&](int p) {
            percents << p;
            return true;
        });
    const QDate today = dj::Clock::today();

    SECTION("every member passes the person form's checks, dates of joining and full membership included")
    {
        dj::PersonRepository people(db);
        dj::Query q(db, QStringLiteral("SELECT id FROM person WHERE deleted = 0"));
        q.exec();
        int checked = 0;
        while (q.next()) {
            const QList<dj::FieldProblem> problems = people.problems(people.get(q.text(0)));
            INFO(q.text(0).toStdString() << ": " << (problems.isEmpty() ? std::string() : problems.first().message.toStdString()));
            CHECK(problems.isEmpty());
            ++checked;
        }
        CHECK(checked == stats.people);
    }

    SECTION("counts")
    {
        CHECK(stats.organizations == count(db, "SELECT count(*) FROM organization"));
        CHECK(stats.people == count(db, "SELECT count(*) FROM person"));
        CHECK(stats.posts == count(db, "SELECT count(*) FROM post"));
        CHECK(count(db, "SELECT count(*) FROM organization WHERE org_type = 'party_group'") == 1);
        CHECK(count(db, "SELECT count(*) FROM organization WHERE org_type = 'leading_group'") == 1);
        CHECK(count(db, "SELECT count(*) FROM organization WHERE org_type = 'organ_committee'") ==
              1);
        CHECK(count(db,
                    "SELECT count(*) FROM organization WHERE org_type = 'discipline_committee'") ==
              1);
        CHECK(count(db, "SELECT count(*) FROM organization WHERE org_type = 'general_branch'") ==
              3);
        const qint64 branches =
            count(db, "SELECT count(*) FROM organization WHERE org_type = 'branch'");
        CHECK(branches >= 22);
        CHECK(branches <= 28);
        const qint64 groups =
            count(db, "SELECT count(*) FROM organization WHERE org_type = 'group'");
        CHECK(groups >= 55);
        CHECK(groups <= 100);
        CHECK(stats.people >= 550);
        CHECK(stats.people <= 650);
        CHECK(stats.posts >= branches * 4 + groups);
        CHECK(count(db, "SELECT count(*) FROM organization WHERE unit_kind = 'overseas'") == 1);
        for (const char *kind : {"internal", "affiliated", "enterprise", "branch_office"}) {
            INFO(kind);
            CHECK(
                count(db, (QByteArray("SELECT count(*) FROM organization WHERE org_type = 'branch' "
                                      "AND unit_kind = '") +
                           kind + "'")
                              .constData()) >= 1);
        }
        CHECK(count(db, "SELECT count(*) FROM person WHERE standing = 'probationary'") >= 1);
        CHECK(count(db, "SELECT count(*) FROM person WHERE cadre = 'full_time'") >= 1);
        CHECK(count(db, "SELECT count(*) FROM person WHERE cadre = 'full_time'") <= 6);
        CHECK(count(db, "SELECT count(*) FROM person WHERE cadre = 'part_time'") >= 60);
        CHECK(count(db, "SELECT count(DISTINCT name) FROM person") > 400);
        CHECK(count(db, "SELECT count(*) FROM person WHERE ethnicity <> '汉族'") >= 5);
        CHECK(percents.first() == 0);
        CHECK(percents.last() == 100);
        CHECK(std::is_sorted(percents.begin(), percents.end()));
    }

    SECTION("every row is stamped for this office")
    {
        for (const char *table : {"organization", "person", "membership", "post"}) {
            Query q(db, QStringLiteral(
                            "SELECT count(*) FROM %1 WHERE owner_office <> :o OR version <> 1 "
                            "OR deleted <> 0 OR updated_at <> :s")
                            .arg(QLatin1String(table)));
            q.bind(QStringLiteral(":o"), db.officeId())
                .bind(QStringLiteral(":s"), dj::Clock::stamp());
            INFO(table);
            CHECK(q.scalar().toInt() == 0);
        }
        CHECK(count(db, "SELECT count(*) FROM organization WHERE code = '' OR name = ''") == 0);
    }

    SECTION("people: ID numbers, phones, dates")
    {
        Query q(db,
                QStringLiteral("SELECT id_number, birth_date, gender, phone, standing, joined_on, "
                               "full_member_on, work_unit, department, position FROM person"));
        q.exec();
        QSet<QString> ids;
        const QRegularExpression phone(QStringLiteral("^1[358]\\d{9}$"));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString id = q.text(0);
            const QDate birth = dj::dateFrom(q.value(1));
            INFO(id.toStdString());
            CHECK(dj::IdNumber::validate(id, birth, q.text(2).at(0)).ok());
            ids.insert(id);
            CHECK(phone.match(q.text(3)).hasMatch());
            const QDate joined = dj::dateFrom(q.value(5));
            const QDate full = dj::dateFrom(q.value(6));
            CHECK(joined >= birth.addYears(18));
            CHECK(joined < today);
            if (q.text(4) == QLatin1String("probationary")) {
                CHECK_FALSE(full.isValid());
                CHECK(joined > today.addYears(-1));
            } else {
                CHECK(full == joined.addYears(1));
            }
            CHECK_FALSE(q.text(7).isEmpty());
            CHECK_FALSE(q.text(8).isEmpty());
            CHECK_FALSE(q.text(9).isEmpty());
        }
        CHECK(ids.size() == rows);
    }

    SECTION("memberships match the current branch")
    {
        CHECK(count(db, "SELECT count(*) FROM person p WHERE (SELECT count(*) FROM membership m "
                        "WHERE m.person_id = p.id AND m.to_date IS NULL AND m.org_id = "
                        "p.branch_id) <> 1") == 0);
        CHECK(count(db, "SELECT count(*) FROM membership WHERE to_date IS NULL") == stats.people);
        const qint64 closed =
            count(db, "SELECT count(*) FROM membership WHERE to_date IS NOT NULL");
        CHECK(closed >= 3);
        CHECK(closed <= stats.people / 10);
        CHECK(count(db, "SELECT count(*) FROM membership WHERE to_date IS NOT NULL AND to_date <= "
                        "from_date") == 0);
        CHECK(count(db, "SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id "
                        "WHERE m.from_date < p.joined_on") == 0);
        CHECK(count(db, "SELECT count(*) FROM person p JOIN organization o ON o.id = p.branch_id "
                        "WHERE o.org_type <> 'branch'") == 0);
    }

    SECTION("organisation tree obeys the vocabulary")
    {
        Query q(db, QStringLiteral("SELECT c.org_type, p.org_type FROM organization c "
                                   "LEFT JOIN organization p ON p.id = c.parent_id"));
        q.exec();
        while (q.next()) {
            const dj::OrgType child = dj::vocab::orgTypeFromCode(q.text(0));
            const QList<dj::OrgType> allowed = dj::vocab::allowedParents(child);
            INFO(q.text(0).toStdString() << " under " << q.text(1).toStdString());
            if (q.value(1).isNull())
                CHECK(allowed.isEmpty());
            else
                CHECK(allowed.contains(dj::vocab::orgTypeFromCode(q.text(1))));
        }
        Query fk(db, QStringLiteral("PRAGMA foreign_key_check"));
        fk.exec();
        CHECK_FALSE(fk.next());
    }

    SECTION("terms: some due within six months, one or two overdue")
    {
        Query q(db, QStringLiteral("SELECT org_type, term_start, term_years FROM organization "
                                   "WHERE status = 'active' AND term_years > 0"));
        q.exec();
        int soon = 0, overdue = 0;
        while (q.next()) {
            const dj::OrgType type = dj::vocab::orgTypeFromCode(q.text(0));
            CHECK(q.integer(2) == dj::vocab::defaultTermYears(type));
            const QDate end = dj::dateFrom(q.value(1)).addYears(q.integer(2));
            if (end < today)
                ++overdue;
            else if (end <= today.addMonths(6))
                ++soon;
        }
        CHECK(soon >= 1);
        CHECK(overdue >= 1);
        CHECK(overdue <= 2);
        CHECK(count(db, "SELECT count(*) FROM organization WHERE org_type IN ('branch', "
                        "'general_branch') AND (term_years <> 3 OR term_start IS NULL)") == 0);
    }

    SECTION("posts: every branch has one secretary, holders belong to the organisation")
    {
        CHECK(count(db,
                    "SELECT count(*) FROM organization o WHERE o.org_type = 'branch' AND "
                    "o.status = 'active' AND (SELECT count(*) FROM post p WHERE p.org_id = o.id "
                    "AND p.post_type = 'br_secretary' AND p.to_date IS NULL) <> 1") == 0);
        CHECK(
            count(
                db,
                "SELECT count(*) FROM organization o WHERE o.org_type = 'group' AND "
                "(SELECT count(*) FROM post p WHERE p.org_id = o.id AND p.to_date IS NULL) <> 1") ==
            0);
        CHECK(count(db,
                    "SELECT count(*) FROM organization o WHERE o.org_type = 'general_branch' AND "
                    "(SELECT count(*) FROM post p WHERE p.org_id = o.id AND "
                    "p.post_type = 'gb_secretary' AND p.to_date IS NULL) <> 1") == 0);
        // Branch posts are held by the branch's members, group leaders by their branch's.
        CHECK(count(db, "SELECT count(*) FROM post p JOIN person x ON x.id = p.person_id "
                        "JOIN organization o ON o.id = p.org_id WHERE p.to_date IS NULL AND "
                        "o.org_type = 'branch' AND x.branch_id <> o.id") == 0);
        CHECK(count(db, "SELECT count(*) FROM post p JOIN person x ON x.id = p.person_id "
                        "JOIN organization o ON o.id = p.org_id WHERE p.to_date IS NULL AND "
                        "o.org_type = 'group' AND x.branch_id <> o.parent_id") == 0);
        CHECK(
            count(
                db,
                "SELECT count(*) FROM post p JOIN person x ON x.id = p.person_id "
                "JOIN organization b ON b.id = x.branch_id JOIN organization o ON o.id = p.org_id "
                "WHERE p.to_date IS NULL AND o.org_type = 'general_branch' AND b.parent_id <> "
                "o.id") == 0);
        CHECK(count(db, "SELECT count(*) FROM post WHERE to_date IS NOT NULL") >= 2);
        CHECK(
            count(db,
                  "SELECT count(*) FROM post WHERE to_date IS NOT NULL AND to_date < from_date") ==
            0);
        CHECK(count(db, "SELECT count(*) FROM post WHERE from_date > '2026-11-24'") == 0);

        // Each post sits in its kind of organisation; at most one current holder of a head post.
        Query q(db,
                QStringLiteral("SELECT p.post_type, o.org_type, p.org_id, p.to_date FROM post p "
                               "JOIN organization o ON o.id = p.org_id"));
        q.exec();
        QHash<QString, int> heads;
        QHash<QString, int> byType;
        while (q.next()) {
            bool ok = false;
            const dj::PostType type = dj::vocab::postTypeFromCode(q.text(0), &ok);
            REQUIRE(ok);
            CHECK(dj::vocab::postOrgTypes(type).contains(dj::vocab::orgTypeFromCode(q.text(1))));
            if (q.value(3).isNull()) {
                ++byType[q.text(0)];
                if (dj::vocab::isHeadPost(type))
                    CHECK(++heads[q.text(2) + q.text(0)] == 1);
            }
        }
        CHECK(byType.value(QStringLiteral("pg_secretary")) == 1);
        CHECK(byType.value(QStringLiteral("pg_deputy")) == 1);
        CHECK(byType.value(QStringLiteral("pg_member")) >= 4);
        CHECK(byType.value(QStringLiteral("lg_leader")) == 1);
        CHECK(byType.value(QStringLiteral("lg_member")) >= 3);
        CHECK(byType.value(QStringLiteral("oc_secretary")) == 1);
        CHECK(byType.value(QStringLiteral("oc_fulltime_deputy")) == 1);
        CHECK(byType.value(QStringLiteral("oc_member")) >= 3);
        CHECK(byType.value(QStringLiteral("dc_secretary")) == 1);
        CHECK(byType.value(QStringLiteral("dc_member")) >= 2);
        CHECK(byType.value(QStringLiteral("br_deputy")) >= 1);

        // The 党组 secretary heads the leading group; the 机关党委 secretary is a 党组 member.
        CHECK(count(db, "SELECT count(*) FROM post a JOIN post b ON a.person_id = b.person_id "
                        "WHERE a.post_type = 'pg_secretary' AND b.post_type = 'lg_leader'") == 1);
        CHECK(count(db, "SELECT count(*) FROM post a JOIN post b ON a.person_id = b.person_id "
                        "WHERE a.post_type = 'oc_secretary' AND b.post_type = 'pg_member' "
                        "AND b.to_date IS NULL") == 1);
        // 联系点: most branches name a current 党组 member as their contact.
        const qint64 branches =
            count(db, "SELECT count(*) FROM organization WHERE org_type = 'branch'");
        const qint64 contacted =
            count(db, "SELECT count(*) FROM organization o WHERE o.org_type = 'branch' "
                      "AND o.contact_person_id IN (SELECT person_id FROM post WHERE "
                      "post_type LIKE 'pg_%' AND to_date IS NULL)");
        CHECK(contacted * 2 > branches);
    }
}

TEST_CASE("demo data is the same for the same seed", "[demo]")
{
    TempDb a;
    DemoGenerator::generate(*a, DemoGenerator::Scale::Department, {}, 7);
    const QStringList first = peopleFingerprint(*a);
    TempDb b;
    DemoGenerator::generate(*b, DemoGenerator::Scale::Department, {}, 7);
    CHECK(peopleFingerprint(*b) == first);
    TempDb c;
    DemoGenerator::generate(*c, DemoGenerator::Scale::Department, {}, 8);
    CHECK(peopleFingerprint(*c) != first);
}

TEST_CASE("demo data goes only into an empty file", "[demo]")
{
    TempDb t;
    DemoGenerator::generate(*t, DemoGenerator::Scale::Department);
    const qint64 people = count(*t, "SELECT count(*) FROM person");
    try {
        DemoGenerator::generate(*t, DemoGenerator::Scale::Department);
        FAIL("a second run should be refused");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Conflict);
    }
    CHECK(count(*t, "SELECT count(*) FROM person") == people);
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("cancelling demo generation leaves the file empty", "[demo]")
{
    TempDb t;
    const qint64 cacheSize = count(*t, "PRAGMA cache_size");
    int calls = 0;
    try {
        DemoGenerator::generate(*t, DemoGenerator::Scale::Department, [&](int percent) {
            ++calls;
            return percent < 50;
        });
        FAIL("generation should have been cancelled");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Invalid);
        CHECK(e.message() == QStringLiteral("Demo generation was cancelled."));
    }
    CHECK(calls > 2);
    for (const char *table : {"organization", "person", "membership", "post"})
        CHECK(count(*t, (QByteArray("SELECT count(*) FROM ") + table).constData()) == 0);
    CHECK(t.db->transactionDepth() == 0);
    CHECK(count(*t, "PRAGMA cache_size") == cacheSize); // the generator's big cache is undone
    // The file is still usable: a full run now succeeds.
    CHECK(DemoGenerator::generate(*t, DemoGenerator::Scale::Department).people > 0);
}

TEST_CASE("a city of demo departments for benchmarks", "[.][city]")
{
    TempDb t;
    QElapsedTimer timer;
    timer.start();
    const DemoGenerator::Stats stats = DemoGenerator::generate(*t, DemoGenerator::Scale::City);
    const qint64 ms = timer.elapsed();
    std::cout << "city demo: " << stats.organizations << " organisations, " << stats.people
              << " people, " << stats.posts << " posts in " << ms << " ms" << std::endl;
    CHECK(count(*t, "SELECT count(*) FROM organization WHERE org_type = 'branch'") >= 3000);
    CHECK(count(*t, "SELECT count(*) FROM person") >= 120000);
    CHECK(count(*t, "SELECT count(*) FROM organization WHERE org_type = 'party_group'") >= 80);
    CHECK(count(*t, "SELECT count(DISTINCT id_number) FROM person") == stats.people);
    CHECK(count(*t, "SELECT count(*) FROM organization o WHERE o.org_type = 'branch' AND "
                    "(SELECT count(*) FROM post p WHERE p.org_id = o.id AND "
                    "p.post_type = 'br_secretary' AND p.to_date IS NULL) <> 1") == 0);
    Query fk(*t, QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    CHECK_FALSE(fk.next());
}

TEST_CASE("the demo department has last year's sealed assessment and this year's under way", "[demo][assess]")
{
    TempDb t;
    DemoGenerator::generate(*t, DemoGenerator::Scale::Department, {}, 7);
    dj::AssessmentRepository assessments(*t);
    const int year = dj::Clock::today().year();
    const dj::Assessment last = assessments.ofYear(year - 1);
    CHECK(last.sealed);
    const dj::AssessResult r = dj::AssessData::compute(*t, last.id);
    CHECK(r.rows.size() == 25);
    QSet<QString> grades;
    for (const dj::OrgResult &o : r.rows) {
        CHECK_FALSE(o.grade.isEmpty());
        CHECK(o.ballots == 15);
        CHECK(o.partyGroupMarks == 7); // the 党组: secretary, deputy and five members
        grades.insert(o.grade);
    }
    // The marks are given by the members by name, not by post titles.
    QStringList members;
    for (const dj::PartyGroupRepository::Member &m : dj::PartyGroupRepository(*t).members())
        members << m.name;
    REQUIRE(members.size() == 7);
    for (const dj::PartyGroupMark &m : dj::PartyGroupRepository(*t).marks(last.id))
        CHECK(members.contains(m.evaluator));
    CHECK(grades.size() == 3);
    CHECK(assessments.pairs(last.id).size() >= 12);
    const dj::Assessment current = assessments.ofYear(year);
    CHECK_FALSE(current.sealed);
    CHECK(dj::BallotRepository(*t).mismatches(current.id).size() == 1);
}
