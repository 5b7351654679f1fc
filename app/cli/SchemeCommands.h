#pragma once

#include "CliContext.h"

// Indicator schemes: scheme list, scheme import, scheme export.
namespace cli {
int schemeList(const CliArgs &a);
int schemeImport(const CliArgs &a);
int schemeExport(const CliArgs &a);
} // namespace cli
