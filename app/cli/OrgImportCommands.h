#pragma once

#include "CliContext.h"

// import-orgs: organisations from a spreadsheet (such as one export-table --table orgs wrote).
namespace cli {
int importOrgs(const CliArgs &a);
} // namespace cli
