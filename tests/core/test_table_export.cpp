// The people and organisation tables as exported: columns, values and their types, the
// subtree filter, and the streamed write to a file.
#include "SmallTree.h"
#include "Unzip.h"

#include "org/PostRepository.h"
#include "sheet/SheetFile.h"
#include "sheet/TableExport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

namespace {
struct ExportTree : SmallTree
{
    QString zhang, li;
    ExportTree()
    {
        zhang = person(QStringLiteral("张伟"), branch1, 11);
        dj::Person p = people.get(zhang);
        p.education = QStringLiteral("大学本科");
        p.workUnit = QStringLiteral("市商务局办公室");
        p.position = QStringLiteral("科员");
        p.phone = QStringLiteral("13800000000");
        p.fullMemberOn = QDate(2006, 7, 1);
        people.update(p);
        li = person(QStringLiteral("李娜"), branch2, 12);
        dj::Person q = people.get(li);
        q.standing = dj::Standing::Probationary;
        q.fullMemberOn = QDate();
        people.update(q);

        dj::Post post;
        post.personId = zhang;
        post.orgId = branch1;
        post.type = dj::PostType::BrSecretary;
        post.from = QDate(2024, 2, 20);
        dj::PostRepository(*db).add(post);
    }
};
} // namespace

TEST_CASE("people table: the roster columns with real dates", "[sheet]")
{
    ExportTree t;
    const dj::SheetTable s = dj::TableExport::build(*t.db, dj::TableExport::Table::People);
    CHECK(s.name == QStringLiteral("Party members"));
    REQUIRE(s.headers.size() == 14);
    CHECK(s.headers.first() == QStringLiteral("Name"));
    CHECK(s.headers.last() == QStringLiteral("Phone"));
    REQUIRE(s.rows.size() == 2);
    // In list order (by name): 李娜 before 张伟 in code point order.
    const QVariantList &zhang = s.rows.at(s.rows.at(0).at(0) == QStringLiteral("张伟") ? 0 : 1);
    REQUIRE(zhang.size() == 14);
    CHECK(zhang.at(0) == QStringLiteral("张伟"));
    CHECK(zhang.at(1) == QStringLiteral("男"));
    CHECK(zhang.at(2) == QStringLiteral("汉族"));
    CHECK(zhang.at(3).typeId() == QMetaType::QDate);
    CHECK(zhang.at(3).toDate() == QDate(1980, 5, 6));
    CHECK(zhang.at(4).toString().size() == 18);
    CHECK(zhang.at(5).toDate() == QDate(2005, 7, 1));
    CHECK(zhang.at(6).toDate() == QDate(2006, 7, 1));
    CHECK(zhang.at(7) == QStringLiteral("正式党员"));
    CHECK(zhang.at(8) == QStringLiteral("办公室党支部"));
    CHECK(zhang.at(9) == QStringLiteral("SW-ZB01"));
    CHECK(zhang.at(10) == QStringLiteral("大学本科"));
    CHECK(zhang.at(11) == QStringLiteral("市商务局办公室"));
    CHECK(zhang.at(12) == QStringLiteral("科员"));
    CHECK(zhang.at(13) == QStringLiteral("13800000000"));

    const QVariantList &li = s.rows.at(s.rows.at(0).at(0) == QStringLiteral("李娜") ? 0 : 1);
    CHECK(li.at(1) == QStringLiteral("女"));
    CHECK(li.at(6).isNull()); // no date: an empty cell, not "—"
    CHECK(li.at(7) == QStringLiteral("预备党员"));
}

TEST_CASE("people table: only the chosen organisation and those below it", "[sheet]")
{
    ExportTree t;
    const auto general = dj::TableExport::build(*t.db, dj::TableExport::Table::People, t.general);
    REQUIRE(general.rows.size() == 1);
    CHECK(general.rows.at(0).at(0) == QStringLiteral("李娜"));
    CHECK(dj::TableExport::build(*t.db, dj::TableExport::Table::People, t.organ).rows.size() == 2);
    CHECK(dj::TableExport::build(*t.db, dj::TableExport::Table::People, t.group1).rows.isEmpty());

    t.people.remove(t.li);
    CHECK(dj::TableExport::build(*t.db, dj::TableExport::Table::People).rows.size() == 1);
}

TEST_CASE("organisation table: codes, parents, terms and heads", "[sheet]")
{
    ExportTree t;
    dj::Organization b1 = t.orgs.get(t.branch1);
    b1.termStart = QDate(2024, 2, 20);
    b1.establishedOn = QDate(1998, 7, 1);
    t.orgs.update(b1);

    const dj::SheetTable s = dj::TableExport::build(*t.db, dj::TableExport::Table::Orgs);
    REQUIRE(s.headers.size() == 12);
    CHECK(s.headers.first() == QStringLiteral("Organisation name"));
    CHECK(s.headers.last() == QStringLiteral("Secretary / head"));
    REQUIRE(s.rows.size() == 6);
    CHECK(s.rows.at(0).at(2) == QStringLiteral("SW")); // parents first
    CHECK(s.rows.at(0).at(4).toString().isEmpty());
    const auto branch = std::find_if(s.rows.cbegin(), s.rows.cend(), [](const QVariantList &r) {
        return r.at(2) == QStringLiteral("SW-ZB01");
    });
    REQUIRE(branch != s.rows.cend());
    const QVariantList &r = *branch;
    CHECK(r.at(0) == QStringLiteral("办公室党支部"));
    CHECK(r.at(3) == QStringLiteral("党支部"));
    CHECK(r.at(4) == QStringLiteral("SW-JG"));
    CHECK(r.at(6).toDate() == QDate(1998, 7, 1));
    CHECK(r.at(7).toDate() == QDate(2024, 2, 20));
    CHECK(r.at(8).typeId() == QMetaType::Int);
    CHECK(r.at(8).toInt() == 3);
    CHECK(r.at(9).toDate() == QDate(2027, 2, 20));
    CHECK(r.at(10) == QStringLiteral("正常"));
    CHECK(r.at(11) == QStringLiteral("张伟"));

    const auto sub = dj::TableExport::build(*t.db, dj::TableExport::Table::Orgs, t.general);
    REQUIRE(sub.rows.size() == 2);
    CHECK(sub.rows.at(0).at(2) == QStringLiteral("SW-ZZ1"));
    CHECK(sub.rows.at(1).at(2) == QStringLiteral("SW-ZB02"));
}

TEST_CASE("table export streams to xlsx and csv, cancel leaves nothing", "[sheet]")
{
    ExportTree t;
    const QString xlsx = t.dir.filePath(QStringLiteral("people.xlsx"));
    int last = -1;
    REQUIRE(dj::TableExport::write(*t.db, dj::TableExport::Table::People, {}, xlsx,
                                   [&](int done, int total) {
                                       last = done;
                                       CHECK(done <= total);
                                       return true;
                                   }));
    CHECK(last == 2);
    const QString sheet =
        QString::fromUtf8(unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QStringLiteral("<dimension ref=\"A1:N3\"/>")));
    CHECK(sheet.contains(QStringLiteral("<t>张伟</t>")));
    CHECK(sheet.contains(QStringLiteral("orientation=\"landscape\"")));

    const QString csv = t.dir.filePath(QStringLiteral("orgs.csv"));
    REQUIRE(dj::TableExport::write(*t.db, dj::TableExport::Table::Orgs, {}, csv));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray b = f.readAll();
    CHECK(b.startsWith("\xEF\xBB\xBF"
                       "Organisation name,"));
    CHECK(b.count("\r\n") == 7);

    const QString cancelled = t.dir.filePath(QStringLiteral("c.xlsx"));
    CHECK_FALSE(dj::TableExport::write(*t.db, dj::TableExport::Table::People, {}, cancelled,
                                       [](int, int) { return false; }));
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(t.dir.path())
              .entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden)
              .isEmpty());

    CHECK(dj::TableExport::tableNamed(QStringLiteral("people")) == dj::TableExport::Table::People);
    CHECK(dj::TableExport::tableNamed(QStringLiteral("orgs")) == dj::TableExport::Table::Orgs);
    CHECK_FALSE(dj::TableExport::tableNamed(QStringLiteral("posts")));
}

// Export and import (SheetFile) agree: inline strings, dates, quoting and the formula guard.
TEST_CASE("exported xlsx and csv read back as the same table", "[sheet]")
{
    ExportTree t;
    dj::Person p = t.people.get(t.zhang);
    p.position =
        QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"); // formula-like text survives as text
    p.workUnit = QStringLiteral("市商务局,办公室 \"综合科\""); // one line: a line break is refused
    t.people.update(p);
    const dj::SheetTable want = dj::TableExport::build(*t.db, dj::TableExport::Table::People);
    for (const QString &name : {QStringLiteral("rt.xlsx"), QStringLiteral("rt.csv")}) {
        INFO(name.toStdString());
        const QString path = t.dir.filePath(name);
        REQUIRE(dj::TableExport::write(*t.db, dj::TableExport::Table::People, {}, path));
        const dj::SheetTable got = dj::SheetFile::read(path);
        CHECK(got.headers == want.headers);
        REQUIRE(got.rows.size() == want.rows.size());
        for (int r = 0; r < want.rows.size(); ++r)
            for (int c = 0; c < want.headers.size(); ++c) {
                INFO("row " << r << " column " << c);
                const QVariant w = want.rows.at(r).value(c), g = got.rows.at(r).value(c);
                if (w.typeId() == QMetaType::QDate)
                    CHECK((g.toDate() == w.toDate() ||
                           g.toString() == w.toDate().toString(Qt::ISODate)));
                else // the reader takes off the CSV formula guard again
                    CHECK(g.toString() == w.toString());
            }
    }
}
