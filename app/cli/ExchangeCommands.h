#pragma once

#include "CliContext.h"

// Packages between offices: export, import (preview, log, undo), conflicts.
namespace cli {
int exportPackage(const CliArgs &a);
int importPackage(const CliArgs &a);
int importLog(const CliArgs &a);
int importUndo(const CliArgs &a);
int conflictsList(const CliArgs &a);
int conflictsResolve(const CliArgs &a);
} // namespace cli
