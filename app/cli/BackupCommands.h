#pragma once

#include "CliContext.h"

// Backups of a data file: make one, list them, restore one.
namespace cli {
int backup(const CliArgs &a);
int backups(const CliArgs &a);
int restore(const CliArgs &a);
} // namespace cli
