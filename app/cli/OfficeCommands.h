#pragma once

#include "CliContext.h"

// Exchange between offices, first part: office show, export-key, trust, peers; digest.
namespace cli {
int officeShow(const CliArgs &a);
int officeExportKey(const CliArgs &a);
int officeTrust(const CliArgs &a);
int officePeers(const CliArgs &a);
int digest(const CliArgs &a);
} // namespace cli
