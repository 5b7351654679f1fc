#include "TempDb.h"

#include "common/Error.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

using dj::Transaction;

namespace {
QString meta(dj::Database &db) { return db.meta(QStringLiteral("k")); }
} // namespace

TEST_CASE("an uncommitted transaction rolls back", "[transaction]")
{
    TempDb t;
    {
        Transaction tx(*t.db);
        t.db->setMeta(QStringLiteral("k"), QStringLiteral("v"));
    }
    CHECK(meta(*t.db).isEmpty());
    CHECK(t.db->transactionDepth() == 0);
}

TEST_CASE("an exception unwinding through the guard rolls back", "[transaction]")
{
    TempDb t;
    try {
        Transaction tx(*t.db);
        t.db->setMeta(QStringLiteral("k"), QStringLiteral("v"));
        throw dj::Error(dj::Error::Kind::Invalid, QStringLiteral("boom"));
    } catch (const dj::Error &) {
    }
    CHECK(meta(*t.db).isEmpty());
}

TEST_CASE("committed work stays, nested guards are savepoints", "[transaction]")
{
    TempDb t;
    {
        Transaction outer(*t.db);
        t.db->setMeta(QStringLiteral("k"), QStringLiteral("outer"));
        {
            Transaction inner(*t.db);
            t.db->setMeta(QStringLiteral("k"), QStringLiteral("inner"));
        } // inner rolled back to its savepoint
        CHECK(meta(*t.db) == QStringLiteral("outer"));
        {
            Transaction inner(*t.db);
            t.db->setMeta(QStringLiteral("k2"), QStringLiteral("kept"));
            inner.commit();
        }
        outer.commit();
    }
    CHECK(meta(*t.db) == QStringLiteral("outer"));
    CHECK(t.db->meta(QStringLiteral("k2")) == QStringLiteral("kept"));
}

TEST_CASE("the write lock is taken at BEGIN, so a second writer waits or fails at once", "[transaction]")
{
    TempDb t;
    auto second = dj::Database::open(t.path());
    Transaction tx(*t.db);
    // Another connection cannot start writing while the first holds BEGIN IMMEDIATE;
    // with the busy timeout shortened it fails at BEGIN instead of half-way through.
    dj::Query(*second, QStringLiteral("PRAGMA busy_timeout = 50")).exec();
    CHECK_THROWS_AS(Transaction(*second), dj::Error);
}
