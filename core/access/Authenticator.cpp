#include "Authenticator.h"

#include "AccountRepository.h"
#include "OfficeKeyVault.h"
#include "Permission.h"
#include "PasswordHash.h"
#include "SignInRegistry.h"
#include "audit/AuditEvent.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::Authenticator)
};

// Sign-ins, refused ones too, go into the audit log (the sign-in connection gets the trail
// only for this: it opens with nothing installed).
void recordSignIn(Database &db, AuditEvent::Kind kind, const QString &account)
{
    AuditTrail::install(db);
    AuditEvent::record(db, kind, account);
}

// A hash of a random password nobody knows, made with the settings PasswordHash::make uses
// (Argon2id, 64 MiB, 2 passes): checked against when the name is unknown. A constant, so
// even the first refusal in a process costs one Argon2 run, not two.
const char kNobodysHash[] = "$argon2id$v=19$m=65536,t=2,p=1$0fe7UkTYScWWF2N2ztVG6g$8kBvzrRzKfadsEVNP9d8ExoJSC67JCtJbCQYC7svTJk";

[[noreturn]] void wrongNameOrPassword()
{
    // The same words for an unknown name and a wrong password: nobody learns which names exist.
    throw Error(Error::Kind::Denied, Tr::tr("The user name or the password is wrong."));
}

} // namespace

int Authenticator::waitSecs(int failedCount)
{
    if (failedCount < LockoutAfter)
        return 0;
    const int doublings = qMin(failedCount - LockoutAfter, 10);
    return qMin(FirstWaitSecs << doublings, LongestWaitSecs);
}

UserSession Authenticator::signIn(const QString &path, const QString &name, const QString &password)
{
    auto db = Database::openForSignIn(path);
    if (!AccountRepository::enabled(*db))
        throw Error(Error::Kind::Invalid, Tr::tr("This file has no accounts: nobody needs to sign in."));
    UserSession s;
    QString hash;
    bool known = false, disabled = false;
    int failed = 0;
    {
        // The try is counted as a failure before the password is looked at, in the write
        // transaction that reads the count: sign-ins running side by side (several command
        // lines at once) each see the others' tries, so together they get no more guesses than
        // LockoutAfter before the wait. A right password takes the count back below.
        Transaction tx(*db);
        Query q(*db, QStringLiteral("SELECT name, display_name, role, coalesce(scope_org_id, ''), password_hash, "
                                    "disabled, failed_count, coalesce(last_failed_at, '') FROM account WHERE name = :n"));
        q.bind(QStringLiteral(":n"), name.trimmed()).exec();
        if (q.next()) {
            known = true;
            s.user = q.text(0);
            s.displayName = q.text(1).isEmpty() ? s.user : q.text(1);
            s.role = roleFromKey(q.text(2));
            s.scopeOrgId = q.text(3);
            s.signedIn = true;
            hash = q.text(4);
            disabled = q.integer(5) != 0;
            failed = q.integer(6);
            const QDateTime lastFailed = QDateTime::fromString(q.text(7), Qt::ISODateWithMs);
            if (const int wait = waitSecs(failed); wait > 0 && lastFailed.isValid()) {
                const qint64 left = Clock::now().secsTo(lastFailed.addSecs(wait));
                if (left > 0)
                    throw Error(Error::Kind::Denied,
                                Tr::tr("Too many wrong passwords for \"%1\": try again in %2 seconds.").arg(s.user).arg(left));
            }
            if (!disabled)
                Query(*db, QStringLiteral("UPDATE account SET failed_count = failed_count + 1, last_failed_at = :t "
                                          "WHERE name = :n"))
                    .bind(QStringLiteral(":t"), Clock::stamp())
                    .bind(QStringLiteral(":n"), s.user)
                    .exec();
        }
        tx.commit();
    }
    // The same Argon2 work for an unknown name and a disabled account as for a wrong password:
    // how long the refusal takes tells nobody which names exist.
    const bool matches = PasswordHash::matches(known ? hash : QString::fromLatin1(kNobodysHash), password);
    if (!known || disabled || !matches) {
        recordSignIn(*db, AuditEvent::Kind::SignInFailed, known ? s.user : name.trimmed().left(64));
        wrongNameOrPassword();
    }
    const bool rehash = PasswordHash::needsRehash(hash);
    const QString fresh = rehash ? PasswordHash::make(password) : hash;
    {
        Transaction tx(*db);
        Query(*db, QStringLiteral("UPDATE account SET failed_count = 0, last_failed_at = NULL, password_hash = :h "
                                  "WHERE name = :n"))
            .bind(QStringLiteral(":h"), fresh)
            .bind(QStringLiteral(":n"), s.user)
            .exec();
        tx.commit();
    }
    SignInRegistry::set(path, s);
    // An account allowed to export gets the office key into memory, unwrapped with its password.
    if (allowed(s, Permission::CopyAllData))
        OfficeKeyVault::unlock(*db, path, s.user, password, s.isAdmin());
    recordSignIn(*db, AuditEvent::Kind::SignIn, s.user);
    return s;
}

void Authenticator::signOut(const QString &path) { SignInRegistry::forget(path); }

} // namespace dj
