// dangjian-cli import-template: the template of a new demo file imports into it unchanged,
// people and organisations; an .xls roster imports through import-people; bad arguments.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

int rowsOf(const QStringList &args)
{
    const CliRun r = runCli(args);
    REQUIRE(r.code == 0);
    return int(QJsonDocument::fromJson(r.out).array().size());
}
} // namespace

TEST_CASE("import-template: the example of a demo file's templates imports into it",
          "[import][cli][template]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.djdb"));
    REQUIRE(runCli({s("demo"), file}).code == 0);
    const int people = rowsOf({s("person"), s("list"), file, s("--json")});

    const QString t = dir.filePath(s("党员导入模板.xlsx"));
    CliRun r = runCli({s("import-template"), file, s("--table"), s("people"), s("--out"), t});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith("Template written: "));
    r = runCli({s("import-people"), file, s("--from"), t});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains("People imported: 1."));
    CHECK(rowsOf({s("person"), s("list"), file, s("--json")}) == people + 1);

    const QString o = dir.filePath(s("组织导入模板.xlsx"));
    REQUIRE(runCli({s("import-template"), file, s("--table"), s("orgs"), s("--out"), o}).code == 0);
    r = runCli({s("import-orgs"), file, s("--from"), o, s("--json")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(s("imported")).toInt() == 1);
}

TEST_CASE("import-template: without a data file, and its usage errors", "[import][cli][template]")
{
    QTemporaryDir dir;
    const QString t = dir.filePath(s("t.xlsx"));
    CHECK(runCli({s("import-template"), s("--table"), s("orgs"), s("--out"), t}).code == 0);
    CHECK(QFile::exists(t));
    CliRun r = runCli({s("import-template"), s("--table"), s("posts"), s("--out"), t});
    CHECK(r.code == 2);
    CHECK(r.err == "dangjian-cli: --table must be people or orgs.\n");
    r = runCli({s("import-template"), s("--table"), s("people"), s("--out"),
                dir.filePath(s("t.csv"))});
    CHECK(r.code == 2);
    CHECK(r.err == "dangjian-cli: --out must name an .xlsx file.\n");
    r = runCli({s("import-template"), dir.filePath(s("missing.djdb")), s("--table"), s("people"),
                s("--out"), t});
    CHECK(r.code == 3);
}

TEST_CASE("import-people: an old Excel workbook (.xls)", "[import][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.djdb"));
    REQUIRE(runCli({s("demo"), file}).code == 0);
    CliRun r = runCli({s("import-people"), file, s("--from"), s(DJ_FIXTURES "/import/people.xls"),
                       s("--dry-run"), s("--json")});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(s("sheet")).toString() == s("党员名册"));
    CHECK(o.value(s("rows")).toInt() == 3);
    r = runCli({s("import-people"), file, s("--from"), s(DJ_FIXTURES "/import/encrypted.xls")});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith("dangjian-cli: encrypted.xls is protected by a password"));
}
