#include "ExchangeScope.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ExchangeScope)
};
} // namespace

ExchangeScope ExchangeScope::parse(const QString &text)
{
    const QString t = text.trimmed();
    ExchangeScope s;
    if (t == QLatin1String("all"))
        return s;
    if (t == QLatin1String("schemes")) {
        s.kind = Kind::Schemes;
        return s;
    }
    if (t.startsWith(QLatin1String("org:")) && t.size() > 4) {
        s.kind = Kind::Org;
        s.orgCode = t.mid(4).trimmed();
        return s;
    }
    if (t.startsWith(QLatin1String("year:"))) {
        bool ok = false;
        s.year = t.mid(5).toInt(&ok);
        if (ok && s.year >= 2000 && s.year <= 2100) {
            s.kind = Kind::Year;
            return s;
        }
    }
    throw Error(Error::Kind::Invalid,
                Tr::tr("Unknown scope \"%1\": use all, org:CODE (an organisation code), year:YYYY or schemes.").arg(text));
}

QString ExchangeScope::toString() const
{
    switch (kind) {
    case Kind::Org:
        return QStringLiteral("org:") + orgCode;
    case Kind::Year:
        return QStringLiteral("year:%1").arg(year);
    case Kind::Schemes:
        return QStringLiteral("schemes");
    case Kind::All:
        break;
    }
    return QStringLiteral("all");
}

QString ExchangeScope::describe() const
{
    switch (kind) {
    case Kind::Org:
        return Tr::tr("organisation %1 and everything below it").arg(orgCode);
    case Kind::Year:
        return Tr::tr("the year %1 (lists, records, assessment, survey)").arg(year);
    case Kind::Schemes:
        return Tr::tr("assessment schemes and list templates (to send down)");
    case Kind::All:
        break;
    }
    return Tr::tr("every row this office keeps");
}

} // namespace dj
