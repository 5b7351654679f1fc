#include "CliRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

CliRun ok(const QStringList &args)
{
    CliRun r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

QByteArray digest(const QString &file) { return ok({s("digest"), file}).out.trimmed(); }

void copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), s("-wal"), s("-shm"), s("-journal")})
        QFile::remove(to + suffix);
    QDir(QFileInfo(to).absoluteDir().filePath(s("backups"))).removeRecursively();
    REQUIRE(QFile::copy(from, to));
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// Office 甲 with the demo department, office 乙 empty and trusting 甲, and 甲's package.
struct TwoOffices
{
    QTemporaryDir dir;
    QString a = dir.filePath(s("a.djdb")), pristine = dir.filePath(s("b0.djdb")), b = dir.filePath(s("b.djdb"));
    QString package = dir.filePath(s("a.djpkg"));
    TwoOffices()
    {
        const QString key = dir.filePath(s("a.djkey"));
        ok({s("demo"), a});
        ok({s("init"), pristine, s("--office"), s("乙")});
        ok({s("office"), s("export-key"), a, s("--out"), key});
        ok({s("office"), s("trust"), pristine, s("--key"), key, s("--speaks-for"), s("department"), s("--yes")});
        ok({s("export"), a, s("--scope"), s("all"), s("--out"), package});
    }
};

} // namespace

TEST_CASE("kill -9 at the named crash points and at 120 moments of an import: the file checks and is all or nothing",
          "[fault][kill]")
{
    TwoOffices t;
    const QByteArray before = digest(t.pristine);
    copyFresh(t.pristine, t.b);
    QElapsedTimer clock;
    clock.start();
    ok({s("import"), t.b, t.package});
    const qint64 duration = clock.elapsed();
    const QByteArray after = digest(t.b);
    REQUIRE(before != after);

    int atBefore = 0, atAfter = 0, finished = 0;
    const auto verify = [&](const char *what) {
        INFO(what);
        ok({s("check"), t.b});
        const QByteArray now = digest(t.b);
        CHECK((now == before || now == after));
        (now == before ? atBefore : atAfter)++;
    };
    for (const char *point : {"import-midway", "import-before-commit", "import-after-commit"}) {
        copyFresh(t.pristine, t.b);
        const CliRun r = runCli({s("import"), t.b, t.package}, {}, {s("DJ_CRASH_POINT=") + QString::fromLatin1(point)});
        CHECK(r.crashed);
        verify(point);
    }
    const int moments = 120;
    for (int i = 0; i < moments; ++i) {
        copyFresh(t.pristine, t.b);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("LANG"), s("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DJ_CLI), {s("import"), t.b, t.package});
        REQUIRE(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(duration * 11 * i / (10 * moments)));
        if (p.state() == QProcess::Running)
            p.kill(); // SIGKILL: no handler, no cleanup, as a power cut
        REQUIRE(p.waitForFinished(60000));
        if (p.exitStatus() == QProcess::NormalExit)
            ++finished;
        verify("a random moment");
    }
    WARN("kill -9: 3 named points and " << moments << " moments over " << duration << " ms; " << atBefore
                                        << " left the file as before, " << atAfter << " as after; " << finished
                                        << " imports finished before the kill");
    CHECK(atBefore > 0);
}

namespace {

// Runs the CLI with at most `bytes` per written file, as a full disk or USB stick would
// allow; SIGXFSZ ignored so the write fails with an error instead of killing the program.
CliRun withFileLimit(const QStringList &args, rlim_t bytes)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("LANG"), s("C.UTF-8"));
    env.insert(s("LC_ALL"), s("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(QStringLiteral(DJ_CLI), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST_CASE("a full disk during export and backup: nothing at the destination, the file unchanged, a clear message",
          "[fault][full]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(s("a.djdb"));
    ok({s("demo"), a});
    ok({s("check"), a});
    const QByteArray before = digest(a);
    const QString out = dir.filePath(s("out"));
    QDir().mkpath(out);

    for (const rlim_t limit : {rlim_t(64 * 1024), rlim_t(1024 * 1024), rlim_t(4 * 1024 * 1024)}) {
        INFO("file size limit " << limit);
        CliRun r = withFileLimit({s("export"), a, s("--scope"), s("all"), s("--out"), out + s("/a.djpkg")}, limit);
        CHECK(r.code == 5);
        CHECK_FALSE(r.crashed);
        CHECK(r.err.count('\n') == 1);
        CHECK((r.err.contains("disk") || r.err.contains("failed")));
        CHECK(QDir(out).entryList(QDir::Files).isEmpty());

        r = withFileLimit({s("backup"), a, s("--out"), out}, limit);
        CHECK(r.code == 5);
        CHECK(r.err.count('\n') == 1);
        CHECK(QDir(out).entryList(QDir::Files).isEmpty());

        ok({s("check"), a});
        CHECK(digest(a) == before);
    }
    // With room, both work.
    ok({s("export"), a, s("--scope"), s("all"), s("--out"), out + s("/a.djpkg")});
    ok({s("backup"), a, s("--out"), out});
}

TEST_CASE("two programs writing to one file at once: every transaction of both is kept", "[fault][concurrent]")
{
    QTemporaryDir dir;
    const QString f = dir.filePath(s("shared.djdb"));
    ok({s("init"), f, s("--department"), s("市测试局"), s("--code"), s("CS"), s("--no-templates")});
    ok({s("import-orgs"), f, s("--from"), s(DJ_FIXTURES "/assess/e2e/orgs.csv")});
    const int each = 150;
    QProcess one, two;
    one.start(QStringLiteral(DJ_WRITER), {f, s("甲"), QString::number(each)});
    two.start(QStringLiteral(DJ_WRITER), {f, s("乙"), QString::number(each)});
    REQUIRE(one.waitForFinished(120000));
    REQUIRE(two.waitForFinished(120000));
    INFO(one.readAllStandardError().toStdString() << two.readAllStandardError().toStdString());
    CHECK(one.exitCode() == 0);
    CHECK(two.exitCode() == 0);
    ok({s("check"), f});
    const CliRun listed = ok({s("person"), s("list"), f, s("--search"), s("-")});
    CHECK(listed.out.count("甲-") == each);
    CHECK(listed.out.count("乙-") == each);
}
