#pragma once

#include "PeopleMapping.h"
#include "SheetTable.h"
#include "org/Person.h"

#include <QDate>
#include <functional>

namespace dj {

class Database;

// One sheet row as the import sees it: the person it would add, or why it cannot.
struct ImportRow
{
    int sheetRow = 0; // 1-based, as the spreadsheet program numbers it
    Person person;
    QDate memberSince; // of the branch: the date of joining the Party, else today
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

struct ImportReport
{
    QList<ImportRow> rows; // every non-empty row, in sheet order
    int validCount() const;
    int problemCount() const { return int(rows.size()) - validCount(); }
};

struct ImportOptions
{
    QString defaultBranchId; // for rows with an empty branch cell; empty: such rows are refused
};

// Import of people from a sheet: guess the column mapping, check every row against the data
// file (ID number check digit, consistency with birth date and gender, unknown branch,
// future dates, duplicate ID numbers in the sheet or already recorded), then add either all
// rows or only the valid ones, in one transaction.
class PeopleImport
{
public:
    using Progress = std::function<bool(int done, int total)>; // false cancels

    explicit PeopleImport(Database &db) : m_db(db) {}

    static PeopleMapping guessMapping(const QStringList &headers)
    {
        return PeopleMapping::guess(headers);
    }

    // Throws dj::Error(Invalid) for an unusable mapping (PeopleMapping::check) and when
    // cancelled. `firstDataRow` is the sheet row number of table.rows[0].
    ImportReport validate(const SheetTable &table, const PeopleMapping &mapping,
                          int firstDataRow = 2, const ImportOptions &options = {},
                          const Progress &progress = {}) const;

    struct Outcome
    {
        QStringList personIds; // the people added, in sheet order
        bool cancelled = false;
        QString backupPath; // the copy of the file made before adding them
    };
    // One transaction. With problems in the report and !validOnly nothing is added and
    // dj::Error(Invalid) says how many rows are bad and the first reason. When a row fails
    // on insert (the data changed since validate) everything is rolled back and the error
    // names the row. Cancelling rolls back and returns cancelled.
    Outcome import(const ImportReport &report, bool validOnly, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace dj
