// dangjian-cli import-people, driven as a user would: exit codes, the report lines, JSON.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include "org/IdNumber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
using Run = CliRun;
Run cli(const QStringList &args) { return runCli(args); }

// A copy of one demo data file per test, in the test's own directory.
QString demoCopy(const QTemporaryDir &dir)
{
    static QTemporaryDir shared;
    static const QString demo = [] {
        const QString p = shared.filePath(QStringLiteral("demo.djdb"));
        REQUIRE(cli({QStringLiteral("demo"), p}).code == 0);
        return p;
    }();
    const QString copy = dir.filePath(QStringLiteral("office.djdb"));
    REQUIRE(QFile::copy(demo, copy));
    return copy;
}

int peopleIn(const QString &file)
{
    const Run r =
        cli({QStringLiteral("person"), QStringLiteral("list"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    return int(QJsonDocument::fromJson(r.out).array().size());
}

QString id(int day, int seq)
{
    return dj::IdNumber::compose(QStringLiteral("650102"), QDate(1963, 2, day), seq);
}

// Three people of the demo office's 办公室党支部 (code SW-ZB01); the second has a typo in
// the check digit when `typo` is set.
QString writeCsv(const QTemporaryDir &dir, bool typo,
                 const QString &name = QStringLiteral("people.csv"))
{
    QString bad = id(2, 313);
    if (typo)
        bad[17] = bad.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString text = QStringLiteral("姓名,性别,出生日期,身份证号码,入党时间,所在党支部,转正时间\n"
                                        "甲一,男,1963-02-01,%1,1990-07-01,办公室党支部,1991-07-01\n"
                                        "乙二,男,1963-02-02,%2,1990-07-01,SW-ZB01,1991-07-01\n"
                                        "丙三,女,,%3,1990-07-01,,1991-07-01\n")
                             .arg(id(1, 311), bad, id(3, 312));
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}
} // namespace

TEST_CASE("import-people: a dry run checks and writes nothing, a clean sheet imports",
          "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = demoCopy(dir);
    const QString csv = writeCsv(dir, false);
    const int before = peopleIn(file);

    Run r =
        cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), csv,
             QStringLiteral("--dry-run"), QStringLiteral("--branch"), QStringLiteral("SW-ZB01")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains("rows: 3, valid: 3, with problems: 0."));
    CHECK(r.out.contains("Dry run: nothing was imported."));
    CHECK(peopleIn(file) == before);

    r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), csv,
             QStringLiteral("--branch"), QStringLiteral("SW-ZB01")});
    CHECK(r.code == 0);
    CHECK(r.out.contains("People imported: 3."));
    CHECK(peopleIn(file) == before + 3);

    // Importing the same sheet again finds every ID number already recorded.
    r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), csv,
             QStringLiteral("--branch"), QStringLiteral("SW-ZB01")});
    CHECK(r.code == 4);
    CHECK(r.out.contains("row 2: The ID number is already recorded in the data file, for 甲一."));
    CHECK(peopleIn(file) == before + 3);
}

TEST_CASE("import-people: a bad row stops the import unless --valid-only", "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = demoCopy(dir);
    const QString csv = writeCsv(dir, true);
    const int before = peopleIn(file);

    Run r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), csv});
    CHECK(r.code == 4);
    CHECK(r.out.contains("row 3: The check digit of the ID number is wrong"));
    CHECK(r.out.contains("row 4: The branch is missing."));
    CHECK(r.out.contains("Nothing was imported."));
    CHECK(peopleIn(file) == before);

    r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), csv,
             QStringLiteral("--json")});
    CHECK(r.code == 4);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("rows")).toInt() == 3);
    CHECK(o.value(QStringLiteral("valid")).toInt() == 1);
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    const QJsonArray rejected = o.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("row")).toInt() == 3);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("乙二"));
    CHECK(rejected.at(0)
              .toObject()
              .value(QStringLiteral("reasons"))
              .toArray()
              .first()
              .toString()
              .startsWith(QStringLiteral("The check digit")));
    const QJsonObject mapping = o.value(QStringLiteral("mapping")).toObject();
    CHECK(mapping.value(QStringLiteral("name"))
              .toObject()
              .value(QStringLiteral("column"))
              .toString() == QStringLiteral("A"));
    CHECK(mapping.value(QStringLiteral("branch"))
              .toObject()
              .value(QStringLiteral("header"))
              .toString() == QStringLiteral("所在党支部"));
    CHECK_FALSE(mapping.contains(QStringLiteral("phone")));

    r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), csv,
             QStringLiteral("--valid-only"), QStringLiteral("--json")});
    CHECK(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt() == 1);
    CHECK(peopleIn(file) == before + 1);
}

TEST_CASE("import-people: --map corrects the guess", "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = demoCopy(dir);
    const QString path = dir.filePath(QStringLiteral("odd.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("人,号,支,入,类\n甲一,%1,SW-ZB01,2026-03-01,预备党员\n").arg(id(1, 311)).toUtf8());
    f.close();
    Run r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), path,
                 QStringLiteral("--dry-run")});
    CHECK(r.code == 4);
    CHECK(r.err == "dangjian-cli: Choose the column that holds the names (Name).\n");
    r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), path,
             QStringLiteral("--dry-run"), QStringLiteral("--map"),
             QStringLiteral("name=A,idNumber=号,branch=c,joinedOn=D,standing=类")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), path,
             QStringLiteral("--map"), QStringLiteral("colour=A")});
    CHECK(r.code == 2);
}

TEST_CASE("import-people: files that cannot be read", "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = demoCopy(dir);
    const QString fixtures = QStringLiteral(DJ_FIXTURES "/import/");
    const int before = peopleIn(file);
    for (const auto &[name, message] :
         {std::pair{QStringLiteral("not_a_zip.xlsx"),
                    QByteArray("dangjian-cli: not_a_zip.xlsx is not an Excel workbook (.xlsx).\n")},
          std::pair{QStringLiteral("empty.xlsx"),
                    QByteArray("dangjian-cli: The sheet \"Sheet1\" in empty.xlsx is empty.\n")},
          std::pair{
              QStringLiteral("missing.csv"),
              QByteArray("dangjian-cli: missing.csv cannot be read: there is no such file.\n")}}) {
        INFO(name.toStdString());
        const Run r =
            cli({QStringLiteral("import-people"), file, QStringLiteral("--from"), fixtures + name});
        CHECK(r.code == 3);
        CHECK(r.err == message);
        CHECK(r.out.isEmpty());
    }
    CHECK(cli({QStringLiteral("import-people"), file}).code == 2); // no --from
    CHECK(peopleIn(file) == before);
}

TEST_CASE("import-people: an Excel fixture through the CLI", "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = demoCopy(dir);
    const Run r = cli({QStringLiteral("import-people"), file, QStringLiteral("--from"),
                       QStringLiteral(DJ_FIXTURES "/import/excel_style.xlsx"),
                       QStringLiteral("--dry-run"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("sheet")).toString() == QStringLiteral("党员"));
    CHECK(o.value(QStringLiteral("rows")).toInt() == 3);
    CHECK(o.value(QStringLiteral("dryRun")).toBool());
}
