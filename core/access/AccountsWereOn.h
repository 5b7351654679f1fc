#pragma once

#include <QString>

namespace dj {

class Database;

// Whether a data file had accounts, by what an edit of the account table alone cannot remove
// (issue 18 item 4): deleting the account rows with sqlite3 must not turn sign-in off. Asked
// when the account table is empty (Database::takeSession refuses to open when it answers).
//
// What it reads:
// - the audit log: an account added and never removed there, or the last of the
//   accounts-on/accounts-off events being "on". Both are entries of the hash chain, so
//   removing them leaves a gap or a head that no longer matches, which AuditLog::verify and
//   `dangjian-cli check` report;
// - the newest backup copy beside the file (a head recorded elsewhere): when it has accounts,
//   this file's log must still hold the copy's last entry unchanged, or record a restore that
//   replaced exactly that head — otherwise the log was cut back or emptied since.
// What it cannot see: a log rewritten from the first account onwards with every chain
// recomputed (the chain has no secret) together with the backups removed; a head noted
// elsewhere (another office's package header, a printed check) shows that.
//
// - the office key vault (OfficeKeyVault::sealed): the keys stay wrapped until the last
//   account is removed in the program.
// One place to extend: further facts that say accounts were on go into evidence().
class AccountsWereOn
{
public:
    // Empty when nothing says the file had accounts; otherwise one clause saying what does.
    static QString evidence(const Database &db);
};

} // namespace dj
