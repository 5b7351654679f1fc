#pragma once

namespace dj {

class Database;
struct UserSession;

// What a role may do beyond changing rows (rows are guarded by AccessGuard). Checked in core
// where the work starts, so the command line is held to the same rules as the window.
enum class Permission {
    ManageAccounts,   // administrators
    RestoreBackup,    // administrators: it replaces everything, the audit log included
    CopyAllData,      // administrators and the 机关党委: backups, exchange packages
    ImportPackages,   // administrators and the 机关党委
    ChangeSettings,   // administrators: the office's name, how many backups are kept
    ReadAuditLog,     // administrators and the 机关党委
    // The department's say over an assessment (issue 18): the 审核 stage of daily scores,
    // decisions on tied grades, sealing and reopening, the 联学联建 pairs. Administrators and
    // the 机关党委; a branch account enters its 自评 only.
    ReviewAssessment,
};

bool allowed(const UserSession &user, Permission p);
// Throws dj::Error(Kind::Denied) saying which role is needed.
void require(const Database &db, Permission p);

} // namespace dj
