#pragma once

#include "CliContext.h"

// Commands that read spreadsheets into the data file: import-people.
namespace cli {
int importPeople(const CliArgs &a);
} // namespace cli
