#include "ImportOutput.h"

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
