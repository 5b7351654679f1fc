// Issue 8: odd text travels between offices byte for byte — through a signed package from
// one data file into another (PackageExport → PackageImport).
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "HardeningStrings.h"
#include "assess/SchemeRepository.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "org/IdNumber.h"
#include "org/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace dj;
using hardening::oddStrings;

TEST_CASE("odd text crosses from one office to another unchanged", "[hardening][exchange]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲'; DROP TABLE person; --"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList tree = smallTree(*a);
    PersonRepository people(*a);
    OrganizationRepository orgs(*a);
    DutyGenerator(*a).generate(2026, QDate(2026, 1, 1));
    DutyRepository lists(*a);
    const QString listId = lists.lists(2026, tree.at(2)).first().id;

    QStringList personIds, orgIds, itemIds;
    Scheme scheme;
    scheme.name = oddStrings().at(2);
    int seq = 100;
    for (const QString &s : oddStrings()) {
        Person p;
        p.name = s;
        p.birthDate = QDate(1980, 5, 6);
        p.idNumber = IdNumber::compose(QStringLiteral("110101"), p.birthDate, ++seq);
        p.gender = IdNumber::gender(p.idNumber);
        p.workUnit = s;
        p.position = s;
        p.joinedOn = QDate(2005, 7, 1);
        p.fullMemberOn = QDate(2006, 7, 1);
        p.note = QStringLiteral(" ") + s + QStringLiteral("\r\n\t") + s + QStringLiteral(" ");
        p.branchId = tree.at(2);
        personIds << people.insert(p, QDate(2020, 1, 1));
        orgIds << addOrg(*a, OrgType::Branch, tree.at(1), s, QStringLiteral("Z%1").arg(seq));

        DutyItem item;
        item.title = s;
        item.content = s + QStringLiteral("\n") + s;
        itemIds << lists.addItem(listId, item);
        DutyRecord r;
        r.itemId = itemIds.last();
        r.doneOn = QDate(2026, 2, 1);
        r.text = s + QStringLiteral("\n") + s;
        r.recordedBy = s;
        DutyRecordRepository(*a).add(r);

        Indicator i;
        i.code = QStringLiteral("H%1").arg(seq);
        i.name = s;
        i.area = s;
        i.maxScore = 1;
        i.standard = s;
        scheme.indicators << i;
    }
    const QString schemeId = SchemeRepository(*a).insert(scheme);

    Offices::trust(*b, *a);
    x.receive(*b, x.send(*a));
    CHECK(Offices::digest(*a) == Offices::digest(*b)); // every row of every table, byte for byte

    PersonRepository peopleB(*b);
    OrganizationRepository orgsB(*b);
    DutyRepository listsB(*b);
    for (int k = 0; k < oddStrings().size(); ++k) {
        const QString &s = oddStrings().at(k);
        INFO(s.toStdString());
        const Person pa = people.get(personIds.at(k)), pb = peopleB.get(personIds.at(k));
        CHECK(pb.name.toUtf8() == s.toUtf8());
        CHECK(pb.workUnit.toUtf8() == pa.workUnit.toUtf8());
        CHECK(pb.position.toUtf8() == pa.position.toUtf8());
        CHECK(pb.note.toUtf8() == pa.note.toUtf8());
        CHECK(orgsB.get(orgIds.at(k)).name.toUtf8() == s.toUtf8());
        const DutyItem ib = listsB.item(itemIds.at(k));
        CHECK(ib.title.toUtf8() == s.toUtf8());
        CHECK(ib.content.toUtf8() == (s + QStringLiteral("\n") + s).toUtf8());
        const QList<DutyRecord> rb = DutyRecordRepository(*b).forItem(itemIds.at(k));
        REQUIRE(rb.size() == 1);
        CHECK(rb.first().text.toUtf8() == (s + QStringLiteral("\n") + s).toUtf8());
        CHECK(rb.first().recordedBy.toUtf8() == s.toUtf8());
    }
    const Scheme sb = SchemeRepository(*b).get(schemeId);
    CHECK(sb.name == scheme.name);
    REQUIRE(sb.indicators.size() == scheme.indicators.size());
    for (int k = 0; k < sb.indicators.size(); ++k) {
        CHECK(sb.indicators.at(k).name.toUtf8() == oddStrings().at(k).toUtf8());
        CHECK(sb.indicators.at(k).standard.toUtf8() == oddStrings().at(k).toUtf8());
    }
}
