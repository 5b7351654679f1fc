// Issue 18 item 4 from the command line: every file dangjian-cli writes is the user's alone
// (0600, folders 0700) whatever the shell's umask; a file whose account table was emptied
// behind the program's back is refused in one line; a package passphrase is at least 8
// characters in core, not only in the window.
#include "CliRun.h"
#include "Tamper.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

#ifdef Q_OS_UNIX
int modeOf(const QString &path)
{
    struct stat st;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}
#endif

QString textFile(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    const QString path = dir.filePath(s(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

} // namespace

TEST_CASE("everything the command line writes is readable by its user only", "[cli][private-files]")
{
#ifdef Q_OS_UNIX
    const mode_t old = ::umask(022); // the usual shell: files 0644, folders 0755
    QTemporaryDir dir;
    const QString file = dir.filePath(s("机关.djdb"));
    REQUIRE(runCli({s("demo"), file}).code == 0);
    REQUIRE(runCli({s("backup"), file}).code == 0);
    const QString pass = textFile(dir, "pass.txt", "long enough passphrase");
    const QString out = dir.filePath(s("out"));
    REQUIRE(QDir().mkpath(out));
    QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // only what we write is judged
    QList<QStringList> writes = {
        {s("export"), file, s("--scope"), s("all"), s("--passphrase-file"), pass, s("--out"), out + s("/p.djpkg")},
        {s("export-table"), file, s("--table"), s("people"), s("--out"), out + s("/people.xlsx")},
        {s("export-table"), file, s("--table"), s("orgs"), s("--out"), out + s("/orgs.csv")},
        {s("office"), s("export-key"), file, s("--out"), out + s("/k.djkey")},
        {s("backup"), file, s("--out"), out + s("/copies")},
    };
    if (runCli({s("--help")}).out.contains("print FILE")) // built with the printed forms
        writes << QStringList{s("print"), file, s("--report"), s("roster"), s("--out"), out + s("/roster.pdf")};
    for (const QStringList &args : writes) {
        const CliRun r = runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 0);
    }
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == pass || path == out)
            continue; // made by this test, not by the program
        INFO(path.toStdString());
        CHECK((modeOf(path) & 077) == 0);
        ++files;
    }
    CHECK(files >= 8);
    ::umask(old);
#endif
}

TEST_CASE("a file whose accounts were deleted with sqlite3 is refused in one line", "[cli][access][accounts-were-on]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("机关.djdb"));
    REQUIRE(runCli({s("demo"), file}).code == 0);
    REQUIRE(runCli({s("account"), s("add"), file, s("--name"), s("admin"), s("--role"), s("admin")}, {},
                   {s("DJ_NEW_PASSWORD=long-enough-1")})
                .code == 0);
    tamper(file, "DELETE FROM account");
    for (const char *command : {"info", "check"}) {
        const CliRun r = runCli({s(command), file});
        INFO(command << ": " << r.err.toStdString());
        CHECK(r.code == 3);
        CHECK(r.err.contains("had accounts, but its account table is empty"));
        CHECK(r.err.count('\n') == 1);
    }
}

TEST_CASE("a package passphrase shorter than 8 characters is refused by the command line too", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(s("机关.djdb"));
    REQUIRE(runCli({s("demo"), file}).code == 0);
    const QString shortPass = textFile(dir, "short.txt", "口令1234");
    const QString out = dir.filePath(s("p.djpkg"));
    const CliRun r = runCli({s("export"), file, s("--scope"), s("schemes"), s("--passphrase-file"), shortPass, s("--out"), out});
    CHECK(r.code == 4);
    CHECK(r.err.contains("at least 8 characters"));
    CHECK_FALSE(QFile::exists(out));
    CHECK(runCli({s("export"), file, s("--scope"), s("schemes"), s("--passphrase-file"),
                  textFile(dir, "ok.txt", "口令12345678"), s("--out"), out})
              .code == 0);
}
