#pragma once

#include "CliContext.h"

// Commands that read spreadsheets into the data file: import-people; and import-template,
// the blank sheet to fill in for import-people or import-orgs.
namespace cli {
int importPeople(const CliArgs &a);
int importTemplate(const CliArgs &a);
} // namespace cli
