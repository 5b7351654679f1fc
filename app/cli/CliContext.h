#pragma once

#include "common/Error.h"

#include <memory>

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

// Parsed command line of one dangjian-cli command, and the shared output helpers.
struct CliArgs
{
    QStringList positional;
    QHash<QString, QString> options; // --name VALUE
    QSet<QString> flags;             // --json

    // `valueOptions` take the next argument; anything else starting with -- is a flag,
    // and must be listed in `knownFlags` (an unknown option is a usage error).
    static CliArgs parse(const QStringList &args, const QSet<QString> &valueOptions,
                         const QSet<QString> &knownFlags);
    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return options.value(option, fallback);
    }
    // The Nth positional argument, or a usage error naming `what`.
    QString required(int index, const QString &what) const;
};

// A mistake in the command line itself (exit code 2).
class UsageError : public dj::Error
{
public:
    explicit UsageError(const QString &message) : dj::Error(dj::Error::Kind::Invalid, message) {}
};

// Exit codes: 0 success, 1 a check found problems, 2 usage, 3 file cannot be used,
// 4 invalid data or a rule was broken, 5 storage failure, 6 not signed in or not allowed.
namespace dj {
class Database;
}

namespace cli {
// Opens a data file for a command. Read-only opens never write (no migration, no WAL switch)
// and refuse a file in an older format with the way to upgrade it; otherwise the file is
// opened normally, which upgrades it after a backup copy.
std::unique_ptr<dj::Database> openData(const QString &path, bool readOnly);

enum Exit { Ok = 0, CheckFailed = 1, Usage = 2, BadFile = 3, BadData = 4, StorageFailure = 5, NotAllowed = 6 };
int exitCodeFor(const dj::Error &e);
[[noreturn]] void usage(const QString &message);
// --year as a number from 2000 to 2100, or a usage error.
int yearOption(const CliArgs &a);
void printLine(const QString &line);
// Who runs the command, for "trusted by", "imported by" (the login name).
QString currentUser();
void printJson(const QJsonDocument &doc);
// Prints `question` and reads a line from stdin: true only for "yes".
bool confirm(const QString &question);
} // namespace cli
