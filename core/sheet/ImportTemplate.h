#pragma once

#include "SheetTable.h"
#include "TableExport.h"

namespace dj {

class Database;

// The blank form an officer fills in for an import (下载导入模板): the column headers the
// people or organisation import recognises, in Chinese as the offices write them, and one
// made-up example row that passes the import's checks. With a data file the example fits
// it: a branch (or parent organisation) that is in the file, an ID number and a code not yet
// used there, so importing the untouched template adds exactly the example.
class ImportTemplate
{
public:
    using Table = TableExport::Table;

    static SheetTable build(Table t, Database *db = nullptr);
    // "党员导入模板.xlsx", "组织导入模板.xlsx" (translated): the name a save dialog offers.
    static QString fileName(Table t);
    // Writes the template as an .xlsx (bold, frozen header; fitted columns; ID numbers,
    // codes and phone numbers formatted as text so that typed numbers keep every digit).
    // Throws dj::Error when the file cannot be written or `path` does not end in .xlsx.
    static void write(Table t, const QString &path, Database *db = nullptr);
};

} // namespace dj
