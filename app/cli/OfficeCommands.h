#pragma once

#include "CliContext.h"

// Exchange between offices, first part: office show, office export-key, digest.
namespace cli {
int officeShow(const CliArgs &a);
int officeExportKey(const CliArgs &a);
int digest(const CliArgs &a);
} // namespace cli
