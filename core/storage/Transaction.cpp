#include "Transaction.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dj {

namespace {
void run(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        throw storageError(q.lastError().nativeErrorCode().toInt(), QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
}
QString savepoint(int level) { return QStringLiteral("dj_sp%1").arg(level); }
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = db.transactionDepth();
    run(db, m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                         : QStringLiteral("SAVEPOINT ") + savepoint(m_level));
    ++db.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.transactionDepth();
    QSqlQuery q(m_db.sql());
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
        q.exec(QStringLiteral("RELEASE ") + savepoint(m_level));
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    run(m_db, m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(m_level));
    m_done = true;
    --m_db.transactionDepth();
}

} // namespace dj
