#pragma once

#include "CliContext.h"

// Listings: org list, person list.
namespace cli {
int orgList(const CliArgs &a);
int personList(const CliArgs &a);
} // namespace cli
