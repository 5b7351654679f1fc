// Responsibility-list templates: the built-in set, the template file, and template edits.
#include <catch2/catch.hpp>

#include "TempDb.h"
#include "common/Error.h"
#include "duty/TemplateFile.h"
#include "duty/TemplateRepository.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace {
dj::DutyTemplate small(dj::DutySubject subject, int year)
{
    dj::DutyTemplate t;
    t.subject = subject;
    t.year = year;
    t.name = QStringLiteral("测试清单");
    dj::DutyTemplateItem i;
    i.code = QStringLiteral("A1");
    i.category = QStringLiteral("政治建设");
    i.title = QStringLiteral("理论学习中心组学习");
    i.frequency = dj::Frequency::Monthly;
    t.items << i;
    return t;
}
} // namespace

TEST_CASE("the built-in templates: nine lists, 8 to 20 items, every link resolves", "[duty]")
{
    const QList<dj::DutyTemplate> all = dj::TemplateFile::builtins();
    REQUIRE(all.size() == 9);
    QHash<QString, QSet<QString>> codes; // subject → codes
    QSet<int> frequencies;
    for (const dj::DutyTemplate &t : all) {
        INFO(t.name.toStdString());
        CHECK(t.items.size() >= 8);
        CHECK(t.items.size() <= 20);
        for (const dj::DutyTemplateItem &i : t.items) {
            codes[dj::vocab::code(t.subject)].insert(i.code);
            frequencies.insert(int(i.frequency));
        }
    }
    CHECK(frequencies.size() == 6);
    for (int s = 0; s < all.size(); ++s)
        CHECK(all.at(s).subject == dj::vocab::dutySubjects().at(s));
    int links = 0;
    for (const dj::DutyTemplate &t : all) {
        for (const dj::DutyTemplateItem &i : t.items) {
            if (i.carriesOut.isEmpty())
                continue;
            INFO(i.code.toStdString() << " → " << i.carriesOut.toStdString());
            CHECK(codes.value(i.carriesOut.section(QLatin1Char('/'), 0, 0)).contains(i.carriesOut.section(QLatin1Char('/'), 1)));
            ++links;
        }
    }
    CHECK(links >= 60);
}

TEST_CASE("a template file round-trips and bad files say why", "[duty]")
{
    TempDb t;
    const QList<dj::DutyTemplate> all = dj::TemplateFile::builtins();
    const QList<dj::DutyTemplate> again = dj::TemplateFile::parse(dj::TemplateFile::serialize(all), QStringLiteral("x"));
    REQUIRE(again.size() == all.size());
    CHECK(again.at(3).items.at(2).content == all.at(3).items.at(2).content);
    CHECK(again.at(3).items.at(2).carriesOut == all.at(3).items.at(2).carriesOut);

    CHECK_THROWS_WITH(dj::TemplateFile::parse("{\"a\":1}", QStringLiteral("a.djtpl")),
                      "a.djtpl is not a Dangjian Desk template file.");
    CHECK_THROWS_WITH(dj::TemplateFile::parse("{\"format\":\"dangjian-duty-templates\",\"formatVersion\":7}", QStringLiteral("b.djtpl")),
                      Catch::StartsWith("b.djtpl was saved by a newer version of Dangjian Desk (template format 7"));
    QByteArray bad = dj::TemplateFile::serialize({small(dj::DutySubject::Grassroots, 0)});
    CHECK_THROWS_WITH(dj::TemplateFile::parse(QByteArray(bad).replace("monthly", "weekly"), QStringLiteral("c.djtpl")),
                      Catch::Contains("the frequency \"weekly\" is not one of"));
    CHECK_THROWS_WITH(dj::TemplateFile::parse(QByteArray(bad).replace("\"monthly\"", "\"by_date\""), QStringLiteral("d.djtpl")),
                      Catch::Contains("Item A1: An item due \"By a date\" needs a deadline"));
    CHECK_THROWS_WITH(dj::TemplateFile::parse(QByteArray(bad).replace("\"deadline\": \"\"", "\"deadline\": \"02-30\""), QStringLiteral("e.djtpl")),
                      Catch::Contains("The deadline \"02-30\" is not a date in the year"));
    CHECK_THROWS_WITH(dj::TemplateFile::parse(QByteArray(bad).replace("\"carriesOut\": \"\"", "\"carriesOut\": \"party_group/X\""), QStringLiteral("f.djtpl")),
                      Catch::Contains("\"party_group/X\" is not an item of the list above; write organ_committee/CODE."));

    // Written to a file and read back.
    const QString path = t.path(QStringLiteral("t.djtpl"));
    dj::TemplateFile::write(all, path);
    CHECK(dj::TemplateFile::read(path).size() == 9);
    CHECK_THROWS_AS(dj::TemplateFile::read(t.path(QStringLiteral("missing.djtpl"))), dj::Error);
}

TEST_CASE("templates are versioned by year, loading never overwrites silently", "[duty]")
{
    TempDb t;
    dj::TemplateRepository repo(*t);
    CHECK(repo.installBuiltins(2026) == 9);
    CHECK(repo.installBuiltins(2027) == 0); // every subject has one
    const dj::DutyTemplate branch = *repo.forYear(dj::DutySubject::Grassroots, 2026);
    CHECK(branch.items.size() >= 8);
    CHECK_FALSE(repo.forYear(dj::DutySubject::Grassroots, 2025).has_value());

    // Next year's version: a copy, edited on its own.
    const QString next = repo.copyToYear(branch.id, 2027);
    CHECK(repo.forYear(dj::DutySubject::Grassroots, 2026)->id == branch.id);
    CHECK(repo.forYear(dj::DutySubject::Grassroots, 2030)->id == next);
    dj::DutyTemplateItem first = repo.get(next).items.first();
    first.title = QStringLiteral("改过的事项");
    repo.updateItem(first);
    CHECK(repo.get(next).items.first().title == QStringLiteral("改过的事项"));
    CHECK(repo.get(branch.id).items.first().title != QStringLiteral("改过的事项"));
    CHECK_THROWS_WITH(repo.copyToYear(branch.id, 2027), Catch::StartsWith("There is already a template for"));

    // A second item with the same code is refused; removal is undoable.
    dj::DutyTemplateItem dup = first;
    dup.id.clear();
    CHECK_THROWS_WITH(repo.addItem(next, dup), Catch::Contains("is already used by"));
    repo.removeItem(first.id);
    CHECK(repo.get(next).items.size() == branch.items.size() - 1);
    repo.restoreItem(first.id);
    CHECK(repo.get(next).items.size() == branch.items.size());

    // Loading a file with a template for the same subject and year: refused, then replaced.
    const int before = int(repo.all().size());
    CHECK_THROWS_WITH(repo.load({small(dj::DutySubject::Grassroots, 2027)}, 2027, false),
                      Catch::Contains("Nothing was loaded"));
    CHECK(repo.all().size() == before);
    CHECK(repo.load({small(dj::DutySubject::Grassroots, 0)}, 2027, true) == 1);
    CHECK(repo.all().size() == before);
    CHECK(repo.forYear(dj::DutySubject::Grassroots, 2027)->items.size() == 1);
}
