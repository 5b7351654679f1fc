#include "common/DateText.h"

#include <catch2/catch.hpp>

using dj::parseDateText;

TEST_CASE("Dates typed in the five ways read as the same date", "[date-text]")
{
    const QDate want(2026, 11, 20);
    for (const char16_t *text : {u"2026-11-20", u"2026.11.20", u"2026/11/20", u"2026年11月20日",
                                 u"20261120", u"2026年11月20", u"  2026-11-20 ", u"２０２６－１１－２０",
                                 u"２０２６年１１月２０日", u"2026／11／20", u"2026．11．20", u"2026 - 11 - 20"}) {
        INFO(QString::fromUtf16(text).toStdString());
        const dj::DateText r = parseDateText(QString::fromUtf16(text));
        CHECK(r.date == want);
        CHECK(r.reason.isEmpty());
    }
}

TEST_CASE("One-digit months and days are read", "[date-text]")
{
    CHECK(parseDateText(QStringLiteral("2026-1-5")).date == QDate(2026, 1, 5));
    CHECK(parseDateText(QStringLiteral("2026.1.05")).date == QDate(2026, 1, 5));
    CHECK(parseDateText(QStringLiteral("2026/01/5")).date == QDate(2026, 1, 5));
    CHECK(parseDateText(QString::fromUtf16(u"2026年1月5日")).date == QDate(2026, 1, 5));
}

TEST_CASE("Empty text is no date and no problem", "[date-text]")
{
    for (const QString &t : {QString(), QStringLiteral("   "), QString::fromUtf16(u"\u3000")}) {
        const dj::DateText r = parseDateText(t);
        CHECK(r.isEmpty());
        CHECK_FALSE(r.isDate());
    }
}

TEST_CASE("Impossible dates and other text are refused with a reason", "[date-text]")
{
    for (const char16_t *text : {u"2026-02-30", u"2025-02-29", u"2026-13-01", u"2026-00-10", u"2026-11-00",
                                 u"20261320", u"abc", u"2026-11", u"11-20-2026", u"20-11-2026", u"2026-11-20x",
                                 u"2026-11.20", u"202611200", u"2026年11月", u"1899-12-31", u"2101-01-01", u"26-11-20"}) {
        INFO(QString::fromUtf16(text).toStdString());
        const dj::DateText r = parseDateText(QString::fromUtf16(text));
        CHECK_FALSE(r.isDate());
        CHECK_FALSE(r.reason.isEmpty());
        CHECK_FALSE(r.isEmpty());
    }
    CHECK(parseDateText(QStringLiteral("2026-02-30")).reason.contains(QStringLiteral("30")));
    CHECK(parseDateText(QStringLiteral("2026-13-01")).reason.contains(QStringLiteral("13")));
    CHECK(parseDateText(QStringLiteral("abc")).reason.contains(QStringLiteral("2026-11-20")));
    CHECK(parseDateText(QStringLiteral("2024-02-29")).date == QDate(2024, 2, 29)); // a leap day
}
