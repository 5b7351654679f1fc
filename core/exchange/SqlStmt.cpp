#include "SqlStmt.h"

#include "common/Error.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

namespace dj {

SqlStmt::SqlStmt(sqlite3 *db, const QByteArray &sql) : m_db(db), m_sql(sql)
{
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail();
}

SqlStmt::~SqlStmt() { sqlite3_finalize(m_stmt); }

void SqlStmt::fail() const
{
    throw storageError(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

SqlStmt &SqlStmt::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
    return *this;
}

SqlStmt &SqlStmt::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail();
    return *this;
}

SqlStmt &SqlStmt::bindBlob(int index, const QByteArray &bytes)
{
    if (sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
    return *this;
}

SqlStmt &SqlStmt::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail();
    return *this;
}

bool SqlStmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail();
}

int SqlStmt::exec()
{
    while (step()) {
    }
    return sqlite3_changes(m_db);
}

void SqlStmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqlStmt::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqlStmt::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

QByteArray SqlStmt::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool SqlStmt::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

int SqlStmt::columnCount() const { return sqlite3_column_count(m_stmt); }

void SqlStmt::run(sqlite3 *db, const QByteArray &sql)
{
    char *err = nullptr;
    if (const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err); rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
        throw storageError(rc, msg);
    }
}

qint64 SqlStmt::scalar(sqlite3 *db, const QByteArray &sql)
{
    SqlStmt s(db, sql);
    return s.step() ? s.int64(0) : 0;
}

QByteArray quoteIdent(const QString &name)
{
    QByteArray q = name.toUtf8();
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

} // namespace dj
