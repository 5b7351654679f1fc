#include "Tombstone.h"

#include "Query.h"
#include "Transaction.h"
#include "common/Clock.h"
#include "common/Error.h"

namespace dj {

bool setTombstone(Database &db, const char *table, const QString &id, bool deleted)
{
    Query q(db, QStringLiteral("UPDATE %1 SET version = version + 1, updated_at = :now, deleted = :d "
                               "WHERE id = :id AND deleted = :was")
                    .arg(QLatin1String(table)));
    q.bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":d"), deleted ? 1 : 0)
        .bind(QStringLiteral(":was"), deleted ? 0 : 1)
        .bind(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() == 1;
}

void tombstoneOrThrow(Database &db, const char *table, const QString &id, bool deleted,
                      const QString &goneMessage)
{
    Transaction tx(db);
    if (!setTombstone(db, table, id, deleted))
        throw Error(Error::Kind::NotFound, goneMessage);
    tx.commit();
}

} // namespace dj
