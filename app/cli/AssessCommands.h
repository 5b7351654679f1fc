#pragma once

#include "CliContext.h"

// The yearly assessment: assess create, grading, load, compute, decide, seal, reopen.
namespace cli {
int assessCreate(const CliArgs &a);
int assessGrading(const CliArgs &a);
int assessLoad(const CliArgs &a);
int assessCompute(const CliArgs &a);
int assessDecide(const CliArgs &a);
int assessSeal(const CliArgs &a);
int assessReopen(const CliArgs &a);
} // namespace cli
