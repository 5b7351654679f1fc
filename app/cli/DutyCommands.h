#pragma once

#include "CliContext.h"

// Responsibility lists: duty generate, duty list, duty status, duty record, duty templates.
namespace cli {
int dutyGenerate(const CliArgs &a);
int dutyList(const CliArgs &a);
int dutyStatus(const CliArgs &a);
int dutyRecord(const CliArgs &a);
int dutyTemplates(const CliArgs &a);
} // namespace cli
