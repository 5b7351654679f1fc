// `init --department`: a department's file as the welcome dialog makes it, for batch set-up.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

TEST_CASE("init --department makes the 党组, the 机关党委, the scheme and the templates", "[cli][init]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dept.djdb"));
    const CliRun r = runCli({QStringLiteral("init"), file, QStringLiteral("--department"), QStringLiteral("市商务局"),
                             QStringLiteral("--code"), QStringLiteral("SW")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("市商务局机关党委"));
    CHECK(r.out.contains("key "));
    const CliRun orgs = runCli({QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--json")});
    REQUIRE(orgs.code == 0);
    const QJsonArray list = QJsonDocument::fromJson(orgs.out).array();
    REQUIRE(list.size() == 2);
    const CliRun schemes = runCli({QStringLiteral("scheme"), QStringLiteral("list"), file});
    CHECK(schemes.code == 0);
    CHECK_FALSE(schemes.out.trimmed().isEmpty());
}

TEST_CASE("init --department refuses bad input in one line and leaves no file", "[cli][init]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dept.djdb"));
    struct Case { QStringList extra; int code; const char *says; };
    for (const Case &c : {Case{{QStringLiteral("--code"), QStringLiteral("SW")}, 4, "name"},
                          Case{{QStringLiteral("--department"), QStringLiteral("市商务局")}, 4, "code"},
                          Case{{QStringLiteral("--department"), QStringLiteral("市商务局"), QStringLiteral("--code"),
                                QStringLiteral("SW"), QStringLiteral("--speaks-for"), QStringLiteral("branch")}, 2,
                               "speaks-for"}}) {
        QStringList args{QStringLiteral("init"), file};
        if (!c.extra.contains(QStringLiteral("--department")))
            args << QStringLiteral("--department") << QString();
        args << c.extra;
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = runCli(args);
        CHECK(r.code == c.code);
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains(c.says));
        CHECK_FALSE(QFile::exists(file));
    }
}
