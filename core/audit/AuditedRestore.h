#pragma once

#include "storage/BackupStore.h"

namespace dj {

// A restore that the audit log records: BackupStore::restore puts the backup's content, and
// with it the backup's log, in place of the file's; this appends to the restored log an entry
// naming the copy and carrying the head the restore replaced, so the jump back is on record
// and the replaced log can be found again (in the copy made before restoring, which is never
// rotated away).
class AuditedRestore
{
public:
    static BackupInfo run(Database &db, const QString &path, const Database::Progress &progress = {});
};

} // namespace dj
