// Issue 18 item 7 from the command line: the 审核 stage, grade decisions, seal/reopen are the
// department's; a branch account enters its 自评 only, and --by cannot name anyone else once
// the file has accounts.
#include "AssessFixture.h"
#include "CliRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

using assessfixture::completeFile;
using assessfixture::ok;

QString s(const char *text) { return QString::fromUtf8(text); }

QStringList as(const char *user)
{
    return {s("DJ_USER=") + s(user), s("DJ_PASSWORD=long-enough-1")};
}

void addAccount(const QString &file, const char *name, const char *role, const QStringList &signIn,
                const char *org = nullptr)
{
    QStringList args{s("account"), s("add"), file, s("--name"), s(name), s("--role"), s(role)};
    if (org)
        args << s("--org") << s(org);
    const CliRun r = runCli(args, {}, signIn + QStringList{s("DJ_NEW_PASSWORD=long-enough-1")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

QString sheet(const QTemporaryDir &dir, const char *name, const char *rows)
{
    const QString path = dir.filePath(s(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("组织编码,指标编号,数值,说明\n") + rows);
    return path;
}

} // namespace

TEST_CASE("a branch account cannot review-score itself, decide grades, seal or reopen", "[assess][cli][access]")
{
    QTemporaryDir dir;
    const QString f = completeFile(dir);
    addAccount(f, "admin", "admin", {});
    addAccount(f, "jiguan", "committee", as("admin"));
    addAccount(f, "zb01", "branch", as("admin"), "ZB01");
    const QStringList year{s("--year"), s("2025")};
    const QString review = sheet(dir, "review.csv", "ZB01,A01,10,自己审核\n");
    const QString self = sheet(dir, "self.csv", "ZB01,A01,9,自评改\n");

    // The 审核 of its own organisation is refused, by option or by default (review is the default).
    CliRun r = runCli(QStringList{s("assess"), s("load"), f} + year + QStringList{s("--daily"), review, s("--stage"), s("review")},
                      {}, as("zb01"));
    CHECK(r.code == 6);
    CHECK(r.err.contains("Only an administrator or the organ party committee may review scores"));
    CHECK(r.err.count('\n') == 1);
    CHECK(runCli(QStringList{s("assess"), s("load"), f} + year + QStringList{s("--daily"), review}, {}, as("zb01")).code == 6);
    // Its 自评 it enters; --by naming somebody else is refused, its own name passes.
    r = runCli(QStringList{s("assess"), s("load"), f} + year + QStringList{s("--daily"), self, s("--stage"), s("self"), s("--by"), s("书记张三")},
               {}, as("zb01"));
    CHECK(r.code == 6);
    CHECK(r.err.contains("leave out --by"));
    r = runCli(QStringList{s("assess"), s("load"), f} + year + QStringList{s("--daily"), self, s("--stage"), s("self"), s("--by"), s("zb01")},
               {}, as("zb01"));
    INFO(r.err.toStdString());
    CHECK(r.code == 0);

    // Grade decisions, sealing and reopening: refused for the branch, done by the 机关党委.
    r = runCli(QStringList{s("assess"), s("decide"), f} + year + QStringList{s("--org"), s("ZB01"), s("--grade"), s("好")}, {},
               as("zb01"));
    CHECK(r.code == 6);
    CHECK(r.err.contains("decide grades"));
    r = runCli(QStringList{s("assess"), s("seal"), f} + year, {}, as("zb01"));
    CHECK(r.code == 6);
    CHECK(r.err.contains("seal or reopen"));
    r = runCli(QStringList{s("assess"), s("seal"), f} + year + QStringList{s("--by"), s("别人")}, {}, as("jiguan"));
    CHECK(r.code == 6); // the committee too records itself, not a name given
    r = runCli(QStringList{s("assess"), s("seal"), f} + year, {}, as("jiguan"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = runCli(QStringList{s("assess"), s("reopen"), f} + year + QStringList{s("--reason"), s("自己想改")}, {}, as("zb01"));
    CHECK(r.code == 6);
    CHECK(runCli(QStringList{s("assess"), s("reopen"), f} + year + QStringList{s("--reason"), s("复核")}, {}, as("jiguan")).code == 0);
}
