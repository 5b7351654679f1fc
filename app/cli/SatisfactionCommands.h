#pragma once

#include "CliContext.h"

// The 满意度测评 of the 机关党委: satisfaction create, load, result.
namespace cli {
int satisfactionCreate(const CliArgs &a);
int satisfactionLoad(const CliArgs &a);
int satisfactionResult(const CliArgs &a);
} // namespace cli
