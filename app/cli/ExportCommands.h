#pragma once

#include "CliContext.h"

// export-table: a table (people, orgs) to .xlsx or .csv.
namespace cli {
int exportTable(const CliArgs &a);
} // namespace cli
