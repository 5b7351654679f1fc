#include "ImportCommands.h"

#include "ImportOutput.h"

#include "org/OrganizationRepository.h"
#include "sheet/ImportTemplate.h"
#include "sheet/PeopleImport.h"
#include "sheet/SheetGrid.h"
#include "sheet/SheetWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
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
    const ImportInput in = readImportInput(a, QStringLiteral("import-people"));
    dj::PeopleImport importer(*in.db);
    const dj::PeopleMapping mapping = applyMapOption(importer.guessMapping(in.table.headers),
                                                     a.value(QStringLiteral("map")), in.table.headers);
    dj::ImportOptions options;
    if (a.options.contains(QStringLiteral("branch"))) {
        options.defaultBranchId =
            dj::OrganizationRepository(*in.db).byCode(a.value(QStringLiteral("branch"))).id;
        if (options.defaultBranchId.isEmpty())
            throw dj::Error(
                dj::Error::Kind::NotFound,
                Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("branch"))));
    }
    const dj::ImportReport report = importer.validate(in.table, mapping, in.firstRow, options);
    const int valid = report.validCount();
    const int imported = in.importing(valid, report.problemCount())
                             ? int(importer.import(report, in.validOnly).personIds.size())
                             : 0;
    ImportResult result = in.result(int(report.rows.size()), valid, imported);
    result.importedLine = Tr::tr("People imported: %1.").arg(imported);
    for (const dj::ImportRow &r : report.rows) {
        if (!r.ok())
            result.rejected.append(QJsonObject{
                {QStringLiteral("row"), r.sheetRow},
                {QStringLiteral("name"), r.person.name},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(r.problems)}});
    }
    result.extra.insert(QStringLiteral("mapping"), mappingJson(mapping, in.table.headers));
    return finishImport(result, in.json);
}

int importTemplate(const CliArgs &a)
{
    const auto table = dj::TableExport::tableNamed(a.value(QStringLiteral("table")));
    if (!table)
        usage(Tr::tr("--table must be people or orgs."));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty() || dj::SheetWriter::formatOf(out) != dj::SheetWriter::Format::Xlsx)
        usage(Tr::tr("--out must name an .xlsx file."));
    if (a.positional.size() > 1)
        usage(Tr::tr("import-template takes at most one data file."));
    // With a data file the example row names one of its branches and an unused ID number.
    std::unique_ptr<dj::Database> db;
    if (!a.positional.isEmpty())
        db = openData(a.positional.first(), true);
    dj::ImportTemplate::write(*table, out, db.get());
    printLine(Tr::tr("Template written: %1.").arg(QDir::toNativeSeparators(out)));
    return Ok;
}

} // namespace cli
