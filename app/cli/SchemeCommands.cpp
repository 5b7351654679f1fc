#include "SchemeCommands.h"

#include "assess/BuiltinScheme.h"
#include "assess/IndicatorRules.h"
#include "assess/SchemeRepository.h"
#include "assess/SchemeSheet.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int schemeList(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    dj::SchemeRepository schemes(*db);
    QJsonArray list;
    for (const dj::Scheme &s : schemes.all()) {
        const dj::Scheme full = schemes.get(s.id);
        const bool locked = schemes.isLocked(s.id);
        list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("revision"), s.revision},
                                {QStringLiteral("indicators"), int(full.indicators.size())},
                                {QStringLiteral("areas"), QJsonArray::fromStringList(full.areas())},
                                {QStringLiteral("max"), full.maxTotal()},
                                {QStringLiteral("locked"), locked}});
        if (!a.has(QStringLiteral("json")))
            printLine(Tr::tr("%1 (revision %2): %3 indicators in %4 areas, %5 points%6")
                          .arg(s.name)
                          .arg(s.revision)
                          .arg(full.indicators.size())
                          .arg(full.areas().size())
                          .arg(dj::indicatorrules::number(full.maxTotal()),
                               locked ? Tr::tr(", locked") : QString()));
    }
    if (a.has(QStringLiteral("json")))
        printJson(QJsonDocument(list));
    return Ok;
}

int schemeImport(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    dj::Scheme s;
    if (a.has(QStringLiteral("builtin"))) {
        s = dj::BuiltinScheme::get();
    } else {
        const QString from = a.value(QStringLiteral("from"));
        if (from.isEmpty())
            usage(Tr::tr("Give the sheet with --from S.xlsx, S.xls or S.csv (or --builtin)."));
        s = dj::SchemeSheet::read(from, a.value(QStringLiteral("name"), QFileInfo(from).completeBaseName()));
    }
    if (a.options.contains(QStringLiteral("name")))
        s.name = a.value(QStringLiteral("name")).trimmed();
    auto db = openData(file, false);
    dj::SchemeRepository(*db).insert(s);
    printLine(Tr::tr("Imported the scheme %1: %2 indicators in %3 areas, %4 points.")
                  .arg(s.name)
                  .arg(s.indicators.size())
                  .arg(s.areas().size())
                  .arg(dj::indicatorrules::number(s.maxTotal())));
    return Ok;
}

int schemeExport(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        usage(Tr::tr("Give the sheet to write with --out S.xlsx or S.csv."));
    auto db = openData(file, true);
    const QString name = a.value(QStringLiteral("scheme"));
    dj::SchemeRepository schemes(*db);
    std::optional<dj::Scheme> s;
    if (name.isEmpty()) {
        const QList<dj::Scheme> all = schemes.all();
        if (all.size() != 1)
            usage(Tr::tr("The file has %1 schemes; name one with --scheme NAME.").arg(all.size()));
        s = schemes.get(all.constFirst().id);
    } else {
        s = schemes.find(name);
    }
    if (!s)
        throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("There is no scheme named %1.").arg(name));
    dj::SchemeSheet::write(*s, out);
    printLine(Tr::tr("Wrote %1 indicators of %2 to %3.").arg(s->indicators.size()).arg(s->name, out));
    return Ok;
}

} // namespace cli
