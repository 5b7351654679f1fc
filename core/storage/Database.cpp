#include "Database.h"

#include "access/AccessGuard.h"
#include "access/AccountsWereOn.h"
#include "access/SignInRegistry.h"
#include "access/SignInRequired.h"
#include "audit/AuditReconcile.h"
#include "audit/AuditTrail.h"
#include "exchange/OfficeIdentity.h"

#include "BackupStore.h"
#include "Migrations.h"
#include "PrivateFiles.h"
#include "StorageError.h"
#include "Query.h"
#include "Transaction.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/NameOrder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <filesystem>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::Database)
};

QString nativeName(const QString &path) { return QFileInfo(path).fileName(); }

// Opens `path` read-only with the raw API, so probing never creates or changes anything.
struct RawReadOnly
{
    sqlite3 *db = nullptr;
    explicit RawReadOnly(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        // Another program writing the file at this moment (a checkpoint, its WAL index being
        // rebuilt) is waited for, as every other connection waits: busy is not damaged.
        sqlite3_busy_timeout(db, Database::BusyTimeoutMs);
    }
    ~RawReadOnly() { sqlite3_close_v2(db); }
    // Runs `sql`, returns the first integer; on error sets `rc`.
    int pragmaInt(const char *sql, int &rc) const
    {
        sqlite3_stmt *st = nullptr;
        rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        int value = 0;
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                value = sqlite3_column_int(st, 0);
                rc = SQLITE_OK;
            } else if (rc == SQLITE_DONE) {
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(st);
        return value;
    }
};

// A write cut short (a crash, a full or failing disk) leaves a hot journal or an unrecovered
// WAL that a read-only connection may not replay. Any opening would finish it, restoring the
// last committed state and nothing else; do that first, so checking a file after a crash
// reports the file, not the interruption. Failures are left to the reading that follows.
void finishInterruptedWrite(const QString &path)
{
    if (!QFileInfo::exists(path + QStringLiteral("-journal")) && !QFileInfo::exists(path + QStringLiteral("-wal")))
        return;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, Database::BusyTimeoutMs);
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(db);
}

[[noreturn]] void throwCorrupt(const QString &path, int rc, const QString &detail)
{
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        throw Error(Error::Kind::Storage, Tr::tr("%1 is being written by another program and stayed busy: try again "
                                                 "in a moment.").arg(nativeName(path)));
    throw Error(Error::Kind::Corrupt,
                Tr::tr("%1 is damaged and cannot be opened (%2). Restore it from a backup copy.")
                    .arg(nativeName(path), detail));
}

} // namespace

int Database::probe(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        throw Error(Error::Kind::NotFound, Tr::tr("File not found: %1").arg(path));
    if (!fi.isFile())
        throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is not a file.").arg(path));

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Storage, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw Error(Error::Kind::NotOurFile,
                    Tr::tr("%1 is not a Dangjian Desk data file.").arg(nativeName(path)));

    finishInterruptedWrite(path);
    RawReadOnly raw(path);
    int rc = SQLITE_OK;
    const int appId = raw.pragmaInt("PRAGMA application_id", rc);
    if (rc != SQLITE_OK)
        throwCorrupt(path, rc, QString::fromUtf8(sqlite3_errstr(rc)));
    if (appId != ApplicationId)
        throw Error(Error::Kind::NotOurFile,
                    Tr::tr("%1 is a SQLite database but not a Dangjian Desk data file.")
                        .arg(nativeName(path)));
    const int version = raw.pragmaInt("PRAGMA user_version", rc);
    if (rc != SQLITE_OK)
        throwCorrupt(path, rc, QString::fromUtf8(sqlite3_errstr(rc)));
    if (version > Migrations::latestVersion())
        throw Error(Error::Kind::TooNew,
                    Tr::tr("%1 was written by a newer version of Dangjian Desk (data format %2; this "
                       "program reads up to %3). Update the program to open it.")
                        .arg(nativeName(path))
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    // Reading the schema parses every CREATE statement: a damaged catalogue fails here.
    raw.pragmaInt("SELECT count(*) FROM sqlite_schema", rc);
    if (rc != SQLITE_OK)
        throwCorrupt(path, rc, QString::fromUtf8(sqlite3_errmsg(raw.db)));
    return version;
}

std::unique_ptr<Database> Database::create(const QString &path, const QString &officeName)
{
    const QString name = officeName.trimmed();
    if (name.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("The office name must not be empty."));
    if (QFileInfo::exists(path))
        throw Error(Error::Kind::Invalid,
                    Tr::tr("%1 already exists; choose another file name.").arg(path));

    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    try {
        db->connect(true);
        PrivateFiles::tighten(db->m_path); // before anything is written into it
        db->m_user = UserSession::unnamed();
        db->migrate();
        Transaction tx(*db);
        db->setMeta(QStringLiteral("office_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        db->setMeta(QStringLiteral("office_name"), name);
        db->setMeta(QStringLiteral("created_at"), Clock::stamp());
        db->loadOffice();
        OfficeIdentity::ensure(*db); // the signing key is made with the file
        tx.commit();
        db->loadOffice();
        AuditTrail::install(*db);
    } catch (...) {
        const QString p = db->m_path;
        db.reset();
        removeFiles(p);
        throw;
    }
    return db;
}

void Database::removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

std::unique_ptr<Database> Database::open(const QString &path)
{
    const int version = probe(path);
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->connect(false);
    PrivateFiles::tighten(db->m_path); // a file an older version made readable by everyone
    db->m_schemaVersion = version;
    db->takeSession(); // before anything is written, migrations included
    db->migrate();
    db->loadOffice();
    db->guardConnection();
    AuditTrail::install(*db);
    return db;
}

std::unique_ptr<Database> Database::openCopyToVerify(const QString &path)
{
    const int version = probe(path);
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->connect(false, true);
    db->m_schemaVersion = version;
    db->m_user.role = Role::ReadOnly;
    if (version >= 1)
        db->loadOffice();
    return db;
}

std::unique_ptr<Database> Database::openForSignIn(const QString &path)
{
    const int version = probe(path);
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->connect(false);
    db->m_schemaVersion = version;
    db->m_user.role = Role::ReadOnly; // nothing but the sign-in itself goes through it
    return db;
}

std::unique_ptr<Database> Database::openReadOnly(const QString &path)
{
    const int version = probe(path);
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->connect(false, true);
    db->m_schemaVersion = version;
    db->takeSession();
    if (version >= 1)
        db->loadOffice();
    return db;
}

Database::~Database()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void Database::connect(bool create, bool readOnly)
{
    m_readOnly = readOnly;
    m_connection = QStringLiteral("dj-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(m_path);
    // URIs let an export ATTACH its payload through OffsetVfs; m_path is absolute, so it
    // never starts with "file:" and is not read as one.
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_URI").arg(BusyTimeoutMs) +
                        (readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!d.open())
        throw Error(Error::Kind::Storage,
                    Tr::tr("Cannot open %1: %2").arg(m_path, d.lastError().text()));
    const QVariant h = d.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!m_handle)
        throw Error(Error::Kind::Storage, Tr::tr("The SQLite driver gave no handle."));
    // Defensive: a file from elsewhere must not be able to run code through its schema.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    NameOrder::install(m_handle); // people listed by 拼音 / 笔画: ORDER BY dj_name_key(name)
    applyPragmas(readOnly);
    if (create)
        execScript(QByteArrayLiteral("PRAGMA application_id = ") + QByteArray::number(ApplicationId));
}

void Database::applyPragmas(bool readOnly)
{
    execScript(QByteArrayLiteral("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;"));
    if (!readOnly)
        execScript(QByteArrayLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"));
}

void Database::execScript(const QByteArray &sql)
{
    char *err = nullptr;
    if (const int rc = sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, &err); rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(m_handle));
        sqlite3_free(err);
        throw storageError(rc, msg);
    }
}

void Database::migrate()
{
    m_schemaVersion = Query(*this, QStringLiteral("PRAGMA user_version")).scalar().toInt();
    const int latest = Migrations::latestVersion();
    if (m_schemaVersion >= latest)
        return;
    if (m_schemaVersion > 0)
        m_migrationBackup = BackupStore(*this).make(BackupInfo::Reason::Upgrade).path;
    // All steps in one transaction: a failure anywhere (disk full, power cut) leaves the file
    // at its old version, never between two.
    Transaction tx(*this);
    int reached = m_schemaVersion;
    for (const Migration &m : Migrations::all()) {
        if (m.version <= m_schemaVersion)
            continue;
        execScript(m.sql);
        reached = m.version;
    }
    execScript("PRAGMA user_version = " + QByteArray::number(reached));
    // A migrated file must still hold together before anyone works on it.
    Query fk(*this, QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    if (fk.next())
        throw Error(Error::Kind::Corrupt,
                    Tr::tr("Upgrading %1 would break references (table %2), so it was left as it was. A copy made "
                           "before upgrading is %3.")
                        .arg(nativeName(m_path), fk.text(0), m_migrationBackup));
    // The log takes every row over as it stands now, in the same transaction (a failure leaves
    // the old version): a new file's own rows, rows from before the log, and every row an
    // upgrade changed the columns of (a new column changes every digest).
    AuditTrail::install(*this);
    AuditReconcile::baseline(*this);
    tx.commit();
    m_schemaVersion = reached;
}

void Database::takeSession()
{
    const bool accounts =
        m_schemaVersion >= 7 && Query(*this, QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)")).scalar().toBool();
    if (!accounts) {
        // Emptying the account table with another program does not turn sign-in off.
        if (const QString why = AccountsWereOn::evidence(*this); !why.isEmpty())
            throw Error(Error::Kind::Corrupt,
                        Tr::tr("%1 had accounts, but its account table is empty (%2): it was changed outside "
                               "Dangjian Desk and is not opened without a sign-in. Put a backup copy that has the "
                               "accounts in its place (folder %3).")
                            .arg(nativeName(m_path), why,
                                 QDir::toNativeSeparators(QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups")))));
        m_user = UserSession::unnamed();
        return;
    }
    const auto signedIn = SignInRegistry::get(m_path);
    const auto required = [this] {
        return SignInRequired(m_path, Tr::tr("%1 asks for a user name and a password: sign in first.")
                                          .arg(nativeName(m_path)));
    };
    if (!signedIn)
        throw required();
    // The role, scope and name as they are now: a change by an administrator applies at the next
    // opening, and a removed or disabled account is signed out.
    Query q(*this, QStringLiteral("SELECT role, coalesce(scope_org_id, ''), display_name FROM account "
                                  "WHERE name = :n AND disabled = 0"));
    q.bind(QStringLiteral(":n"), signedIn->user).exec();
    if (!q.next()) {
        SignInRegistry::forget(m_path);
        throw required();
    }
    m_user = *signedIn;
    m_user.role = roleFromKey(q.text(0));
    m_user.scopeOrgId = q.text(1);
    if (!q.text(2).isEmpty())
        m_user.displayName = q.text(2);
}

void Database::guardConnection() { AccessGuard::install(*this); }

void Database::loadOffice()
{
    m_officeId = meta(QStringLiteral("office_id"));
    m_officeName = meta(QStringLiteral("office_name"));
    if (m_officeId.isEmpty())
        throwCorrupt(m_path, SQLITE_CORRUPT, Tr::tr("the office record is missing"));
}

QString Database::meta(const QString &key) const
{
    return Query(*this, QStringLiteral("SELECT value FROM local_meta WHERE key = :k"))
        .bind(QStringLiteral(":k"), key)
        .scalar()
        .toString();
}

void Database::setMeta(const QString &key, const QString &value)
{
    Query(*this, QStringLiteral("INSERT INTO local_meta(key, value) VALUES (:k, :v) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), value)
        .exec();
    if (key == QLatin1String("office_name"))
        m_officeName = value;
}

void Database::backupTo(const QString &dest, const Progress &progress) const
{
    const QString tmp = dest + QStringLiteral(".part");
    removeFiles(tmp);
    sqlite3 *out = nullptr;
    int rc = sqlite3_open_v2(tmp.toUtf8().constData(), &out,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString failure;
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(out, "main", m_handle, "main");
        if (!b) {
            failure = QString::fromUtf8(sqlite3_errmsg(out));
        } else {
            do {
                rc = sqlite3_backup_step(b, 256);
                if (progress && !progress(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b),
                                          sqlite3_backup_pagecount(b))) {
                    failure = Tr::tr("cancelled");
                    break;
                }
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            if (failure.isEmpty() && rc != SQLITE_DONE)
                failure = QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_backup_finish(b);
        }
        // The copy is a standalone file: fold its journal back so nothing is left beside it.
        if (failure.isEmpty())
            sqlite3_exec(out, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    } else {
        failure = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close_v2(out);
    PrivateFiles::makePrivate(tmp); // a copy of everything: the owner's alone
    if (failure.isEmpty()) {
        // std::filesystem::rename replaces an existing copy in one step on every platform.
        std::error_code ec;
        std::filesystem::rename(tmp.toStdU16String(), dest.toStdU16String(), ec);
        if (ec)
            failure = QString::fromStdString(ec.message());
    }
    if (!failure.isEmpty()) {
        removeFiles(tmp); // with the journal a failed copy may leave beside it
        throw Error(Error::Kind::Storage, Tr::tr("Copy to %1 failed: %2").arg(dest, failure));
    }
}

} // namespace dj
