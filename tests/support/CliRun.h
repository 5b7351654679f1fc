#pragma once

#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

// Runs dangjian-cli (DJ_CLI) as a user would, in the C locale and with DJ_LANG=en so messages
// are the English source text (what it writes for others stays Chinese); what it printed and
// its exit code. `extraEnv` may set DJ_LANG otherwise.
struct CliRun
{
    int code = -1;
    bool crashed = false; // killed (a crash point) rather than exited
    QByteArray out;
    QByteArray err;
};

// `input` is what the user types on stdin; stdin is closed after it (no command waits).
// `env` adds NAME=VALUE variables (crash points).
inline CliRun runCli(const QStringList &args, const QByteArray &input = {}, const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("DJ_LANG"), QStringLiteral("en"));
    for (const QString &e : extraEnv)
        env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DJ_CLI), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, p.readAllStandardOutput(), p.readAllStandardError()};
}
