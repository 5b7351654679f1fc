// Issue 8, input hardening: odd text comes back byte for byte from every repository, too long
// text, control characters and numbers out of range are refused naming the field.
#include "HardeningStrings.h"
#include "SmallTree.h"
#include "assess/AssessSeal.h"
#include "assess/AssessmentRepository.h"
#include "assess/BallotRepository.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SatisfactionRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "duty/TemplateRepository.h"
#include "setup/NewDepartment.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace dj;
using hardening::oddStrings;

namespace {

// The message of the dj::Error(Invalid) that `f` throws.
template <class F> QString refusal(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Invalid);
        return e.message();
    }
    FAIL_CHECK("accepted");
    return {};
}

// The same text, byte for byte (QString == compares UTF-16; the UTF-8 is what files hold).
void same(const QString &got, const QString &want)
{
    CHECK(got == want);
    CHECK(got.toUtf8() == want.toUtf8());
}

QString repeat(int n)
{
    return QString(n, QChar(0x515A));
} // 党 × n

} // namespace

TEST_CASE("the text checks: length in UTF-16 units, control characters, broken pairs",
          "[hardening]")
{
    using fieldcheck::Lines;
    const QString field = QStringLiteral("The name");
    CHECK(fieldcheck::problem(field, repeat(10), 10).isEmpty());
    CHECK(fieldcheck::problem(field, repeat(11), 10).contains(QLatin1String("at most 10")));
    CHECK(fieldcheck::problem(field, QStringLiteral("\U00020000"), 2).isEmpty()); // a pair counts 2
    CHECK_FALSE(fieldcheck::problem(field, QStringLiteral("\U00020000"), 1).isEmpty());
    CHECK(fieldcheck::problem(field, QStringLiteral("a") + QChar(0) + QStringLiteral("b"), 10)
              .contains(QLatin1String("U+0000")));
    CHECK(fieldcheck::problem(field, QStringLiteral("a\tb"), 10).contains(QLatin1String("U+0009")));
    CHECK(fieldcheck::problem(field, QStringLiteral("a\nb"), 10).contains(QLatin1String("U+000A")));
    CHECK(
        fieldcheck::problem(field, QStringLiteral("a\x7f"), 10).contains(QLatin1String("U+007F")));
    CHECK(fieldcheck::problem(field, QStringLiteral("a\tb\r\nc"), 10, Lines::Many).isEmpty());
    CHECK(fieldcheck::problem(field, QStringLiteral("a\x1b"), 10, Lines::Many)
              .contains(QLatin1String("U+001B")));
    CHECK(fieldcheck::problem(field, QString(QChar(0xD840)), 10).contains(QLatin1String("U+D840")));
    CHECK(fieldcheck::problem(field, QString(QChar(0xDC00)) + QStringLiteral("x"), 10)
              .contains(QLatin1String("U+DC00")));
    for (const QString &s : oddStrings())
        CHECK(fieldcheck::problem(field, s, limits::PersonNameMax).isEmpty());
    CHECK(fieldcheck::rangeProblem(field, 100, 0, 100).isEmpty());
    CHECK(fieldcheck::rangeProblem(field, 100.5, 0, 100).contains(QLatin1String("from 0 to 100")));
    CHECK(fieldcheck::rangeProblem(field, std::nan(""), 0, 100)
              .contains(QLatin1String("not a number")));
    CHECK_FALSE(
        fieldcheck::rangeProblem(field, std::numeric_limits<double>::infinity(), 0, 100).isEmpty());
}

TEST_CASE("odd text round-trips byte-exact through people, organisations and transfers",
          "[hardening]")
{
    SmallTree t;
    int seq = 100;
    for (const QString &s : oddStrings()) {
        INFO(s.toStdString());
        const QString id = t.person(QStringLiteral("临时"), t.branch1, ++seq);
        Person p = t.people.get(id);
        p.name = s;
        p.ethnicity = s.size() <= limits::EthnicityMax ? s : p.ethnicity;
        p.education = s.size() <= limits::EducationMax ? s : QString();
        p.workUnit = s;
        p.department = s;
        p.position = s;
        // A note is kept as typed: spaces at both ends, tabs and line breaks included.
        p.note = QStringLiteral("  ") + s + QStringLiteral("\r\n\t") + s + QStringLiteral(" \n");
        t.people.update(p);
        const Person got = t.people.get(id);
        same(got.name, p.name);
        same(got.ethnicity, p.ethnicity);
        same(got.education, p.education);
        same(got.workUnit, s);
        same(got.department, s);
        same(got.position, s);
        same(got.note, p.note);
        // The search finds the person by the odd name (a bound value, not SQL).
        PersonFilter f;
        f.text = s;
        bool found = false;
        for (const PersonRow &row : t.people.rows(t.people.matches(f)))
            found = found || (row.id == id && row.name == s);
        CHECK(found);

        t.people.transfer(id, t.branch2, QDate(2026, 1, 1), s);
        same(t.people.history(id).value(0).reason, s);

        Organization o;
        o.type = OrgType::Branch;
        o.parentId = t.organ;
        o.name = s;
        o.shortName = s.size() <= limits::ShortNameMax ? s : QString();
        o.code = QString::number(seq) + s.left(20);
        if (o.code.at(o.code.size() - 1).isHighSurrogate())
            o.code.chop(1);
        o.code = o.code.trimmed(); // codes are trimmed, like names
        const QString orgId = t.orgs.insert(o);
        const Organization back = t.orgs.get(orgId);
        same(back.name, o.name);
        same(back.shortName, o.shortName);
        same(back.code, o.code);
        CHECK(t.orgs.byCode(o.code).id == orgId);
    }
    // Names are trimmed (as before); nothing else is changed.
    const QString id = t.person(QStringLiteral("  \u3000张三 "), t.branch1, 999);
    CHECK(t.people.get(id).name == QStringLiteral("张三"));
}

TEST_CASE("odd text round-trips byte-exact through lists, records, schemes and assessments",
          "[hardening]")
{
    SmallTree t;
    DutyGenerator(*t.db).generate(2026, QDate(2026, 1, 1));
    DutyRepository lists(*t.db);
    DutyRecordRepository records(*t.db);
    const QString listId = lists.lists(2026, t.branch1).first().id;

    Scheme scheme;
    scheme.name = QStringLiteral("'); DROP TABLE assess_scheme; --");
    scheme.note = QStringLiteral(" 备注\n\"引号\" ");
    int n = 0;
    for (const QString &s : oddStrings()) {
        Indicator i;
        i.code = QStringLiteral("X%1").arg(++n);
        i.name = s;
        i.area = s;
        i.rule = ScoreRule::Judged;
        i.maxScore = 2;
        i.standard = s + QStringLiteral("\n\t") + s;
        i.evidence = s;
        scheme.indicators << i;
    }
    SchemeRepository schemes(*t.db);
    const QString schemeId = schemes.insert(scheme);
    const Scheme back = schemes.get(schemeId);
    same(back.name, scheme.name);
    same(back.note, scheme.note.trimmed());
    REQUIRE(back.indicators.size() == scheme.indicators.size());

    AssessmentRepository assessments(*t.db);
    const QString assessment = assessments.create(2025, schemeId, {}, {t.branch1, t.branch2});
    QList<ScoreInput> scores;
    QList<PartyGroupRepository::Input> marks;
    QList<BallotRepository::Input> ballots;
    n = 0;
    for (const QString &s : oddStrings()) {
        INFO(s.toStdString());
        const Indicator &i = back.indicators.at(n++);
        same(i.name, s);
        same(i.area, s);
        same(i.standard, s + QStringLiteral("\n\t") + s);
        same(i.evidence, s);

        DutyItem item;
        item.title = s;
        item.category = s;
        item.content = s + QStringLiteral("\n") + s;
        item.evidence = s;
        const QString itemId = lists.addItem(listId, item);
        const DutyItem gotItem = lists.item(itemId);
        same(gotItem.title, s);
        same(gotItem.category, s);
        same(gotItem.content, item.content);
        same(gotItem.evidence, s);

        DutyRecord r;
        r.itemId = itemId;
        r.doneOn = QDate(2026, 3, 1);
        r.text = s + QStringLiteral("\r\n") + s;
        r.recordedBy = s;
        const QString recordId = records.add(r);
        same(records.get(recordId).text, r.text);
        same(records.get(recordId).recordedBy, s);

        scores << ScoreInput{t.branch1, i.id, ScoreStage::Review, 1.5,
                             s + QStringLiteral("\n") + s};
        marks << PartyGroupRepository::Input{t.branch1, s, 90};
        if (s.size() <= limits::BallotNoMax)
            ballots << BallotRepository::Input{s, s, t.branch2, QStringLiteral("好")};
    }
    const QString by = QStringLiteral("王'; --");
    ScoreRepository(*t.db).set(assessment, scores, by);
    PartyGroupRepository(*t.db).set(assessment, marks, by);
    BallotRepository(*t.db).set(assessment, 1, ballots, by);
    QHash<QString, QString> notes;
    for (const ScoreEntry &e : ScoreRepository(*t.db).entries(assessment)) {
        notes.insert(e.indicatorId, e.note);
        same(e.enteredBy, by);
    }
    for (const ScoreInput &in : scores)
        same(notes.value(in.indicatorId), in.note);
    QStringList evaluators, ballotNos;
    for (const PartyGroupMark &m : PartyGroupRepository(*t.db).marks(assessment))
        evaluators << m.evaluator;
    for (const BallotMark &m : BallotRepository(*t.db).marks(assessment)) {
        ballotNos << m.ballotNo;
        same(m.raterKind, m.ballotNo);
    }
    for (const auto &m : marks)
        CHECK(evaluators.contains(m.evaluator));
    for (const auto &b : ballots)
        CHECK(ballotNos.contains(b.ballotNo));

    // Sealing needs every value: the second branch's review and marks, a ballot for the first.
    QList<PartyGroupRepository::Input> rest;
    for (const auto &m : marks)
        rest << PartyGroupRepository::Input{t.branch2, m.evaluator, 85};
    PartyGroupRepository(*t.db).set(assessment, rest, by);
    ScoreRepository(*t.db).set(assessment, {ScoreInput{t.branch2, scores.first().indicatorId, ScoreStage::Review, 1.0, {}}},
                               by);
    BallotRepository(*t.db).set(
        assessment, 1, {BallotRepository::Input{QStringLiteral("b1"), QStringLiteral("党员代表"), t.branch1, QStringLiteral("90")}},
        by);
    AssessSeal::seal(*t.db, assessment, by);
    AssessSeal::reopen(*t.db, assessment, oddStrings().at(2), oddStrings().at(0));
    const QList<SealEvent> events = assessments.events(assessment);
    REQUIRE(events.size() == 2);
    same(events.last().reason, oddStrings().at(2));
    same(events.last().byWhom, oddStrings().at(0));

    QStringList items;
    for (const QString &s : oddStrings())
        items << s;
    SatisfactionRepository surveys(*t.db);
    const QStringList options{QStringLiteral("满意 '"), QStringLiteral("\"不\" 满意")};
    const QString survey = surveys.create(2025, oddStrings().at(3), items, options, 1);
    const SatisfactionSurvey gotSurvey = surveys.get(survey);
    same(gotSurvey.title, oddStrings().at(3));
    CHECK(gotSurvey.options == options);
    REQUIRE(gotSurvey.items.size() == items.size());
    for (int k = 0; k < items.size(); ++k)
        same(gotSurvey.items.at(k).text, items.at(k));
}

TEST_CASE("text too long or with control characters is refused, naming the field", "[hardening]")
{
    SmallTree t;
    const QString id = t.person(QStringLiteral("张三"), t.branch1, 11);
    Person p = t.people.get(id);

    const auto personWith = [&](auto set) {
        Person q = p;
        set(q);
        return refusal([&] { t.people.update(q); });
    };
    CHECK(personWith([](Person &q) {
              q.name = repeat(limits::PersonNameMax + 1);
          }).contains(QLatin1String("The name is too long")));
    CHECK(personWith([](Person &q) {
              q.name = QStringLiteral("张") + QChar(0) + QStringLiteral("三");
          }).contains(QLatin1String("U+0000")));
    CHECK(personWith([](Person &q) {
              q.workUnit = repeat(limits::OrgNameMax + 1);
          }).contains(QLatin1String("work unit")));
    CHECK(personWith([](Person &q) {
              q.position = QStringLiteral("科长\n副处长");
          }).contains(QLatin1String("position")));
    CHECK(personWith([](Person &q) {
              q.note = repeat(limits::NoteMax + 1);
          }).contains(QLatin1String("note")));
    CHECK(personWith([](Person &q) {
              q.note = QStringLiteral("a\x01");
          }).contains(QLatin1String("U+0001")));
    CHECK(personWith([](Person &q) {
              q.phone = QString(limits::PhoneMax + 1, QLatin1Char('1'));
          }).contains(QLatin1String("phone")));
    // At the limit is fine, and so are tabs and line breaks in a note.
    p.name = repeat(limits::PersonNameMax);
    p.note = repeat(limits::NoteMax - 4) + QStringLiteral("\t\r\n.");
    t.people.update(p);
    CHECK(t.people.get(id).note == p.note);
    CHECK(refusal([&] {
              t.people.transfer(id, t.branch2, QDate(2026, 1, 1), repeat(limits::ReasonMax + 1));
          }).contains(QLatin1String("reason")));

    Organization o = t.orgs.get(t.branch1);
    o.name = repeat(limits::OrgNameMax + 1);
    CHECK(refusal([&] { t.orgs.update(o); }).contains(QLatin1String("name")));
    o = t.orgs.get(t.branch1);
    o.code = QString(limits::CodeMax + 1, QLatin1Char('A'));
    CHECK(refusal([&] { t.orgs.update(o); }).contains(QLatin1String("code")));
    o = t.orgs.get(t.branch1);
    o.shortName = QStringLiteral("支部\t一");
    CHECK(refusal([&] { t.orgs.update(o); }).contains(QLatin1String("U+0009")));

    DutyGenerator(*t.db).generate(2026, QDate(2026, 1, 1));
    DutyRepository lists(*t.db);
    const QString listId = lists.lists(2026, t.branch1).first().id;
    DutyItem item;
    item.title = repeat(limits::TitleMax + 1);
    CHECK(refusal([&] { lists.addItem(listId, item); }).contains(QLatin1String("title")));
    item.title = QStringLiteral("事项");
    item.content = repeat(limits::ContentMax + 1);
    CHECK(refusal([&] { lists.addItem(listId, item); }).contains(QLatin1String("content")));
    item.content.clear();
    const QString itemId = lists.addItem(listId, item);
    DutyRecord r;
    r.itemId = itemId;
    r.doneOn = QDate(2026, 3, 1);
    r.text = repeat(limits::RecordTextMax + 1);
    CHECK(refusal([&] { DutyRecordRepository(*t.db).add(r); }).contains(QLatin1String("record")));
    r.text = repeat(limits::RecordTextMax);
    CHECK_FALSE(DutyRecordRepository(*t.db).add(r).isEmpty());

    TemplateRepository templates(*t.db);
    const QString templateId = templates.all().first().id;
    CHECK(refusal([&] {
              templates.rename(templateId, repeat(limits::TitleMax + 1));
          }).contains(QLatin1String("name")));

    NewDepartmentOptions d;
    d.department = QStringLiteral("市商务局\x01");
    d.code = QStringLiteral("SW");
    CHECK(refusal([&] {
              NewDepartment::create(t.path(QStringLiteral("new.djdb")), d);
          }).contains(QLatin1String("U+0001")));
}

TEST_CASE("numbers out of range are refused, naming the field", "[hardening]")
{
    SmallTree t;
    Organization o = t.orgs.get(t.branch1);
    o.termYears = limits::TermYearsMax + 1;
    refusal([&] { t.orgs.update(o); });
    o = t.orgs.get(t.branch1);
    o.establishedOn = QDate(1800, 7, 1);
    CHECK(refusal([&] { t.orgs.update(o); }).contains(QLatin1String("1800-07-01")));
    Person p = t.people.get(t.person(QStringLiteral("张三"), t.branch1, 11));
    p.fullMemberOn = QDate(2101, 1, 1);
    CHECK(refusal([&] { t.people.update(p); }).contains(QLatin1String("2101")));

    SchemeRepository schemes(*t.db);
    Scheme s;
    s.name = QStringLiteral("方案");
    Indicator i;
    i.code = QStringLiteral("X1");
    i.name = QStringLiteral("指标");
    i.area = QStringLiteral("组织建设");
    i.rule = ScoreRule::Deduct;
    i.maxScore = 5;
    i.points = limits::ScoreMax + 1;
    s.indicators << i;
    CHECK(refusal([&] { schemes.insert(s); }).contains(QLatin1String("points per occurrence")));
    s.indicators[0].points = 1;
    s.indicators[0].maxScore = 100.5;
    refusal([&] { schemes.insert(s); });
    s.indicators[0].maxScore = 5;
    s.indicators[0].rule = ScoreRule::Ratio;
    s.indicators[0].target = limits::TargetMax * 10;
    CHECK(refusal([&] { schemes.insert(s); }).contains(QLatin1String("target")));
    s.indicators[0].rule = ScoreRule::Deduct;
    s.indicators[0].target = 0;
    s.yearFrom = 1999;
    CHECK(refusal([&] { schemes.insert(s); }).contains(QLatin1String("1999")));
    s.yearFrom = 2025;
    const QString schemeId = schemes.insert(s);

    AssessmentRepository assessments(*t.db);
    refusal([&] { assessments.create(1999, schemeId, {}, {t.branch1}); });
    refusal([&] { assessments.create(2025, schemeId, {50, 50, 0.5}, {t.branch1}); });
    refusal([&] { assessments.create(2025, schemeId, {101, -1, 0}, {t.branch1}); });
    const QString a = assessments.create(2025, schemeId, {}, {t.branch1});
    refusal([&] { assessments.setBallotRules(a, {95, 85, 75, 101}, 5); });
    refusal([&] { assessments.setBallotRules(a, {95, 85, 75, 60}, limits::TrimFromMax + 1); });
    const QString indicator = schemes.get(schemeId).indicators.first().id;
    for (double v : {-1.0, 0.5, double(limits::OccurrencesMax) + 1, std::nan("")})
        refusal([&] {
            ScoreRepository(*t.db).set(a, {{t.branch1, indicator, ScoreStage::Review, v, {}}}, {});
        });
    for (double v : {-0.1, 100.1, std::numeric_limits<double>::infinity()})
        refusal([&] {
            PartyGroupRepository(*t.db).set(a, {{t.branch1, QStringLiteral("书记"), v}}, {});
        });
    for (const char *v : {"101", "-1", "nan", "1e999", "=100"})
        refusal([&] {
            BallotRepository(*t.db).set(
                a, 1, {{QStringLiteral("1"), {}, t.branch1, QString::fromLatin1(v)}}, {});
        });

    SatisfactionRepository surveys(*t.db);
    const QStringList items{QStringLiteral("总体评价")};
    refusal([&] {
        surveys.create(1999, QStringLiteral("测评"), items,
                       SatisfactionRepository::defaultOptions(), 2);
    });
    QStringList many;
    for (int k = 0; k <= limits::SurveyOptionsMax; ++k)
        many << QString::number(k);
    refusal([&] { surveys.create(2025, QStringLiteral("测评"), items, many, 2); });
    const QString survey = surveys.create(2025, QStringLiteral("测评"), items,
                                          SatisfactionRepository::defaultOptions(), 2);
    SatisfactionCounts c;
    c.perItem = {{limits::TallyMax + 1, 0, 0}};
    refusal([&] { surveys.setCounts(survey, c); });
    c.perItem = {{limits::TallyMax, 0, 0}};
    surveys.setCounts(survey, c);
    CHECK(surveys.counts(survey, RespondentKind::Member).perItem.at(0).at(0) == limits::TallyMax);
}
