#include "TempDb.h"

#include "common/Error.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

TEST_CASE("values bind as the columns expect: empty text, NULL dates, ISO dates", "[query]")
{
    TempDb t;
    dj::Query(*t.db, QStringLiteral("CREATE TEMP TABLE v (s TEXT NOT NULL, d TEXT)")).exec();
    dj::Query(*t.db, QStringLiteral("INSERT INTO v VALUES (:s, :d)"))
        .bind(QStringLiteral(":s"), QString())
        .bind(QStringLiteral(":d"), dj::dateValue(QDate()))
        .exec();
    dj::Query(*t.db, QStringLiteral("INSERT INTO v VALUES (:s, :d)"))
        .bind(QStringLiteral(":s"), QStringLiteral("党"))
        .bind(QStringLiteral(":d"), dj::dateValue(QDate(2026, 7, 1)))
        .exec();
    dj::Query q(*t.db, QStringLiteral("SELECT s, d, d IS NULL FROM v ORDER BY rowid"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.text(0).isEmpty());
    CHECK(q.integer(2) == 1);
    CHECK_FALSE(dj::dateFrom(q.value(1)).isValid());
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("党"));
    CHECK(dj::dateFrom(q.value(1)) == QDate(2026, 7, 1));
}

TEST_CASE("a bad statement throws a storage error naming the problem", "[query]")
{
    TempDb t;
    try {
        dj::Query(*t.db, QStringLiteral("SELECT nope FROM nowhere"));
        FAIL("prepared a bad statement");
    } catch (const dj::Error &e) {
        CHECK(e.kind() == dj::Error::Kind::Storage);
        CHECK(e.message().contains(QStringLiteral("nowhere")));
    }
    CHECK(dj::Query(*t.db, QStringLiteral("SELECT 1 WHERE 0")).scalar().isNull());
}
