#include "OrgImportCommands.h"

#include "ImportOutput.h"

#include "sheet/OrgImport.h"
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
} // namespace

// The same steps, output and exit codes as import-people.
int importOrgs(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString from = a.value(QStringLiteral("from"));
    if (from.isEmpty())
        usage(Tr::tr(
            "import-orgs FILE --from SHEET.xlsx|SHEET.csv: the sheet to import is required."));
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    const bool validOnly = a.has(QStringLiteral("valid-only"));
    const bool json = a.has(QStringLiteral("json"));

    // A dry run writes nothing, not even a migration.
    std::unique_ptr<dj::Database> db = openData(file, dryRun);
    int firstRow = 2;
    const dj::SheetTable table = dj::SheetFile::read(from, &firstRow);
    dj::OrgImport importer(*db);
    const dj::OrgImportReport report =
        importer.validate(table, importer.guessMapping(table.headers), firstRow);
    const int valid = report.validCount();
    const int bad = report.problemCount();

    int imported = 0;
    const bool importing = !dryRun && (bad == 0 || validOnly) && valid > 0;
    if (importing)
        imported = int(importer.import(report, validOnly).size());

    ImportResult result;
    result.from = from;
    result.sheet = table.name;
    result.dryRun = dryRun;
    result.importing = importing;
    result.rows = int(report.rows.size());
    result.valid = valid;
    result.imported = imported;
    result.importedLine = Tr::tr("Organisations imported: %1.").arg(imported);
    for (const dj::OrgImportRow &r : report.rows) {
        if (!r.ok())
            result.rejected.append(QJsonObject{
                {QStringLiteral("row"), r.sheetRow},
                {QStringLiteral("name"), r.org.name},
                {QStringLiteral("code"), r.org.code},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(r.problems)}});
    }
    return finishImport(result, json);
}

} // namespace cli
