#pragma once

#include "CliContext.h"
#include "sheet/SheetTable.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

// What an import command (import-people, import-orgs) did, and the output and exit code
// they share: one line per rejected row and a summary, or one JSON object.
namespace cli {

struct ImportResult
{
    QString from;      // the sheet file
    QString sheet;     // the sheet's name inside it
    bool dryRun = false;
    bool importing = false; // rows were written (not a dry run, and allowed by the report)
    int rows = 0;
    int valid = 0;
    int imported = 0;
    QJsonArray rejected;    // {"row": n, "reasons": [...], plus what names the row}
    QJsonObject extra;      // further top-level JSON members (e.g. the column mapping)
    QString importedLine;   // "People imported: %1." with the count filled in

    int bad() const { return rows - valid; }
};

// What every import command reads first: its flags, the data file (read-only for a dry run,
// so not even a migration is written) and the sheet.
struct ImportInput
{
    QString from;
    bool dryRun = false;
    bool validOnly = false;
    bool json = false;
    std::unique_ptr<dj::Database> db;
    dj::SheetTable table;
    int firstRow = 2;

    // Whether rows are written for a report with `valid` good and `bad` problem rows.
    bool importing(int valid, int bad) const { return !dryRun && (bad == 0 || validOnly) && valid > 0; }
    // A result with the file, sheet and counts filled in.
    ImportResult result(int rows, int valid, int imported) const;
};
// `command` names the command in the usage error when --from is missing.
ImportInput readImportInput(const CliArgs &a, const QString &command);

// Prints the result and returns the exit code: Ok when rows were imported (or a dry run
// found every row valid), BadData otherwise.
int finishImport(const ImportResult &r, bool json);

} // namespace cli
