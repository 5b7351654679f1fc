#pragma once

#include "CliContext.h"

// The accounts of a data file (administrators): list, add, change, set a password, unlock,
// remove. Adding the first account, an administrator, turns sign-in on.
namespace cli {
int accountList(const CliArgs &a);
int accountAdd(const CliArgs &a);
int accountSet(const CliArgs &a);
int accountPassword(const CliArgs &a);
int accountUnlock(const CliArgs &a);
int accountRemove(const CliArgs &a);
} // namespace cli
