#include "ImportOutput.h"

#include "sheet/SheetFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

ImportInput readImportInput(const CliArgs &a, const QString &command)
{
    ImportInput in;
    const QString file = a.required(0, Tr::tr("FILE"));
    in.from = a.value(QStringLiteral("from"));
    if (in.from.isEmpty())
        usage(Tr::tr("%1 FILE --from SHEET.xlsx|SHEET.csv: the sheet to import is required.").arg(command));
    in.dryRun = a.has(QStringLiteral("dry-run"));
    in.validOnly = a.has(QStringLiteral("valid-only"));
    in.json = a.has(QStringLiteral("json"));
    in.db = openData(file, in.dryRun);
    in.table = dj::SheetFile::read(in.from, &in.firstRow);
    return in;
}

ImportResult ImportInput::result(int rows, int valid, int imported) const
{
    ImportResult r;
    r.from = from;
    r.sheet = table.name;
    r.dryRun = dryRun;
    r.importing = importing(valid, rows - valid);
    r.rows = rows;
    r.valid = valid;
    r.imported = imported;
    return r;
}

int finishImport(const ImportResult &r, bool json)
{
    if (json) {
        QJsonObject o{{QStringLiteral("file"), QFileInfo(r.from).fileName()},
                      {QStringLiteral("sheet"), r.sheet},
                      {QStringLiteral("dryRun"), r.dryRun},
                      {QStringLiteral("rows"), r.rows},
                      {QStringLiteral("valid"), r.valid},
                      {QStringLiteral("imported"), r.imported},
                      {QStringLiteral("rejected"), r.rejected}};
        for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
            o.insert(it.key(), it.value());
        printJson(QJsonDocument(o));
    } else {
        for (const QJsonValue &row : r.rejected) {
            QStringList reasons;
            for (const QJsonValue &reason : row[QStringLiteral("reasons")].toArray())
                reasons << reason.toString();
            printLine(Tr::tr("row %1: %2").arg(row[QStringLiteral("row")].toInt()).arg(reasons.join(QLatin1Char(' '))));
        }
        printLine(Tr::tr("%1 - rows: %2, valid: %3, with problems: %4.")
                      .arg(QFileInfo(r.from).fileName())
                      .arg(r.rows)
                      .arg(r.valid)
                      .arg(r.bad()));
        if (r.dryRun)
            printLine(Tr::tr("Dry run: nothing was imported."));
        else if (r.importing)
            printLine(r.importedLine);
        else if (r.bad() > 0)
            printLine(Tr::tr("Nothing was imported. Correct the rows above, or import the valid "
                             "rows with --valid-only."));
        else
            printLine(Tr::tr("Nothing to import."));
    }
    if (r.dryRun)
        return r.bad() == 0 && r.valid > 0 ? Ok : BadData;
    return r.imported > 0 ? Ok : BadData;
}

} // namespace cli
