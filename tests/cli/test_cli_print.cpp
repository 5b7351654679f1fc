#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
int cli(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(DJ_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}
} // namespace

TEST_CASE("print writes the roster and the organisation list as PDF", "[cli][print]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.djdb"));
    REQUIRE(cli({QStringLiteral("demo"), db}) == 0);
    const QString roster = dir.filePath(QStringLiteral("roster.pdf"));
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("roster"), QStringLiteral("--org"),
               QStringLiteral("SW-ZB01"), QStringLiteral("--out"), roster}) == 0);
    QFile f(roster);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("orgs"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("orgs.pdf"))}) == 0);
    const QString each = dir.filePath(QStringLiteral("each"));
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("roster"), QStringLiteral("--each-branch"),
               QStringLiteral("--out"), each}) == 0);
    CHECK(QFile::exists(each + QStringLiteral("/SW-ZB01.pdf")));
    QByteArray err;
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("ballots"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("x.pdf"))}, &err) == 2);
    CHECK(cli({QStringLiteral("print"), db, QStringLiteral("--report"), QStringLiteral("roster"), QStringLiteral("--org"),
               QStringLiteral("NOPE"), QStringLiteral("--out"), dir.filePath(QStringLiteral("y.pdf"))}, &err) == 3);
    CHECK(err.contains("NOPE"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("y.pdf"))));
}
