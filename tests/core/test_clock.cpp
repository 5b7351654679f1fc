#include "common/Clock.h"

#include <catch2/catch.hpp>

TEST_CASE("the installed clock is the one core reads, scope end restores the system clock", "[clock]")
{
    const QDateTime fixed(QDate(2025, 12, 31), QTime(20, 30), Qt::UTC);
    {
        dj::FixedClock clock(fixed);
        dj::ScopedClock scoped(clock);
        CHECK(dj::Clock::now() == fixed);
        CHECK(dj::Clock::stamp() == QStringLiteral("2025-12-31T20:30:00.000Z"));
        clock.advanceSecs(3600);
        CHECK(dj::Clock::now() == fixed.addSecs(3600));
    }
    // Back on the system clock: close to the real time, and not the fixed date.
    CHECK(qAbs(dj::Clock::now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

TEST_CASE("today is the local calendar date of now", "[clock]")
{
    dj::FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
    dj::ScopedClock scoped(clock);
    CHECK(dj::Clock::today() == clock.nowUtc().toLocalTime().date());
}
