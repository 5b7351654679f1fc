#pragma once

#include <QString>
#include <QStringList>

namespace dj {

class Database;

// Sealing (封存) a year: refused while double-entered ballots disagree or a quota tie
// waits for a decision; afterwards nothing in the year changes until it is reopened with a
// recorded reason.
class AssessSeal
{
public:
    // What stands in the way of sealing, one sentence each; empty when it may be sealed.
    static QStringList blockers(Database &db, const QString &assessmentId);
    // Throws dj::Error(Conflict) listing the blockers.
    static void seal(Database &db, const QString &assessmentId, const QString &byWhom);
    static void reopen(Database &db, const QString &assessmentId, const QString &reason, const QString &byWhom);
};

} // namespace dj
