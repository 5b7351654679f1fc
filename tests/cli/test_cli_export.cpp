// dangjian-cli export-table, run as a user would.
#include "CliRun.h"

#include "Unzip.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
using Run = CliRun;
Run cli(const QStringList &args) { return runCli(args); }

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Demo
{
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("demo.djdb"));
    Demo() { REQUIRE(cli({QStringLiteral("demo"), file}).code == 0); }
    QString path(const QString &name) const { return dir.filePath(name); }
};
} // namespace

TEST_CASE("export-table writes people and organisations as xlsx and csv", "[cli][sheet]")
{
    Demo d;
    const QString xlsx = d.path(QStringLiteral("人员.xlsx"));
    Run r = cli({QStringLiteral("export-table"), d.file, QStringLiteral("--table"),
                 QStringLiteral("people"), QStringLiteral("--out"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    const QString sheet =
        QString::fromUtf8(unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(sheet.contains(QStringLiteral("paperSize=\"9\"")));
    CHECK(QString::fromUtf8(unzipEntry(xlsx, QStringLiteral("xl/workbook.xml")))
              .contains(QStringLiteral("_xlnm.Print_Titles")));

    // As many rows as `person list` prints.
    const Run list = cli({QStringLiteral("person"), QStringLiteral("list"), d.file});
    REQUIRE(list.code == 0);
    const int people = int(list.out.count('\n'));
    CHECK(people > 100);
    CHECK(sheet.contains(QStringLiteral("<row r=\"%1\"").arg(people + 1)));
    CHECK_FALSE(sheet.contains(QStringLiteral("<row r=\"%1\"").arg(people + 2)));

    const QString csv = d.path(QStringLiteral("orgs.csv"));
    r = cli({QStringLiteral("export-table"), d.file, QStringLiteral("--table"),
             QStringLiteral("orgs"), QStringLiteral("--out"), csv});
    REQUIRE(r.code == 0);
    const QByteArray b = bytes(csv);
    CHECK(b.startsWith("\xEF\xBB\xBF"));
    const Run orgs = cli({QStringLiteral("org"), QStringLiteral("list"), d.file});
    CHECK(b.count("\r\n") == orgs.out.count('\n') + 1);

    // --org: a subtree only.
    const QString some = d.path(QStringLiteral("some.csv"));
    r = cli({QStringLiteral("export-table"), d.file, QStringLiteral("--table"),
             QStringLiteral("people"), QStringLiteral("--org"), QStringLiteral("SW-JG"),
             QStringLiteral("--out"), some});
    REQUIRE(r.code == 0);
    const Run subList = cli({QStringLiteral("person"), QStringLiteral("list"), d.file,
                             QStringLiteral("--org"), QStringLiteral("SW-JG")});
    CHECK(bytes(some).count("\r\n") == subList.out.count('\n') + 1);
}

TEST_CASE("export-table: usage mistakes exit 2, a wrong code 3, and nothing is written",
          "[cli][sheet]")
{
    Demo d;
    const QString bad = d.path(QStringLiteral("out.pdf"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("--table"), QStringLiteral("people"), QStringLiteral("--out"),
                      bad},
          QStringList{QStringLiteral("--table"), QStringLiteral("posts"), QStringLiteral("--out"),
                      d.path(QStringLiteral("x.csv"))},
          QStringList{QStringLiteral("--out"), d.path(QStringLiteral("x.csv"))},
          QStringList{QStringLiteral("--table"), QStringLiteral("people")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(QStringList{QStringLiteral("export-table"), d.file} + args);
        CHECK(r.code == 2);
        CHECK(r.err.count('\n') == 1);
    }
    const Run r = cli({QStringLiteral("export-table"), d.file, QStringLiteral("--table"),
                       QStringLiteral("people"), QStringLiteral("--org"), QStringLiteral("NO-SUCH"),
                       QStringLiteral("--out"), d.path(QStringLiteral("x.xlsx"))});
    CHECK(r.code == 3);
    CHECK(r.err.contains("NO-SUCH"));
    CHECK(QDir(d.dir.path())
              .entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.csv"),
                          QStringLiteral("*.pdf"), QStringLiteral("*.part")},
                         QDir::Files | QDir::Hidden)
              .isEmpty());
}
