// dangjian-cli scheme/assess end to end against a hand-computed fixture of 12 branches
// (tests/fixtures/assess/e2e, oracle.py), and the bad input a user may give it.
#include "AssessFixture.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
using assessfixture::fixture;
using assessfixture::loadedFile;
using assessfixture::ok;

QJsonObject compute(const QString &f)
{
    const CliRun r = ok({QStringLiteral("assess"), QStringLiteral("compute"), f, QStringLiteral("--year"),
                         QStringLiteral("2025"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject expected(const char *name)
{
    QFile f(fixture(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Numbers to 1e-9 (the oracle adds in the same order); everything else exactly.
void sameResults(const QJsonObject &got, const QJsonObject &want)
{
    CHECK(got.value(QStringLiteral("year")) == want.value(QStringLiteral("year")));
    CHECK(got.value(QStringLiteral("weights")) == want.value(QStringLiteral("weights")));
    const QJsonArray g = got.value(QStringLiteral("results")).toArray();
    const QJsonArray w = want.value(QStringLiteral("results")).toArray();
    REQUIRE(g.size() == w.size());
    for (int i = 0; i < w.size(); ++i) {
        const QJsonObject a = g.at(i).toObject(), b = w.at(i).toObject();
        INFO("row " << i << " " << b.value(QStringLiteral("org_code")).toString().toStdString());
        for (const QString &key : b.keys()) {
            INFO(key.toStdString());
            const QJsonValue x = a.value(key), y = b.value(key);
            if (key == QLatin1String("areas")) {
                for (const QString &area : y.toObject().keys())
                    CHECK(x.toObject().value(area).toDouble() == Approx(y.toObject().value(area).toDouble()).margin(1e-9));
            } else if (y.isDouble() && key != QLatin1String("rank")) {
                CHECK(x.toDouble() == Approx(y.toDouble()).margin(1e-9));
            } else {
                CHECK(x == y);
            }
        }
    }
}
} // namespace

TEST_CASE("assess compute matches the hand computation of 12 branches", "[assess][cli]")
{
    QTemporaryDir dir;
    const QString f = loadedFile(dir);
    sameResults(compute(f), expected("expected_threshold.json"));
    // As text: ZB12's 党组评价 not entered (not 0.00), its total and grade a draft.
    const CliRun text = ok({QStringLiteral("assess"), QStringLiteral("compute"), f, QStringLiteral("--year"),
                            QStringLiteral("2025")});
    CHECK(text.out.contains("Draft: values still to be entered"));
    CHECK(text.out.contains("11\tZB12\t市能源发展服务中心第二党支部\t67.68\tnot entered\t75.00\t69.77 (draft)\t差 (draft)"));

    ok({QStringLiteral("assess"), QStringLiteral("grading"), f, QStringLiteral("--year"), QStringLiteral("2025"),
        QStringLiteral("--quota"), QStringLiteral("30,rest,10")});
    sameResults(compute(f), expected("expected_quota.json"));

    // The tie waits for a decision: sealing is refused and says why.
    CliRun r = runCli({QStringLiteral("assess"), QStringLiteral("seal"), f, QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("tie at 90.36"));
    ok({QStringLiteral("assess"), QStringLiteral("decide"), f, QStringLiteral("--year"), QStringLiteral("2025"),
        QStringLiteral("--org"), QStringLiteral("ZB01"), QStringLiteral("--grade"), QStringLiteral("好")});
    ok({QStringLiteral("assess"), QStringLiteral("decide"), f, QStringLiteral("--year"), QStringLiteral("2025"),
        QStringLiteral("--org"), QStringLiteral("ZB10"), QStringLiteral("--grade"), QStringLiteral("中")});
    const QJsonArray rows = compute(f).value(QStringLiteral("results")).toArray();
    CHECK(rows.at(2).toObject().value(QStringLiteral("grade")).toString() == QStringLiteral("好"));
    CHECK(rows.at(3).toObject().value(QStringLiteral("grade")).toString() == QStringLiteral("中"));
    // Still refused while values are missing, each branch and component named: ZB12's 党组评价
    // and 8 self-assessed values nobody has reviewed.
    r = runCli({QStringLiteral("assess"), QStringLiteral("seal"), f, QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("(ZB12): not entered: party group evaluation; self-assessed but not reviewed: C03"));
    CHECK(r.err.contains("(ZB03): self-assessed but not reviewed: C02、C04"));
    CHECK_FALSE(r.err.contains("tie at"));
    const QJsonObject missing = compute(f).value(QStringLiteral("missing")).toObject();
    CHECK(missing.value(QStringLiteral("party_group")).toInt() == 1);
    CHECK(missing.value(QStringLiteral("unreviewed")).toInt() == 8);
    CHECK(missing.value(QStringLiteral("provisional")).toInt() == 7);
    ok({QStringLiteral("assess"), QStringLiteral("load"), f, QStringLiteral("--year"), QStringLiteral("2025"),
        QStringLiteral("--daily"), fixture("daily_review_rest.csv"), QStringLiteral("--party-group"),
        fixture("party_group_rest.csv")});
    CHECK(compute(f).value(QStringLiteral("missing")).toObject().value(QStringLiteral("provisional")).toInt() == 0);
    ok({QStringLiteral("assess"), QStringLiteral("seal"), f, QStringLiteral("--year"), QStringLiteral("2025")});

    // Sealed: a later load is refused and changes nothing.
    r = runCli({QStringLiteral("assess"), QStringLiteral("load"), f, QStringLiteral("--year"), QStringLiteral("2025"),
                QStringLiteral("--daily"), fixture("daily_self.csv")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("sealed"));
    CHECK(compute(f).value(QStringLiteral("sealed")).toBool());
}

TEST_CASE("assess refuses bad input with the row and column and stores nothing", "[assess][cli]")
{
    QTemporaryDir dir;
    const QString f = loadedFile(dir);
    const QJsonObject before = compute(f);
    auto sheet = [&](const char *name, const QByteArray &text) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(text);
        return path;
    };
    auto load = [&](const char *option, const QString &path) {
        return runCli({QStringLiteral("assess"), QStringLiteral("load"), f, QStringLiteral("--year"),
                       QStringLiteral("2025"), QLatin1String(option), path});
    };
    // A good first row, then a score above the maximum: nothing of the sheet is stored.
    CliRun r = load("--daily", sheet("over.csv", "组织编码,指标编号,数值,说明\nZB01,A01,1,\nZB02,A01,99,\n"));
    CHECK(r.code == 4);
    CHECK(r.err.contains("Row 3, column C"));
    CHECK(r.err.contains("A01"));
    r = load("--daily", sheet("neg.csv", "组织编码,指标编号,数值\nZB01,A02,-1\n"));
    CHECK(r.code == 4);
    CHECK(r.err.contains("whole number"));
    r = load("--daily", sheet("org.csv", "组织编码,指标编号,数值\nZB99,A01,1\n"));
    CHECK(r.code == 4);
    CHECK(r.err.contains("Row 2, column A"));
    CHECK(r.err.contains("ZB99"));
    r = load("--daily", sheet("ind.csv", "组织编码,指标编号,数值\nZB01,Z9,1\n"));
    CHECK(r.code == 4);
    CHECK(r.err.contains("Z9"));
    r = load("--ballots", sheet("ballot.csv", "票号,评议人类别,组织编码,分数\n900,党员代表,ZZ1,90\n"));
    CHECK(r.code == 4); // a 党总支 is not in this assessment
    CHECK(r.err.contains("ZZ1"));
    r = load("--ballots", sheet("word.csv", "票号,评议人类别,组织编码,分数\n900,党员代表,ZB01,优\n"));
    CHECK(r.code == 4);
    CHECK(r.err.contains("column D"));
    r = load("--party-group", sheet("pg.csv", "组织编码,评价人,分数\nZB01,张书记,101\n"));
    CHECK(r.code == 4);
    CHECK(r.err.contains("Row 2, column C"));
    CHECK(compute(f) == before);

    r = runCli({QStringLiteral("assess"), QStringLiteral("grading"), f, QStringLiteral("--year"), QStringLiteral("2025"),
                QStringLiteral("--weights"), QStringLiteral("60,30,20")});
    CHECK(r.code == 4);
    CHECK(r.err.contains("110"));
    r = runCli({QStringLiteral("assess"), QStringLiteral("create"), f, QStringLiteral("--year"), QStringLiteral("2026"),
                QStringLiteral("--scheme"), QStringLiteral("测试方案"), QStringLiteral("--weights"), QStringLiteral("50,50")});
    CHECK(r.code == 2);
    r = runCli({QStringLiteral("assess"), QStringLiteral("compute"), f, QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(r.code == 3);
    CHECK(r.err.contains("no assessment for 2024"));
}

TEST_CASE("scheme export writes the sheet layout that scheme import reads", "[assess][cli]")
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("s.djdb"));
    ok({QStringLiteral("init"), f, QStringLiteral("--office"), QStringLiteral("测试机关")});
    ok({QStringLiteral("scheme"), QStringLiteral("import"), f, QStringLiteral("--builtin")});
    const QString xlsx = dir.filePath(QStringLiteral("s.xlsx"));
    ok({QStringLiteral("scheme"), QStringLiteral("export"), f, QStringLiteral("--out"), xlsx});
    CliRun r = runCli({QStringLiteral("scheme"), QStringLiteral("import"), f, QStringLiteral("--from"), xlsx});
    CHECK(r.code == 0); // named after the file: a second scheme
    r = ok({QStringLiteral("scheme"), QStringLiteral("list"), f, QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    REQUIRE(list.size() == 2);
    for (const QJsonValue &v : list) {
        CHECK(v.toObject().value(QStringLiteral("indicators")).toInt() == 46);
        CHECK(v.toObject().value(QStringLiteral("max")).toDouble() == Approx(100));
    }
    r = runCli({QStringLiteral("scheme"), QStringLiteral("import"), f, QStringLiteral("--from"), xlsx});
    CHECK(r.code == 4); // the same name again
    CHECK(r.err.contains("already a scheme named s"));
}
