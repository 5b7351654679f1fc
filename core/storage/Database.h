#pragma once

#include "access/UserSession.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

struct sqlite3;

namespace dj {

// One open data file (.djdb): a SQLite database with our application_id, migrated to the
// current schema, with the pragmas every connection needs. One Database per thread.
// Every failure is thrown as dj::Error with a message a user can act on.
class Database
{
public:
    static constexpr int ApplicationId = 0x444A4442; // "DJDB"
    static constexpr int BusyTimeoutMs = 5000;

    // Creates a new data file for an office; refuses to touch an existing file.
    static std::unique_ptr<Database> create(const QString &path, const QString &officeName);
    // Removes a data file with its -wal, -shm and -journal companions (a file that could not
    // be made whole); it must be closed.
    static void removeFiles(const QString &path);
    // Opens an existing file, migrating it (after a backup copy) when it is older.
    static std::unique_ptr<Database> open(const QString &path);
    // Opens without changing anything and without migrating (check, info, listings). A write
    // cut short by a crash or a failing disk is rolled back first, as any opening would.
    static std::unique_ptr<Database> openReadOnly(const QString &path);
    // Opens a copy (a backup being verified) read-only without asking for a sign-in: only
    // for checking that it is whole and whose it is; its session may read nothing else.
    static std::unique_ptr<Database> openCopyToVerify(const QString &path);
    // Opens for signing in only: no session, nothing installed on the connection
    // (core/access/Authenticator checks a password and counts failures through it).
    static std::unique_ptr<Database> openForSignIn(const QString &path);
    // Checks, without writing anything, that `path` is a data file this program can open.
    // Returns the schema version; throws dj::Error otherwise.
    static int probe(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connection, false); }
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the copy made before the last migration went; empty when none was needed.
    const QString &migrationBackupPath() const { return m_migrationBackup; }

    // Who works on this file: the account signed in for it (core/access/SignInRegistry), or
    // an unnamed session with every right when the file has no accounts. Opening a file that
    // has accounts without a sign-in throws dj::Error(Kind::SignInRequired).
    const UserSession &user() const { return m_user; }

    QString officeId() const { return m_officeId; }
    QString officeName() const { return m_officeName; }
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // Consistent copy of the whole file through SQLite's backup API, written to a temporary
    // name and renamed, so `dest` is either complete or absent. `progress(done, total)`
    // returning false cancels.
    using Progress = std::function<bool(int done, int total)>;
    void backupTo(const QString &dest, const Progress &progress = {}) const;

    // Runs a script of several statements (migrations, fixtures).
    void execScript(const QByteArray &sql);

    // Transaction nesting, maintained by dj::Transaction.
    int &transactionDepth() { return m_txDepth; }
    bool isReadOnly() const { return m_readOnly; }

private:
    Database() = default;
    void connect(bool create, bool readOnly = false);
    void applyPragmas(bool readOnly);
    void migrate();
    void loadOffice();
    void takeSession();
    void guardConnection();

    QString m_path;
    QString m_connection;
    sqlite3 *m_handle = nullptr;
    int m_schemaVersion = 0;
    int m_txDepth = 0;
    bool m_readOnly = false;
    QString m_migrationBackup;
    QString m_officeId;
    QString m_officeName;
    UserSession m_user;
};

} // namespace dj
