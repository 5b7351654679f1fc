// Generating the year's lists: one per organisation of a level and per post holder, linked
// upward, and safe to run again.
#include <catch2/catch.hpp>

#include "DutyTree.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "duty/TemplateFile.h"
#include "storage/Query.h"

namespace {
int linkedItems(dj::DutySubject s)
{
    for (const dj::DutyTemplate &t : dj::TemplateFile::builtins()) {
        if (t.subject == s) {
            int n = 0;
            for (const dj::DutyTemplateItem &i : t.items)
                n += i.carriesOut.isEmpty() ? 0 : 1;
            return n;
        }
    }
    return 0;
}
int itemsOf(dj::DutySubject s)
{
    for (const dj::DutyTemplate &t : dj::TemplateFile::builtins())
        if (t.subject == s)
            return int(t.items.size());
    return 0;
}
const dj::DutyList &listOf(const QList<dj::DutyList> &lists, dj::DutySubject s, const QString &org, const QString &person = {})
{
    for (const dj::DutyList &l : lists)
        if (l.subject == s && l.orgId == org && l.personId == person)
            return l;
    FAIL("no such list");
    return lists.first();
}
} // namespace

TEST_CASE("the year's lists: per organisation of each level and per post holder", "[duty]")
{
    using S = dj::DutySubject;
    DutyTree t;
    const dj::DutyGenerator::Result r = dj::DutyGenerator(*t).generate(2026, QDate(2026, 1, 1));
    CHECK(r.templatesInstalled == 9);
    // 党组, 机关党委, 党总支 + 2 党支部 (the 党小组 has none); 党组书记, 党组成员, 机关党委书记, 2 支部书记.
    CHECK(r.listsAdded == 10);
    CHECK(r.itemsAdded == itemsOf(S::PartyGroup) + itemsOf(S::OrganCommittee) + 3 * itemsOf(S::Grassroots) +
                              itemsOf(S::PgSecretary) + itemsOf(S::PgMember) + itemsOf(S::OcSecretary) +
                              2 * itemsOf(S::BrSecretary));
    CHECK(r.linksSet == linkedItems(S::OrganCommittee) + 3 * linkedItems(S::Grassroots) + linkedItems(S::PgSecretary) +
                            linkedItems(S::PgMember) + linkedItems(S::OcSecretary) + 2 * linkedItems(S::BrSecretary));

    dj::DutyRepository repo(*t);
    const QList<dj::DutyList> lists = repo.lists(2026);
    REQUIRE(lists.size() == 10);
    const dj::DutyList &branch2 = listOf(lists, S::Grassroots, t.branch2);
    CHECK(branch2.title.startsWith(QStringLiteral("服务中心第一党支部 2026年")));
    const dj::DutyList &sec2 = listOf(lists, S::BrSecretary, t.branch2, t.secretary2);
    CHECK(sec2.personName == QStringLiteral("周支书"));

    // A branch secretary's item → the branch's item → the 机关党委 item → the 党组 item.
    const dj::DutyList &organ = listOf(lists, S::OrganCommittee, t.organ);
    const dj::DutyList &top = listOf(lists, S::PartyGroup, t.partyGroup);
    const dj::DutyList &branchList = listOf(lists, S::Grassroots, t.branch2);
    int chains = 0;
    for (const dj::DutyItem &i : repo.items(sec2.id)) {
        if (i.carriesOutId.isEmpty())
            continue;
        const dj::DutyItem branchItem = repo.item(i.carriesOutId);
        CHECK(branchItem.listId == branchList.id); // its own branch, not the other one
        if (branchItem.carriesOutId.isEmpty())
            continue;
        const dj::DutyItem organItem = repo.item(branchItem.carriesOutId);
        CHECK(organItem.listId == organ.id);
        if (!organItem.carriesOutId.isEmpty()) {
            CHECK(repo.item(organItem.carriesOutId).listId == top.id);
            ++chains;
        }
    }
    CHECK(chains >= 3);
    CHECK_FALSE(repo.carriedOutBy(repo.items(top.id).first().id).isEmpty());
}

TEST_CASE("generating again adds only what is missing and keeps recorded work", "[duty]")
{
    DutyTree t;
    dj::DutyGenerator gen(*t);
    gen.generate(2026, QDate(2026, 1, 1));
    dj::DutyRepository repo(*t);
    const dj::DutyList branch1 = repo.lists(2026, t.branch1).first();
    const QList<dj::DutyItem> items = repo.items(branch1.id);
    dj::DutyRecord rec;
    rec.itemId = items.at(0).id;
    rec.doneOn = QDate(2026, 3, 5);
    rec.text = QStringLiteral("召开支部委员会");
    const QString recordId = dj::DutyRecordRepository(*t).add(rec);
    repo.retireItem(items.at(1).id, QDate(2026, 6, 1));

    const dj::DutyGenerator::Result again = gen.generate(2026, QDate(2026, 6, 30));
    CHECK_FALSE(again.changed());
    CHECK(repo.items(branch1.id).size() == items.size());
    CHECK(repo.item(items.at(1).id).isRetired());
    CHECK(dj::DutyRecordRepository(*t).get(recordId).text == QStringLiteral("召开支部委员会"));

    // A new branch: only its list and items, linked up.
    const QString branch3 = t.add(dj::OrgType::Branch, t.organ, QStringLiteral("机关第三党支部"), QStringLiteral("SW-ZB03"));
    const dj::DutyGenerator::Result more = gen.generate(2026, QDate(2026, 6, 30));
    CHECK(more.listsAdded == 1);
    CHECK(more.itemsAdded == int(items.size()));
    CHECK(more.linksSet > 0);
    CHECK(repo.lists(2026, branch3).size() == 1);
}

TEST_CASE("post lists follow who holds the post on the chosen date", "[duty]")
{
    DutyTree t;
    dj::PostRepository posts(*t);
    for (const dj::PostView &v : posts.forPerson(t.secretary2))
        posts.end(v.post.id, QDate(2026, 3, 1));
    dj::DutyGenerator gen(*t);
    gen.generate(2026, QDate(2026, 6, 30));
    CHECK(dj::DutyRepository(*t).lists(2026, {}, t.secretary2).isEmpty());
    CHECK(dj::DutyRepository(*t).lists(2026, {}, t.secretary1).size() == 1);
    CHECK_THROWS_WITH(gen.generate(2026, QDate(2027, 1, 1)), "The date whose post holders get lists must fall in 2026.");
}

TEST_CASE("generation can be cancelled and writes nothing then", "[duty]")
{
    DutyTree t;
    const dj::DutyGenerator::Result r = dj::DutyGenerator(*t).generate(2026, QDate(2026, 1, 1), [](int done, int) { return done < 3; });
    CHECK(r.cancelled);
    CHECK(dj::Query(*t, QStringLiteral("SELECT count(*) FROM duty_list")).scalar().toInt() == 0);
    CHECK(dj::Query(*t, QStringLiteral("SELECT count(*) FROM duty_template")).scalar().toInt() == 0);
}
