#pragma once

#include "CliContext.h"
#include "exchange/PeerRepository.h"

// Exchange between offices, first part: office show, export-key, trust, peers; digest.
namespace cli {
int officeShow(const CliArgs &a);
int officeExportKey(const CliArgs &a);
// office new-key: a new key pair, announced to trusted offices by a notice signed with the old.
int officeNewKey(const CliArgs &a);
int officeTrust(const CliArgs &a);
int officePeers(const CliArgs &a);
int officeScope(const CliArgs &a);
// Shows the key about to be trusted (beside the one it replaces, and any trusted office of the
// same name) and asks; --yes answers for a new office, a changed key also needs
// --replace-key and a revoked one --reinstate. Throws when not confirmed.
dj::PeerRepository::Confirmed confirmTrust(const CliArgs &a, dj::Database &db, const dj::OfficeKey &key);
// --speaks-for department|ORGCODE as the organisation id (empty: the department); a usage
// error when it is missing.
QString speaksForOption(const CliArgs &a, dj::Database &db);
int digest(const CliArgs &a);
} // namespace cli
