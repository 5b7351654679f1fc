// dangjian-cli office show / office export-key / digest.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

TEST_CASE("office show, export-key and digest", "[exchange][cli]")
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("o.djdb"));
    REQUIRE(runCli({QStringLiteral("init"), f, QStringLiteral("--office"), QStringLiteral("测试机关")}).code == 0);
    CliRun r = runCli({QStringLiteral("office"), QStringLiteral("show"), f, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    CHECK(fingerprint.size() == 39);
    const QString key = dir.filePath(QStringLiteral("o.djkey"));
    r = runCli({QStringLiteral("office"), QStringLiteral("export-key"), f, QStringLiteral("--out"), key});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(fingerprint.toUtf8()));
    QFile k(key);
    REQUIRE(k.open(QIODevice::ReadOnly));
    CHECK(k.readAll().contains(fingerprint.toUtf8()));
    CHECK(runCli({QStringLiteral("office"), QStringLiteral("export-key"), f}).code == 2);

    // Two files with the same rows have the same digest; a demo file another.
    const QString empty = dir.filePath(QStringLiteral("e.djdb"));
    REQUIRE(runCli({QStringLiteral("init"), empty, QStringLiteral("--office"), QStringLiteral("另一机关")}).code == 0);
    const QByteArray d1 = runCli({QStringLiteral("digest"), f}).out.trimmed();
    const QByteArray d2 = runCli({QStringLiteral("digest"), empty}).out.trimmed();
    CHECK(d1.size() == 64);
    CHECK(d1 == d2); // both hold no business rows
    const QString demo = dir.filePath(QStringLiteral("d.djdb"));
    REQUIRE(runCli({QStringLiteral("demo"), demo}).code == 0);
    CHECK(runCli({QStringLiteral("digest"), demo}).out.trimmed() != d1);
}

TEST_CASE("office trust asks for confirmation unless --yes", "[exchange][cli]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.djdb")), b = dir.filePath(QStringLiteral("b.djdb"));
    REQUIRE(runCli({QStringLiteral("init"), a, QStringLiteral("--office"), QStringLiteral("甲机关")}).code == 0);
    REQUIRE(runCli({QStringLiteral("init"), b, QStringLiteral("--office"), QStringLiteral("乙机关")}).code == 0);
    const QString key = dir.filePath(QStringLiteral("b.djkey"));
    REQUIRE(runCli({QStringLiteral("office"), QStringLiteral("export-key"), b, QStringLiteral("--out"), key}).code == 0);
    // Without saying what it speaks for: refused with a line that says so.
    CliRun r = runCli({QStringLiteral("office"), QStringLiteral("trust"), a, QStringLiteral("--key"), key, QStringLiteral("--yes")});
    CHECK(r.code == 2);
    CHECK(r.err.contains("--speaks-for"));
    CHECK(r.err.count('\n') == 1);
    const QString scope = QStringLiteral("--speaks-for"), department = QStringLiteral("department");
    // No confirmation on stdin: nothing is trusted.
    r = runCli({QStringLiteral("office"), QStringLiteral("trust"), a, QStringLiteral("--key"), key, scope, department});
    CHECK(r.code == 4);
    CHECK(r.err.contains("Not confirmed"));
    CHECK(runCli({QStringLiteral("office"), QStringLiteral("peers"), a}).out.trimmed().isEmpty());
    r = runCli({QStringLiteral("office"), QStringLiteral("trust"), a, QStringLiteral("--key"), key, scope, department}, "no\n");
    CHECK(r.code == 4);
    r = runCli({QStringLiteral("office"), QStringLiteral("trust"), a, QStringLiteral("--key"), key, scope, department}, "yes\n");
    CHECK(r.code == 0);
    r = runCli({QStringLiteral("office"), QStringLiteral("trust"), a, QStringLiteral("--key"), key, scope, department,
                QStringLiteral("--yes")});
    CHECK(r.code == 0);
    const QByteArray peers = runCli({QStringLiteral("office"), QStringLiteral("peers"), a}).out;
    CHECK(peers.contains("乙机关"));
    CHECK(peers.contains("trusted"));
}
