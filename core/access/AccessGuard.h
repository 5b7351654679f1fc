#pragma once

namespace dj {

class Database;

// Enforces the session's role on a writable connection, below every repository: TEMP
// triggers refuse any change a read-only account makes, and any change a branch account makes
// outside its organisation's subtree (found through dj_in_scope(org_id), a function walking
// up the organisation tree). Administrators and the 机关党委 get no triggers at all. A
// refused change fails with "dj-denied:…", which storageError() turns into Error::Kind::Denied.
class AccessGuard
{
public:
    static void install(Database &db);
    // The tables a branch account may change within its subtree, with the SQL that finds a
    // row's organisation (X stands for NEW or OLD); any other audited table is the
    // department's and only the 机关党委 and administrators change it.
    static const char *scopeOf(const char *table);
};

} // namespace dj
