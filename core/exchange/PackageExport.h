#pragma once

#include "ExchangeScope.h"
#include "OfficeIdentity.h"
#include "PackageHeader.h"

#include <QMap>
#include <optional>

namespace dj {

class Database;

struct ExportRequest
{
    static constexpr int MinPassphrase = 8; // characters
    ExchangeScope scope;
    std::optional<OfficeKey> recipient; // none: a package any office may import
    bool sinceLast = false;             // only what changed since the last package to the recipient
    bool encryptForRecipient = false;
    QByteArray passphrase;              // non-empty: encrypted with it (Argon2id)
    QString out;
};

struct ExportOutcome
{
    PackageHeader header;
    QMap<QString, qint64> rows; // per table
    qint64 totalRows = 0;
};

// Makes a package: the payload of the scope, signed with this office's key, optionally
// encrypted, written atomically; then remembers the sequence and time for the recipient.
class PackageExport
{
public:
    // Progress in percent; returning false cancels (nothing is written, nothing remembered).
    using Progress = std::function<bool(int percent)>;
    static ExportOutcome run(Database &db, const ExportRequest &request, const Progress &progress = {});
};

} // namespace dj
