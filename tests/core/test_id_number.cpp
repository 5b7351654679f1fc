#include "org/IdNumber.h"

#include <catch2/catch.hpp>

using dj::IdNumber;
using P = IdNumber::Problem;

TEST_CASE("ID number validation table", "[idnumber]")
{
    struct Row
    {
        const char *id;
        QDate birth;
        char gender;
        P expected;
    };
    const Row rows[] = {
        {"11010519491231002X", {}, 0, P::None},                 // the GB 11643 example
        {"11010519491231002x", {}, 0, P::None},                 // lower-case x accepted
        {"110105 19491231 002X", {}, 0, P::None},               // spaces from paper forms
        {"110101197504120014", QDate(1975, 4, 12), 'M', P::None},
        {"11010519491231002", {}, 0, P::Length},
        {"1101051949123100211", {}, 0, P::Length},
        {"11010519491231A02X", {}, 0, P::Characters},
        {"11010519491231002Y", {}, 0, P::Characters},
        {"01010519491231002X", {}, 0, P::Area},
        {"110105194913310026", {}, 0, P::BirthDate},            // month 13
        {"110105194902300027", {}, 0, P::BirthDate},            // 30 February
        {"110105194912310021", {}, 0, P::CheckDigit},
        {"11010519491231002X", QDate(1949, 12, 30), 0, P::BirthMismatch},
        {"11010519491231002X", {}, 'M', P::GenderMismatch},     // sequence 002: a woman
        {"110101197504120014", {}, 'F', P::GenderMismatch},
    };
    for (const Row &r : rows) {
        INFO(r.id);
        const auto c = IdNumber::validate(QString::fromLatin1(r.id), r.birth,
                                          r.gender ? QChar(QLatin1Char(r.gender)) : QChar());
        CHECK(c.problem == r.expected);
        CHECK(c.ok() == c.message.isEmpty());
    }
}

TEST_CASE("messages say which part of the number is wrong", "[idnumber]")
{
    CHECK(IdNumber::validate(QStringLiteral("110105194912310021")).message.contains(QStringLiteral("should be X")));
    CHECK(IdNumber::validate(QStringLiteral("110105194913310026")).message.contains(QStringLiteral("19491331")));
    CHECK(IdNumber::validate(QStringLiteral("11010519491231002X"), QDate(1950, 1, 1)).message.contains(QStringLiteral("1949-12-31")));
}

TEST_CASE("birth date, gender and composition round-trip", "[idnumber]")
{
    const QString id = IdNumber::compose(QStringLiteral("320102"), QDate(1990, 2, 28), 123);
    CHECK(id.size() == 18);
    CHECK(IdNumber::validate(id).ok());
    CHECK(IdNumber::birthDate(id) == QDate(1990, 2, 28));
    CHECK(IdNumber::gender(id) == QLatin1Char('M'));
    CHECK(IdNumber::gender(IdNumber::compose(QStringLiteral("320102"), QDate(1990, 2, 28), 124)) == QLatin1Char('F'));
}
