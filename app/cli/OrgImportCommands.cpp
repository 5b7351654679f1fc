#include "OrgImportCommands.h"

#include "sheet/OrgImport.h"
#include "sheet/SheetFile.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

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
    std::unique_ptr<dj::Database> db =
        dryRun ? dj::Database::openReadOnly(file) : dj::Database::open(file);
    if (db->schemaVersion() < dj::Migrations::latestVersion())
        throw dj::Error(
            dj::Error::Kind::Invalid,
            Tr::tr("The file uses an older data format; run `dangjian-cli upgrade FILE` first."));
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

    if (json) {
        QJsonArray rejected;
        for (const dj::OrgImportRow &r : report.rows) {
            if (!r.ok())
                rejected.append(QJsonObject{
                    {QStringLiteral("row"), r.sheetRow},
                    {QStringLiteral("name"), r.org.name},
                    {QStringLiteral("code"), r.org.code},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(r.problems)}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(from).fileName()},
                                            {QStringLiteral("sheet"), table.name},
                                            {QStringLiteral("dryRun"), dryRun},
                                            {QStringLiteral("rows"), int(report.rows.size())},
                                            {QStringLiteral("valid"), valid},
                                            {QStringLiteral("imported"), imported},
                                            {QStringLiteral("rejected"), rejected}}));
    } else {
        for (const dj::OrgImportRow &r : report.rows) {
            if (!r.ok())
                printLine(
                    Tr::tr("row %1: %2").arg(r.sheetRow).arg(r.problems.join(QLatin1Char(' '))));
        }
        printLine(Tr::tr("%1 - rows: %2, valid: %3, with problems: %4.")
                      .arg(QFileInfo(from).fileName())
                      .arg(report.rows.size())
                      .arg(valid)
                      .arg(bad));
        if (dryRun)
            printLine(Tr::tr("Dry run: nothing was imported."));
        else if (importing)
            printLine(Tr::tr("Organisations imported: %1.").arg(imported));
        else if (bad > 0)
            printLine(Tr::tr("Nothing was imported. Correct the rows above, or import the valid "
                             "rows with --valid-only."));
        else
            printLine(Tr::tr("Nothing to import."));
    }
    if (dryRun)
        return bad == 0 && valid > 0 ? Ok : BadData;
    return imported > 0 ? Ok : BadData;
}

} // namespace cli
