#pragma once

#include "BackupStore.h"

namespace dj {

// A verified copy made before a bulk change (a sheet import), removed again unless keep() is
// called, so a refused or cancelled change leaves no copy behind. Inside an open transaction
// no copy is made: it would hold the uncommitted state (the caller's own copy covers it).
class ScopedBackup
{
public:
    explicit ScopedBackup(Database &db)
    {
        if (db.transactionDepth() == 0)
            m_path = BackupStore(db).make(BackupInfo::Reason::Import).path;
    }
    ~ScopedBackup()
    {
        if (!m_kept && !m_path.isEmpty())
            Database::removeFiles(m_path);
    }
    ScopedBackup(const ScopedBackup &) = delete;
    ScopedBackup &operator=(const ScopedBackup &) = delete;

    // The change was made: the copy stays. Returns its path (empty when none was made).
    QString keep()
    {
        m_kept = true;
        return m_path;
    }

private:
    QString m_path;
    bool m_kept = false;
};

} // namespace dj
