#pragma once

#include "CliContext.h"

// Exchange between offices, first part: office show, export-key, trust, peers; digest.
namespace cli {
int officeShow(const CliArgs &a);
int officeExportKey(const CliArgs &a);
// office new-key: a new key pair, announced to trusted offices by a notice signed with the old.
int officeNewKey(const CliArgs &a);
int officeTrust(const CliArgs &a);
int officePeers(const CliArgs &a);
int digest(const CliArgs &a);
} // namespace cli
