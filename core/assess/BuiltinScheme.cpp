#include "BuiltinScheme.h"

#include "IndicatorRules.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initAssessResources() { Q_INIT_RESOURCE(assess); }

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::BuiltinScheme)
};
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); }
} // namespace

Scheme BuiltinScheme::parse(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("dangjian-assess-scheme"))
        throw Error(Error::Kind::NotOurFile, Tr::tr("This is not an indicator scheme of Dangjian Desk."));
    Scheme s;
    s.name = str(root, "name");
    s.note = str(root, "note");
    const QJsonArray list = root.value(QLatin1String("indicators")).toArray();
    for (int n = 0; n < list.size(); ++n) {
        const QJsonObject o = list.at(n).toObject();
        Indicator i;
        i.area = str(o, "area");
        i.code = str(o, "code");
        i.sortOrder = n;
        i.name = str(o, "name");
        i.maxScore = o.value(QLatin1String("max")).toDouble();
        const auto rule = vocab::scoreRuleFromCode(str(o, "rule"));
        if (!rule)
            throw Error(Error::Kind::Invalid, Tr::tr("Indicator %1: unknown rule “%2”.").arg(i.code, str(o, "rule")));
        i.rule = *rule;
        i.points = o.value(QLatin1String("points")).toDouble();
        i.target = o.value(QLatin1String("target")).toDouble();
        i.standard = str(o, "standard");
        i.evidence = str(o, "evidence");
        s.indicators << i;
    }
    indicatorrules::checkScheme(s);
    return s;
}

Scheme BuiltinScheme::get()
{
    initAssessResources();
    QFile f(QStringLiteral(":/dj/assess/scheme.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Storage, Tr::tr("The built-in scheme is missing from this build."));
    return parse(f.readAll());
}

} // namespace dj
