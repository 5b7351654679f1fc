#pragma once

#include <QString>

namespace dj {

// Which rows a package carries. The command line spells it all | org:CODE | year:YYYY | schemes.
struct ExchangeScope
{
    enum class Kind { All, Org, Year, Schemes };
    Kind kind = Kind::All;
    QString orgCode; // Org
    int year = 0;    // Year

    // Throws dj::Error(Invalid) naming the accepted forms.
    static ExchangeScope parse(const QString &text);
    QString toString() const;
    // For people: "all rows of this office", "organisation A01 and below", …
    QString describe() const;
};

} // namespace dj
