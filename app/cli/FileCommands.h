#pragma once

#include "CliContext.h"

// Commands about a data file as a whole: init, demo, check, info, upgrade.
namespace cli {
int init(const CliArgs &a);
int demo(const CliArgs &a);
int check(const CliArgs &a);
int info(const CliArgs &a);
int upgrade(const CliArgs &a);
} // namespace cli
