#pragma once

#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

// Runs dangjian-cli (DJ_CLI) as a user would, in the C locale so messages are the English
// source text; what it printed and its exit code.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// `input` is what the user types on stdin; stdin is closed after it (no command waits).
inline CliRun runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DJ_CLI), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
