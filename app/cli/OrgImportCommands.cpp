#include "OrgImportCommands.h"

#include "ImportOutput.h"

#include "sheet/OrgImport.h"

#include <QCoreApplication>
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
    const ImportInput in = readImportInput(a, QStringLiteral("import-orgs"));
    dj::OrgImport importer(*in.db);
    const dj::OrgImportReport report =
        importer.validate(in.table, importer.guessMapping(in.table.headers), in.firstRow);
    const int valid = report.validCount();
    const int imported = in.importing(valid, report.problemCount())
                             ? int(importer.import(report, in.validOnly).size())
                             : 0;
    ImportResult result = in.result(int(report.rows.size()), valid, imported);
    result.importedLine = Tr::tr("Organisations imported: %1.").arg(imported);
    for (const dj::OrgImportRow &r : report.rows) {
        if (!r.ok())
            result.rejected.append(QJsonObject{
                {QStringLiteral("row"), r.sheetRow},
                {QStringLiteral("name"), r.org.name},
                {QStringLiteral("code"), r.org.code},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(r.problems)}});
    }
    return finishImport(result, in.json);
}

} // namespace cli
