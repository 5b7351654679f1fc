#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace dj {

// A prepared statement on the raw SQLite handle, for exchange work that moves many rows and
// must keep every value exactly as stored (REAL bits, BLOB bytes). Errors throw dj::Error.
class SqlStmt
{
public:
    SqlStmt(sqlite3 *db, const QByteArray &sql);
    ~SqlStmt();
    SqlStmt(const SqlStmt &) = delete;
    SqlStmt &operator=(const SqlStmt &) = delete;

    SqlStmt &bind(int index, const QString &text);
    SqlStmt &bind(int index, qint64 value);
    SqlStmt &bindBlob(int index, const QByteArray &bytes);
    SqlStmt &bindNull(int index);
    // Steps once: true while a row is ready.
    bool step();
    // Runs to completion; returns sqlite3_changes().
    int exec();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    sqlite3_stmt *handle() const { return m_stmt; }

    // Runs a statement without results (DDL, pragmas, BEGIN/COMMIT).
    static void run(sqlite3 *db, const QByteArray &sql);
    static qint64 scalar(sqlite3 *db, const QByteArray &sql);

private:
    [[noreturn]] void fail() const;
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
};

// Quotes an SQL identifier (a table or column name from our own schema, never user text).
QByteArray quoteIdent(const QString &name);

} // namespace dj
