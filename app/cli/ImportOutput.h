#pragma once

#include "CliContext.h"

#include <QJsonArray>
#include <QJsonObject>

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

// Prints the result and returns the exit code: Ok when rows were imported (or a dry run
// found every row valid), BadData otherwise.
int finishImport(const ImportResult &r, bool json);

} // namespace cli
