#include "CliRun.h"
#include "PdfText.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
int cli(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(DJ_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}
} // namespace

TEST_CASE("print writes the roster and the organisation list as PDF", "[cli][print]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.djdb"));
    REQUIRE(cli({QStringLiteral("demo"), db}) == 0);
    const QString roster = dir.filePath(QStringLiteral("roster.pdf"));
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("roster"), QStringLiteral("--org"),
               QStringLiteral("SW-ZB01"), QStringLiteral("--out"), roster}) == 0);
    QFile f(roster);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    // The roster of one branch: 学历 and 工作单位及职务, no 所在支部, as of a day.
    const QString branchRoster = pageText(roster, 1);
    CHECK(branchRoster.contains(QStringLiteral("学历")));
    CHECK(branchRoster.contains(QStringLiteral("工作单位及职务")));
    CHECK_FALSE(branchRoster.contains(QStringLiteral("所在支部")));
    CHECK(branchRoster.contains(QStringLiteral("党员花名册截至")));
    CHECK(branchRoster.contains(QStringLiteral("办公室党支部")));
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("orgs"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("orgs.pdf"))}) == 0);
    const QString each = dir.filePath(QStringLiteral("each"));
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("roster"), QStringLiteral("--each-branch"),
               QStringLiteral("--out"), each}) == 0);
    CHECK(QFile::exists(each + QStringLiteral("/SW-ZB01.pdf")));
    QByteArray err;
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("ballots"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("x.pdf"))}, &err) == 2);
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("roster"), QStringLiteral("--org"),
               QStringLiteral("NOPE"), QStringLiteral("--out"), dir.filePath(QStringLiteral("y.pdf"))}, &err) == 3);
    CHECK(err.contains("NOPE"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("y.pdf"))));
}

TEST_CASE("print the responsibility lists and the record of duties of the demo as PDF", "[cli][print][duty]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.djdb"));
    REQUIRE(runCli({QStringLiteral("demo"), db}).code == 0);
    const QString year = QString::number(QDate::currentDate().year()); // the demo's lists are this year's
    const auto print = [&](const QString &report, const QStringList &more, const QString &out) {
        return runCli(QStringList{QStringLiteral("print"), db, QStringLiteral("--report"), report} + more +
                      QStringList{QStringLiteral("--out"), dir.filePath(out)});
    };
    const QStringList yearOption{QStringLiteral("--year"), year};
    const QStringList branch{QStringLiteral("--org"), QStringLiteral("SW-ZB01")};
    // The branch's own lists: its level list and its secretary's post list.
    const CliRun lists = runCli({QStringLiteral("duty"), QStringLiteral("list"), db, QStringLiteral("--year"), year,
                                 QStringLiteral("--org"), QStringLiteral("SW-ZB01"), QStringLiteral("--json")});
    REQUIRE(lists.code == 0);
    const QJsonArray listJson = QJsonDocument::fromJson(lists.out).array();
    REQUIRE(listJson.size() == 2);
    const QString levelTitle = listJson[0].toObject().value(QStringLiteral("title")).toString();
    CHECK(levelTitle.contains(QStringLiteral("办公室党支部")));

    CliRun r = print(QStringLiteral("duty-lists"), yearOption + branch, QStringLiteral("b.pdf"));
    REQUIRE(r.code == 0);
    const QString booklet = dir.filePath(QStringLiteral("b.pdf"));
    CHECK(pages(booklet) >= 2);
    const QString first = pageText(booklet, 1);
    CHECK(first.contains(squeezed(year + QStringLiteral("年度全面从严治党责任清单"))));
    CHECK(first.contains(squeezed(levelTitle)));
    CHECK(first.contains(QStringLiteral("事项及具体内容")));
    CHECK(first.contains(QStringLiteral("完成情况")));
    CHECK(first.contains(QStringLiteral("传达学习上级决策部署"))); // the first grassroots item (JC01)
    CHECK(first.contains(QStringLiteral("第1页")));
    // The branch's list: a legend for its marked rows, the branch's seal over the date.
    QString bookletText;
    for (int p = 1; p <= pages(booklet); ++p)
        bookletText += pageText(booklet, p);
    CHECK(bookletText.contains(QStringLiteral("注：底色标出的事项逾期未完成或部分完成，完成情况栏注明。")));
    CHECK(bookletText.count(QStringLiteral("党支部（盖章）")) == 1); // not on the secretary's own list
    CHECK(bookletText.contains(QStringLiteral("单位负责人签字")));

    r = print(QStringLiteral("duty-lists"), yearOption, QStringLiteral("all.pdf"));
    REQUIRE(r.code == 0);
    CHECK(pages(dir.filePath(QStringLiteral("all.pdf"))) > 20); // every list of the department

    r = print(QStringLiteral("duty-records"), yearOption + branch, QStringLiteral("r.pdf"));
    REQUIRE(r.code == 0);
    const QString records = dir.filePath(QStringLiteral("r.pdf"));
    CHECK(pages(records) >= 1);
    const QString recordsText = pageText(records, 1);
    CHECK(recordsText.contains(squeezed(year + QStringLiteral("年度履责纪实"))));
    CHECK(recordsText.contains(squeezed(levelTitle)));
    CHECK(recordsText.contains(QStringLiteral("履责情况")));
    CHECK(recordsText.contains(QStringLiteral("佐证材料")));
    CHECK(recordsText.contains(QStringLiteral("第1页")));
    // 序号 runs 1, 2, 3… down the rows (-layout: a row is a line starting with its number).
    QStringList numbers;
    const QString layout = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"),
                                                                   QStringLiteral("1"), QStringLiteral("-l"),
                                                                   QStringLiteral("1"), records, QStringLiteral("-")});
    for (const QString &line : layout.split(QLatin1Char('\n'))) {
        const QString first = line.simplified().section(QLatin1Char(' '), 0, 0);
        bool number = false;
        first.toInt(&number);
        if (number && first.size() <= 3)
            numbers << first;
    }
    REQUIRE(numbers.size() >= 10);
    for (int i = 0; i < numbers.size(); ++i)
        CHECK(numbers.at(i) == QString::number(i + 1));

    // A person by ID number: the branch secretary's post list.
    const QString secretary = listJson[1].toObject().value(QStringLiteral("person")).toString();
    REQUIRE_FALSE(secretary.isEmpty());
    const CliRun people = runCli({QStringLiteral("person"), QStringLiteral("list"), db, QStringLiteral("--org"),
                                  QStringLiteral("SW-ZB01"), QStringLiteral("--search"), secretary, QStringLiteral("--json")});
    REQUIRE(people.code == 0);
    const QString idNumber = QJsonDocument::fromJson(people.out).array()[0].toObject().value(QStringLiteral("idNumber")).toString();
    r = print(QStringLiteral("duty-records"), yearOption + QStringList{QStringLiteral("--person"), idNumber.toLower()},
              QStringLiteral("p.pdf"));
    REQUIRE(r.code == 0);
    CHECK(pageText(dir.filePath(QStringLiteral("p.pdf")), 1).contains(secretary));

    // Usage mistakes exit 2, unknown organisations, people and years 3; no PDF is left behind.
    CHECK(print(QStringLiteral("duty-lists"), branch, QStringLiteral("x1.pdf")).code == 2);
    CHECK(print(QStringLiteral("duty-records"), yearOption, QStringLiteral("x2.pdf")).code == 2);
    CHECK(print(QStringLiteral("duty-records"), yearOption + branch + QStringList{QStringLiteral("--person"), idNumber},
                QStringLiteral("x3.pdf")).code == 2);
    r = print(QStringLiteral("duty-lists"), yearOption + QStringList{QStringLiteral("--each-branch")}, QStringLiteral("x4"));
    CHECK(r.code == 2);
    CHECK(r.err.contains("--each-branch"));
    r = print(QStringLiteral("duty-records"), yearOption + QStringList{QStringLiteral("--org"), QStringLiteral("NOPE")},
              QStringLiteral("x5.pdf"));
    CHECK(r.code == 3);
    CHECK(r.err.contains("NOPE"));
    r = print(QStringLiteral("duty-records"), yearOption + QStringList{QStringLiteral("--person"), QStringLiteral("110101198001010000")},
              QStringLiteral("x6.pdf"));
    CHECK(r.code == 3);
    CHECK(r.err.contains("110101198001010000"));
    r = print(QStringLiteral("duty-lists"), {QStringLiteral("--year"), QStringLiteral("2001")}, QStringLiteral("x7.pdf"));
    CHECK(r.code == 3);
    CHECK(r.err.contains("no responsibility lists for 2001"));
    for (const char *name : {"x1.pdf", "x2.pdf", "x3.pdf", "x5.pdf", "x6.pdf", "x7.pdf"})
        CHECK_FALSE(QFile::exists(dir.filePath(QLatin1String(name))));
}
