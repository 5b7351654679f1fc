#include "ExportCommands.h"

#include "org/OrganizationRepository.h"
#include "sheet/SheetWriter.h"
#include "sheet/TableExport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int exportTable(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const auto table = dj::TableExport::tableNamed(a.value(QStringLiteral("table")));
    if (!table)
        usage(Tr::tr("--table must be people or orgs."));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        usage(Tr::tr("Missing --out OUT.xlsx or OUT.csv."));
    if (!dj::SheetWriter::formatOf(out))
        usage(Tr::tr("--out must end in .xlsx or .csv."));

    auto db = openData(file, true);
    QString subtreeOf;
    if (a.options.contains(QStringLiteral("org"))) {
        const dj::Organization org =
            dj::OrganizationRepository(*db).byCode(a.value(QStringLiteral("org")));
        if (org.id.isEmpty())
            throw dj::Error(
                dj::Error::Kind::NotFound,
                Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("org"))));
        subtreeOf = org.id;
    }
    int rows = 0;
    dj::TableExport::write(*db, *table, subtreeOf, out, [&rows](int done, int) {
        rows = qMax(rows, done);
        return true;
    });
    printLine(Tr::tr("Rows written: %1 (%2).").arg(rows).arg(QDir::toNativeSeparators(out)));
    return Ok;
}

} // namespace cli
