#pragma once

// The yearly-assessment fixture of 12 branches (tests/fixtures/assess/e2e, see its README)
// loaded into a data file through the CLI, as a user would: for the assess and print tests.
#include "CliRun.h"

#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace assessfixture {

inline QString fixture(const char *name)
{
    return QStringLiteral(DJ_FIXTURES "/assess/e2e/") + QLatin1String(name);
}

// Runs the CLI and requires success, showing what it printed otherwise.
inline CliRun ok(const QStringList &a)
{
    CliRun r = runCli(a);
    INFO(a.join(QLatin1Char(' ')).toStdString() << "\n"
                                                << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

// A file with the fixture's organisations, scheme and all its sheets loaded for 2025.
inline QString loadedFile(const QTemporaryDir &dir)
{
    const QString f = dir.filePath(QStringLiteral("e2e.djdb"));
    const QString y = QStringLiteral("2025");
    ok({QStringLiteral("init"), f, QStringLiteral("--office"), QStringLiteral("测试机关")});
    ok({QStringLiteral("import-orgs"), f, QStringLiteral("--from"), fixture("orgs.csv")});
    ok({QStringLiteral("scheme"), QStringLiteral("import"), f, QStringLiteral("--from"),
        fixture("scheme.csv"), QStringLiteral("--name"), QStringLiteral("测试方案")});
    ok({QStringLiteral("assess"), QStringLiteral("create"), f, QStringLiteral("--year"), y,
        QStringLiteral("--scheme"), QStringLiteral("测试方案"), QStringLiteral("--weights"),
        QStringLiteral("50,30,20")});
    ok({QStringLiteral("assess"), QStringLiteral("load"), f, QStringLiteral("--year"), y,
        QStringLiteral("--daily"), fixture("daily_review.csv"), QStringLiteral("--party-group"),
        fixture("party_group.csv"), QStringLiteral("--ballots"), fixture("ballots.csv")});
    ok({QStringLiteral("assess"), QStringLiteral("load"), f, QStringLiteral("--year"), y,
        QStringLiteral("--daily"), fixture("daily_self.csv"), QStringLiteral("--stage"),
        QStringLiteral("self")});
    ok({QStringLiteral("assess"), QStringLiteral("load"), f, QStringLiteral("--year"), y,
        QStringLiteral("--ballots"), fixture("ballots_second.csv"), QStringLiteral("--entry"),
        QStringLiteral("2")});
    return f;
}

// loadedFile with what it lacks entered too (ZB12's 党组评价, the reviews of 8 self-assessed
// values): nothing is missing, so the year can be sealed (at the threshold grading).
inline QString completeFile(const QTemporaryDir &dir)
{
    const QString f = loadedFile(dir);
    ok({QStringLiteral("assess"), QStringLiteral("load"), f, QStringLiteral("--year"), QStringLiteral("2025"),
        QStringLiteral("--daily"), fixture("daily_review_rest.csv"), QStringLiteral("--party-group"),
        fixture("party_group_rest.csv")});
    return f;
}

} // namespace assessfixture
