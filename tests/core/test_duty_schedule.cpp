// When items are due and how they stand on a given day.
#include <catch2/catch.hpp>

#include "duty/DutySchedule.h"

using dj::DutySchedule;
using dj::DutyStatus;
using dj::Frequency;

TEST_CASE("periods of each frequency", "[duty]")
{
    const auto months = DutySchedule::periods(Frequency::Monthly, {}, 2024);
    REQUIRE(months.size() == 12);
    CHECK(months.at(1).end == QDate(2024, 2, 29));
    CHECK(months.at(1).label == QStringLiteral("2月"));
    const auto quarters = DutySchedule::periods(Frequency::Quarterly, {}, 2026);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters.at(2).start == QDate(2026, 7, 1));
    CHECK(quarters.at(2).due == QDate(2026, 9, 30));
    CHECK(quarters.at(3).label == QStringLiteral("第四季度"));
    const auto halves = DutySchedule::periods(Frequency::HalfYearly, {}, 2026);
    REQUIRE(halves.size() == 2);
    CHECK(halves.at(0).due == QDate(2026, 6, 30));
    const auto yearly = DutySchedule::periods(Frequency::Yearly, {}, 2026);
    REQUIRE(yearly.size() == 1);
    CHECK(yearly.at(0).due == QDate(2026, 12, 31));
    const auto byDate = DutySchedule::periods(Frequency::ByDate, QStringLiteral("03-31"), 2026);
    CHECK(byDate.at(0).start == QDate(2026, 1, 1));
    CHECK(byDate.at(0).end == QDate(2026, 12, 31)); // late work still counts, late
    CHECK(byDate.at(0).due == QDate(2026, 3, 31));
    CHECK(DutySchedule::periods(Frequency::Once, QStringLiteral("02-29"), 2026).at(0).due == QDate(2026, 2, 28));
    CHECK(DutySchedule::periods(Frequency::Once, QStringLiteral("02-29"), 2028).at(0).due == QDate(2028, 2, 29));
}

TEST_CASE("status from counts and dates", "[duty]")
{
    const dj::DutyPeriod q1 = DutySchedule::periods(Frequency::Quarterly, {}, 2026).at(0);
    CHECK(DutySchedule::status(q1, 2, 2, QDate(2026, 2, 1)) == DutyStatus::Done);
    CHECK(DutySchedule::status(q1, 1, 2, QDate(2026, 3, 31)) == DutyStatus::NotYetDue);
    CHECK(DutySchedule::status(q1, 1, 2, QDate(2026, 4, 1)) == DutyStatus::PartlyDone);
    CHECK(DutySchedule::status(q1, 0, 2, QDate(2026, 4, 1)) == DutyStatus::Overdue);
    CHECK(DutySchedule::status(q1, 3, 2, QDate(2026, 11, 24)) == DutyStatus::Done);
    CHECK(DutySchedule::officialName(DutyStatus::Overdue) == QStringLiteral("逾期未完成"));
}

TEST_CASE("deadlines are MM-DD dates", "[duty]")
{
    CHECK(DutySchedule::isValidDeadline({}));
    CHECK(DutySchedule::isValidDeadline(QStringLiteral("02-29")));
    CHECK_FALSE(DutySchedule::isValidDeadline(QStringLiteral("02-30")));
    CHECK_FALSE(DutySchedule::isValidDeadline(QStringLiteral("3-31")));
    CHECK_FALSE(DutySchedule::isValidDeadline(QStringLiteral("13-01")));
    CHECK(DutySchedule::deadlineIn(QStringLiteral("12-31"), 2026) == QDate(2026, 12, 31));
}
