// 履责纪实: progress records with evidence files, and the completion they add up to.
#include <catch2/catch.hpp>

#include "DutyTree.h"
#include "common/Error.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyProgress.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "duty/TemplateRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Query.h"

#include <QCryptographicHash>
#include <QFile>

namespace {
struct Recorded : DutyTree
{
    dj::DutyRepository lists{*db};
    dj::DutyRecordRepository records{*db};
    QString item; // the first item of branch 1's list
    Recorded()
    {
        dj::DutyGenerator(*db).generate(2026, QDate(2026, 1, 1));
        item = lists.items(lists.lists(2026, branch1).first().id).first().id;
    }
};

dj::DutyTemplate oneItem(dj::DutySubject s, const QString &code, dj::Frequency f, int expected, const QString &carries = {})
{
    dj::DutyTemplate t;
    t.subject = s;
    t.year = 2026;
    t.name = QStringLiteral("测试");
    dj::DutyTemplateItem i;
    i.code = code;
    i.category = s == dj::DutySubject::PartyGroup ? QStringLiteral("政治建设") : QStringLiteral("组织建设");
    i.title = QStringLiteral("事项") + code;
    i.frequency = f;
    i.expected = expected;
    i.carriesOut = carries;
    t.items << i;
    return t;
}
} // namespace

TEST_CASE("a record must fit its list's year, today and a live item", "[duty]")
{
    Recorded t;
    CHECK_FALSE(t.record(t.item, QDate(2026, 2, 3)).isEmpty());
    CHECK_THROWS_WITH(t.record(t.item, QDate(2025, 12, 31)), "2025-12-31 is outside the list's year 2026.");
    CHECK_THROWS_WITH(t.record(t.item, QDate(2026, 11, 25)), Catch::Contains("is in the future"));
    CHECK_THROWS_WITH(t.record(t.item, QDate(2026, 5, 1), QStringLiteral("  ")), "Write what was done.");
    t.lists.retireItem(t.item, QDate(2026, 6, 1));
    CHECK_THROWS_WITH(t.record(t.item, QDate(2026, 5, 1)), Catch::Contains("was retired on 2026-06-01"));
    t.lists.reinstateItem(t.item);
    const QString id = t.record(t.item, QDate(2026, 5, 1));
    CHECK(t.records.forItem(t.item).size() == 2);
    CHECK_THROWS_WITH(t.lists.removeItem(t.item), Catch::Contains("retire it instead"));
    t.records.remove(id);
    CHECK(t.records.forItem(t.item).size() == 1);
    t.records.restore(id);
    CHECK(t.records.get(id).recordedBy == QStringLiteral("王干事"));
}

TEST_CASE("evidence files round-trip byte for byte, too large or damaged is refused", "[duty]")
{
    Recorded t;
    const QString rec = t.record(t.item, QDate(2026, 2, 3));
    dj::AttachmentStore store(*t);
    QByteArray bytes;
    for (int i = 0; i < 300000; ++i)
        bytes.append(char(i * 7 % 256));
    const QString path = t.path(QStringLiteral("会议记录.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\n" + bytes);
    f.close();
    const QString id = store.addFile(QStringLiteral("duty_record"), rec, path);
    const dj::Attachment a = store.get(id);
    CHECK(a.name == QStringLiteral("会议记录.pdf"));
    CHECK(a.mime == QStringLiteral("application/pdf"));
    CHECK(a.size == bytes.size() + 9);
    const QString out = t.path(QStringLiteral("copy.pdf"));
    store.saveAs(id, out);
    QFile back(out);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(back.readAll() == "%PDF-1.4\n" + bytes);
    CHECK(t.records.get(rec).attachments == 1);

    CHECK_THROWS_WITH(store.addData(QStringLiteral("duty_record"), rec, QStringLiteral("big.zip"),
                                    QByteArray(dj::AttachmentStore::MaxBytes + 1, 'x')),
                      Catch::Contains("evidence files may be at most"));
    CHECK_THROWS_AS(store.addFile(QStringLiteral("duty_record"), rec, t.path(QStringLiteral("nope.jpg"))), dj::Error);
    CHECK(store.list(QStringLiteral("duty_record"), rec).size() == 1);

    // Bytes changed behind the program's back are noticed.
    dj::Query(*t, QStringLiteral("UPDATE attachment SET data = zeroblob(size), version = version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    CHECK_THROWS_WITH(store.data(id), Catch::Contains("is damaged"));
}

TEST_CASE("completion by level on a hand-computed fixture, overdue items listed", "[duty]")
{
    DutyTree t;
    dj::TemplateRepository templates(*t);
    // 党组: one monthly item; grassroots: one quarterly item expected twice, carrying it out.
    templates.insert(oneItem(dj::DutySubject::PartyGroup, QStringLiteral("A1"), dj::Frequency::Monthly, 1));
    templates.insert(oneItem(dj::DutySubject::OrganCommittee, QStringLiteral("B1"), dj::Frequency::Yearly, 1, QStringLiteral("party_group/A1")));
    templates.insert(oneItem(dj::DutySubject::Grassroots, QStringLiteral("C1"), dj::Frequency::Quarterly, 2, QStringLiteral("organ_committee/B1")));
    for (dj::DutySubject s : {dj::DutySubject::PgSecretary, dj::DutySubject::PgMember, dj::DutySubject::OcSecretary,
                              dj::DutySubject::OcFullTimeDeputy, dj::DutySubject::BrSecretary, dj::DutySubject::LeadingGroup})
        templates.insert(oneItem(s, QStringLiteral("D1"), dj::Frequency::HalfYearly, 1));
    dj::DutyGenerator(*t).generate(2026, QDate(2026, 1, 1));
    dj::DutyRepository lists(*t);
    dj::DutyRecordRepository records(*t);
    auto add = [&](const QString &org, const QDate &d) {
        dj::DutyRecord r;
        r.itemId = lists.items(lists.lists(2026, org).first().id).first().id;
        r.doneOn = d;
        r.text = QStringLiteral("完成");
        records.add(r);
    };
    // Today is 2026-11-24: January to October are due for the 党组 (10), Q1–Q3 for branches.
    for (int m = 1; m <= 8; ++m)
        add(t.partyGroup, QDate(2026, m, 10));
    add(t.branch1, QDate(2026, 1, 5));
    add(t.branch1, QDate(2026, 2, 5));
    add(t.branch1, QDate(2026, 2, 6)); // a third in Q1 counts only twice
    add(t.branch1, QDate(2026, 5, 5));
    add(t.branch2, QDate(2026, 11, 1)); // Q4 is not due yet: no credit, no blame

    const dj::DutyProgress p(*t, 2026, QDate(2026, 11, 24));
    const QList<dj::CompletionRate> levels = p.byLevel();
    REQUIRE(levels.size() == 4); // 党组, 机关党委, 党总支, 党支部
    CHECK(levels.at(0).key == QStringLiteral("party_group"));
    CHECK(levels.at(0).expected == 10);
    CHECK(levels.at(0).done == 8);
    CHECK(levels.at(0).rate() == Approx(0.8));
    CHECK(levels.at(1).key == QStringLiteral("organ_committee"));
    CHECK(levels.at(1).expected == 0); // due 31 December
    CHECK(levels.at(1).rate() < 0);
    CHECK(levels.at(2).key == QStringLiteral("general_branch"));
    CHECK(levels.at(2).expected == 6);
    CHECK(levels.at(2).done == 0);
    CHECK(levels.at(3).key == QStringLiteral("branch"));
    CHECK(levels.at(3).lists == 2);
    CHECK(levels.at(3).expected == 12);
    CHECK(levels.at(3).done == 3);
    CHECK(levels.at(3).rate() == Approx(0.25));

    // One quarter: only the periods due in it.
    const dj::DutyProgress q2(*t, 2026, QDate(2026, 11, 24), 2);
    CHECK(q2.byLevel().at(0).expected == 3);
    CHECK(q2.byLevel().at(3).expected == 4);
    CHECK(q2.byLevel().at(3).done == 1);

    // By category: 政治建设 is the 党组's item, 组织建设 the others'.
    const QList<dj::CompletionRate> cats = p.byCategory();
    REQUIRE(cats.size() == 2);
    CHECK(cats.at(0).label == QStringLiteral("政治建设"));

    // Late: 党组 September and October, each branch's Q2/Q3 …, oldest first.
    const QList<dj::DutyProgress::Late> late = p.late();
    REQUIRE_FALSE(late.isEmpty());
    CHECK(late.first().period.due == QDate(2026, 3, 31)); // the 党总支's first quarter
    int partly = 0;
    for (const auto &l : late)
        partly += (l.count > 0) ? 1 : 0;
    CHECK(partly == 1); // branch 1's Q2: one of two

    // An item's periods and the status that matters today.
    const QList<dj::ItemProgress> items = p.items(lists.lists(2026, t.branch1).first().id);
    REQUIRE(items.size() == 1);
    CHECK(items.first().counts == QList<int>{3, 1, 0, 0});
    CHECK(items.first().now == dj::DutyStatus::PartlyDone);
}

TEST_CASE("a yearly item recorded as done counts 1/1 before its due date", "[duty]")
{
    DutyTree t;
    dj::TemplateRepository templates(*t);
    templates.insert(oneItem(dj::DutySubject::OrganCommittee, QStringLiteral("B1"), dj::Frequency::Yearly, 1));
    templates.insert(oneItem(dj::DutySubject::Grassroots, QStringLiteral("C1"), dj::Frequency::Quarterly, 2));
    dj::DutyGenerator(*t).generate(2026, QDate(2026, 1, 1));
    dj::DutyRepository lists(*t);
    const QString yearly = lists.items(lists.lists(2026, t.organ).first().id).first().id;
    const QString quarterly = lists.items(lists.lists(2026, t.branch2).first().id).first().id;
    t.record(yearly, QDate(2026, 6, 10)); // due 31 December; today is 2026-11-24
    t.record(quarterly, QDate(2026, 10, 8)); // Q4 one of two: not done, not yet due

    const dj::DutyProgress p(*t, 2026, QDate(2026, 11, 24));
    const dj::ItemProgress done = p.items(lists.lists(2026, t.organ).first().id).first();
    CHECK(done.dueExpected == 1);
    CHECK(done.dueDone == 1);
    CHECK(done.overduePeriods == 0);
    dj::CompletionRate organ;
    for (const dj::CompletionRate &r : p.byLevel())
        if (r.key == QStringLiteral("organ_committee"))
            organ = r;
    CHECK(organ.expected == 1);
    CHECK(organ.rate() == Approx(1.0));
    // Partly done and not yet due: neither credit nor blame (Q1–Q3 are due and empty).
    const dj::ItemProgress partly = p.items(lists.lists(2026, t.branch2).first().id).first();
    CHECK(partly.dueExpected == 6);
    CHECK(partly.dueDone == 0);
}
