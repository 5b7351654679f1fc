#include "ImportCommands.h"

#include "ImportOutput.h"

#include "org/OrganizationRepository.h"
#include "sheet/PeopleImport.h"
#include "sheet/SheetFile.h"
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

QString unknownField(const QString &key)
{
    return Tr::tr("--map: unknown field \"%1\"; the fields are name, gender, ethnicity, birthDate, "
                  "idNumber, "
                  "phone, education, workUnit, department, position, standing, joinedOn, "
                  "fullMemberOn, branch, cadre.")
        .arg(key);
}

QString noColumn(const QString &column)
{
    return Tr::tr("--map: the sheet has no column \"%1\".").arg(column);
}

// --map "branch=F,idNumber=身份证号": a field key, then a column letter or a header name.
dj::PeopleMapping applyMapOption(dj::PeopleMapping m, const QString &option,
                                 const QStringList &headers)
{
    for (const QString &pair : option.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString col = pair.section(QLatin1Char('='), 1).trimmed();
        const std::optional<dj::PersonField> f = dj::PeopleMapping::fromKey(key);
        if (!f)
            usage(unknownField(key));
        int index = int(headers.indexOf(col));
        for (int c = 0; c < headers.size() && index < 0; ++c) {
            if (dj::SheetGrid::columnName(c).compare(col, Qt::CaseInsensitive) == 0)
                index = c;
        }
        if (index < 0 && !col.isEmpty() && col != QLatin1String("-"))
            usage(noColumn(col));
        m.setColumn(*f, index);
    }
    return m;
}

QJsonObject mappingJson(const dj::PeopleMapping &m, const QStringList &headers)
{
    QJsonObject o;
    for (dj::PersonField f : dj::PeopleMapping::fields()) {
        const int c = m.column(f);
        if (c >= 0)
            o.insert(dj::PeopleMapping::key(f),
                     QJsonObject{{QStringLiteral("column"), dj::SheetGrid::columnName(c)},
                                 {QStringLiteral("header"), headers.value(c)}});
    }
    return o;
}
} // namespace

int importPeople(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString from = a.value(QStringLiteral("from"));
    if (from.isEmpty())
        usage(Tr::tr(
            "import-people FILE --from SHEET.xlsx|SHEET.csv: the sheet to import is required."));
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    const bool validOnly = a.has(QStringLiteral("valid-only"));
    const bool json = a.has(QStringLiteral("json"));

    // A dry run writes nothing, not even a migration.
    std::unique_ptr<dj::Database> db = openData(file, dryRun);
    int firstRow = 2;
    const dj::SheetTable table = dj::SheetFile::read(from, &firstRow);
    dj::PeopleImport importer(*db);
    const dj::PeopleMapping mapping = applyMapOption(importer.guessMapping(table.headers),
                                                     a.value(QStringLiteral("map")), table.headers);
    dj::ImportOptions options;
    if (a.options.contains(QStringLiteral("branch"))) {
        options.defaultBranchId =
            dj::OrganizationRepository(*db).byCode(a.value(QStringLiteral("branch"))).id;
        if (options.defaultBranchId.isEmpty())
            throw dj::Error(
                dj::Error::Kind::NotFound,
                Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("branch"))));
    }
    const dj::ImportReport report = importer.validate(table, mapping, firstRow, options);
    const int valid = report.validCount();
    const int bad = report.problemCount();

    int imported = 0;
    const bool importing = !dryRun && (bad == 0 || validOnly) && valid > 0;
    if (importing)
        imported = int(importer.import(report, validOnly).personIds.size());

    ImportResult result;
    result.from = from;
    result.sheet = table.name;
    result.dryRun = dryRun;
    result.importing = importing;
    result.rows = int(report.rows.size());
    result.valid = valid;
    result.imported = imported;
    result.importedLine = Tr::tr("People imported: %1.").arg(imported);
    for (const dj::ImportRow &r : report.rows) {
        if (!r.ok())
            result.rejected.append(QJsonObject{
                {QStringLiteral("row"), r.sheetRow},
                {QStringLiteral("name"), r.person.name},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(r.problems)}});
    }
    result.extra.insert(QStringLiteral("mapping"), mappingJson(mapping, table.headers));
    return finishImport(result, json);
}

} // namespace cli
