#pragma once

#include "CliContext.h"

// The audit log of a data file: who changed what and when (check verifies its chain).
namespace cli {
int audit(const CliArgs &a);
} // namespace cli
