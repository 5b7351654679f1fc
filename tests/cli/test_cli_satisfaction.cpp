// dangjian-cli satisfaction: the 机关党委's 满意度测评 created, ballots loaded from a sheet,
// rates per item and overall with invalid ballots apart.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

TEST_CASE("satisfaction ballots load from a sheet and give rates", "[assess][satisfaction][cli]")
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("s.djdb"));
    REQUIRE(runCli({QStringLiteral("init"), f, QStringLiteral("--office"), QStringLiteral("测试机关")}).code == 0);
    REQUIRE(runCli({QStringLiteral("satisfaction"), QStringLiteral("create"), f, QStringLiteral("--year"),
                    QStringLiteral("2026")}).code == 0);
    // Eight items by default: 票号, 测评人类别, 有效, then one column each.
    QByteArray sheet = "票号,测评人类别,有效,1,2,3,4,5,6,7,8\n";
    sheet += "001,党员,,满意,满意,满意,满意,满意,满意,满意,满意\n";
    sheet += "002,党员,,基本满意,满意,不满意,满意,满意,满意,满意,\n";
    sheet += "003,党支部,否,,,,,,,,\n";
    const QString path = dir.filePath(QStringLiteral("ballots.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(sheet);
    out.close();
    CliRun r = runCli({QStringLiteral("satisfaction"), QStringLiteral("load"), f, QStringLiteral("--year"),
                       QStringLiteral("2026"), QStringLiteral("--ballots"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = runCli({QStringLiteral("satisfaction"), QStringLiteral("result"), f, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("valid_ballots")).toInt() == 2);
    CHECK(o.value(QStringLiteral("invalid_ballots")).toInt() == 1);
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 8);
    CHECK(items.at(0).toObject().value(QStringLiteral("rate")).toDouble() == Approx(1.0)); // 满意 + 基本满意
    CHECK(items.at(2).toObject().value(QStringLiteral("rate")).toDouble() == Approx(0.5));
    CHECK(items.at(7).toObject().value(QStringLiteral("valid")).toInt() == 1); // left blank once
    CHECK(o.value(QStringLiteral("overall")).toDouble() == Approx(14.0 / 15));

    // A word that is not an option names its place; nothing of the sheet is loaded.
    QFile bad(dir.filePath(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("票号,测评人类别,1,2,3,4,5,6,7,8\n009,党员,满意,很好,满意,满意,满意,满意,满意,满意\n");
    bad.close();
    r = runCli({QStringLiteral("satisfaction"), QStringLiteral("load"), f, QStringLiteral("--year"), QStringLiteral("2026"),
                QStringLiteral("--ballots"), bad.fileName()});
    CHECK(r.code == 4);
    CHECK(r.err.contains("Row 2, column D"));
    r = runCli({QStringLiteral("satisfaction"), QStringLiteral("result"), f, QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(r.code == 3);
}
