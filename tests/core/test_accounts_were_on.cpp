// Issue 18 item 4 and the low items of sign-in: a file that had accounts never opens without a
// sign-in because its account table was emptied; the data file and its copies are the user's
// alone; failures are counted before the password is checked; an unknown name costs the same
// Argon2 work as a wrong password.
#include "SmallTree.h"
#include "Tamper.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "audit/AuditedRestore.h"
#include "common/Error.h"
#include "storage/BackupStore.h"
#include "storage/PrivateFiles.h"
#include "storage/Query.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <atomic>
#include <limits>
#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

const QString pw = QStringLiteral("正确的密码-2026");

dj::Account account(const QString &name, dj::Role role, const QString &scope = {})
{
    dj::Account a;
    a.name = name;
    a.role = role;
    a.scopeOrgId = scope;
    return a;
}

// A small tree with an administrator and a branch account, closed, nobody signed in.
struct HadAccounts : SmallTree
{
    qint64 beforeAccounts = 0; // the log's last entry before the first account
    HadAccounts()
    {
        beforeAccounts = dj::Query(*db, QStringLiteral("SELECT max(seq) FROM audit_log")).scalar().toLongLong();
        dj::AccountRepository repo(*db);
        repo.add(account(QStringLiteral("admin"), dj::Role::Admin), pw);
        repo.add(account(QStringLiteral("zhibu"), dj::Role::Branch, branch1), pw);
        db.reset();
    }
    ~HadAccounts() { dj::SignInRegistry::forget(path()); }
    // Opening without a sign-in: the refusal's message, or "opened".
    QString refusal()
    {
        try {
            auto opened = dj::Database::open(path());
            return QStringLiteral("opened");
        } catch (const dj::Error &e) {
            CHECK(e.kind() == dj::Error::Kind::Corrupt);
            return e.message();
        }
    }
};

int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

} // namespace

TEST_CASE("Emptying the account table with another program does not turn sign-in off", "[access][accounts-were-on]")
{
    HadAccounts t;
    dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), pw); // a sign-in in the log
    dj::Authenticator::signOut(t.path());
    tamper(t.path(), "DELETE FROM account");
    const QString why = t.refusal();
    CHECK(why.contains(QStringLiteral("had accounts, but its account table is empty")));
    CHECK(why.contains(QStringLiteral("never removed in Dangjian Desk")));
    CHECK_THROWS_AS(dj::Database::openReadOnly(t.path()), dj::Error);
    // The accounts' own entries cut out of the log as well: the chain still holds the event.
    tamper(t.path(), "DELETE FROM audit_log WHERE table_name = 'account'");
    CHECK(t.refusal().contains(QStringLiteral("sign-in was turned on and never turned off")));
    // And the event too: a sign-in after the last account was removed gives it away.
    tamper(t.path(), "DELETE FROM audit_log WHERE table_name = 'accounts-on'");
    CHECK(t.refusal().contains(QStringLiteral("a sign-in after the last account was removed")));
}

TEST_CASE("Removing the accounts in the program turns sign-in off, in the chain", "[access][accounts-were-on]")
{
    HadAccounts t;
    dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), pw);
    {
        auto db = dj::Database::open(t.path());
        dj::AccountRepository repo(*db);
        repo.remove(QStringLiteral("zhibu"));
        repo.remove(QStringLiteral("admin"));
    }
    dj::Authenticator::signOut(t.path());
    REQUIRE(t.refusal() == QStringLiteral("opened"));
    auto db = dj::Database::open(t.path());
    CHECK_FALSE(db->user().signedIn);
    dj::AuditFilter on, off;
    on.table = QStringLiteral("accounts-on");
    off.table = QStringLiteral("accounts-off");
    CHECK(dj::AuditLog(*db).count(on) == 1);
    CHECK(dj::AuditLog(*db).count(off) == 1);
    CHECK(dj::AuditLog(*db).verify().ok);
}

TEST_CASE("A log cut back to before the accounts is caught by the newest backup copy", "[access][accounts-were-on]")
{
    HadAccounts t;
    dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), pw);
    {
        auto db = dj::Database::open(t.path());
        dj::BackupStore(*db).make(dj::BackupInfo::Reason::Manual);
    }
    dj::Authenticator::signOut(t.path());
    // Everything from the first account on removed, and the head set to the new last entry:
    // the log verifies, and nothing in the file itself says accounts were ever on.
    const QByteArray n = QByteArray::number(t.beforeAccounts);
    tamper(t.path(), "DELETE FROM account; DELETE FROM audit_log WHERE seq > " + n + "; UPDATE audit_head SET seq = " + n +
                         ", chain = (SELECT chain FROM audit_log WHERE seq = " + n + ")");
    const QString why = t.refusal();
    CHECK(why.contains(QStringLiteral("the backup copy")));
    CHECK(why.contains(QStringLiteral("-manual-")));
    CHECK(why.contains(QStringLiteral(".djdb has accounts")));
    // The log emptied and its head set back to a new file's: the same.
    tamper(t.path(), "DELETE FROM audit_log; UPDATE audit_head SET seq = 0, chain = zeroblob(32)");
    CHECK(t.refusal().contains(QStringLiteral(".djdb has accounts")));
    // With the backups gone as well, the office key still rests wrapped for the accounts
    // (OfficeKeyVault): only removing the last account in the program unwraps it.
    QDir(t.path(QStringLiteral("backups"))).removeRecursively();
    CHECK(t.refusal().contains(QStringLiteral("office key is still stored wrapped")));
}

TEST_CASE("Restoring a copy from before the accounts turns sign-in off without a false alarm", "[access][accounts-were-on]")
{
    SmallTree t;
    const dj::BackupInfo early = dj::BackupStore(*t.db).make(dj::BackupInfo::Reason::Manual);
    dj::AccountRepository(*t.db).add(account(QStringLiteral("admin"), dj::Role::Admin), pw);
    t.db.reset();
    t.clock.advanceSecs(60);
    dj::Authenticator::signIn(t.path(), QStringLiteral("admin"), pw);
    {
        auto db = dj::Database::open(t.path());
        dj::AuditedRestore::run(*db, early.path); // its pre-restore copy has the accounts
    }
    dj::Authenticator::signOut(t.path());
    CHECK_NOTHROW(dj::Database::open(t.path()));
}

TEST_CASE("The data file, its journal and its backup copies are the user's alone", "[access][private-files]")
{
#ifdef Q_OS_UNIX
    const mode_t old = ::umask(022); // as a process that never asked for privacy
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.djdb"));
    {
        auto db = dj::Database::create(path, QStringLiteral("测试机关"));
        addOrg(*db, dj::OrgType::PartyGroup, {}, QStringLiteral("党组"), QStringLiteral("DZ"));
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        const dj::BackupInfo copy = dj::BackupStore(*db).make(dj::BackupInfo::Reason::Manual);
        CHECK(modeOf(copy.path) == 0600);
        CHECK(modeOf(dir.filePath(QStringLiteral("backups"))) == 0700);
    }
    // A file an older version left readable by everyone is tightened when opened.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(dir.filePath(QStringLiteral("backups")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                                    QFile::ReadOther | QFile::ExeOther);
    REQUIRE(modeOf(path) == 0644);
    dj::Database::open(path);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(dir.filePath(QStringLiteral("backups"))) == 0700);
    // With the process's mask set, whatever writes a file makes it private.
    dj::PrivateFiles::restrictProcess();
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    CHECK(modeOf(plain.fileName()) == 0600);
    ::umask(old);
#endif
}

TEST_CASE("Sign-ins side by side each count before the password is checked", "[access][lockout]")
{
    HadAccounts t;
    // Six wrong passwords at once, as six command lines started together: only
    // LockoutAfter of them get as far as the password, the rest are told to wait.
    constexpr int tries = 6;
    std::atomic<int> wrong{0}, waited{0};
    QMutex otherLock;
    QStringList other; // anything else, e.g. the file busy beyond the timeout on a loaded machine
    QList<QThread *> threads;
    for (int i = 0; i < tries; ++i)
        threads << QThread::create([&] {
            try {
                dj::Authenticator::signIn(t.path(), QStringLiteral("zhibu"), QStringLiteral("wrong-password"));
            } catch (const dj::Error &e) {
                if (e.message().contains(QStringLiteral("try again in")))
                    ++waited;
                else if (e.message().contains(QStringLiteral("password is wrong")))
                    ++wrong;
                else {
                    QMutexLocker lock(&otherLock);
                    other << e.message();
                }
            }
        });
    for (QThread *th : threads)
        th->start();
    for (QThread *th : threads) {
        th->wait();
        delete th;
    }
    INFO(other.join(QLatin1Char('\n')).toStdString());
    // Never more than LockoutAfter reach the password check (all six did before the fix).
    CHECK(wrong <= dj::Authenticator::LockoutAfter);
    CHECK(wrong + waited + int(other.size()) == tries);
    CHECK(waited >= tries - dj::Authenticator::LockoutAfter - int(other.size()));
    // The count was taken before each check, in the same write transaction as its reading.
    auto db = dj::Database::openForSignIn(t.path());
    CHECK(dj::Query(*db, QStringLiteral("SELECT failed_count FROM account WHERE name = 'zhibu'")).scalar().toInt() ==
          dj::Authenticator::LockoutAfter);
}

TEST_CASE("An unknown name costs the same Argon2 work as a wrong password", "[access][lockout]")
{
    HadAccounts t;
    {
        auto db = dj::Database::openForSignIn(t.path());
        dj::Query(*db, QStringLiteral("INSERT INTO account(name, display_name, role, password_hash, disabled, created_at) "
                                      "SELECT 'off', '', 'readonly', password_hash, 1, created_at FROM account "
                                      "WHERE name = 'admin'"))
            .exec();
    }
    const auto fastest = [&](const char *name) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 2; ++i) { // two tries each: below the lockout
            QElapsedTimer timer;
            timer.start();
            CHECK_THROWS_WITH(dj::Authenticator::signIn(t.path(), QString::fromLatin1(name), QStringLiteral("wrong-pass")),
                              Catch::Contains("user name or the password is wrong"));
            best = std::min(best, timer.nsecsElapsed());
        }
        return best;
    };
    const qint64 known = fastest("zhibu");
    const qint64 unknown = fastest("nobody");
    const qint64 disabled = fastest("off");
    INFO("known " << known / 1000000 << " ms, unknown " << unknown / 1000000 << " ms, disabled "
                  << disabled / 1000000 << " ms");
    CHECK(unknown * 2 > known);
    CHECK(disabled * 2 > known);
}
