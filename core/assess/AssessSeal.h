#pragma once

#include "AssessResult.h"

#include <QString>
#include <QStringList>

namespace dj {

class Database;

// Sealing (封存) a year: refused while a value is still to be entered (a component of an
// organisation, a party-group mark, a review of a self-assessed value), while double-entered
// ballots disagree or while a quota tie waits for a decision; afterwards nothing in the year changes until it is reopened with a
// recorded reason.
class AssessSeal
{
public:
    // What stands in the way of sealing, one sentence each; empty when it may be sealed.
    static QStringList blockers(Database &db, const QString &assessmentId);
    // Throws dj::Error(Conflict) listing the blockers; (Denied) without
    // Permission::ReviewAssessment. Sealing and reopening record the signed-in account, not
    // `byWhom`, when the file has accounts.
    static void seal(Database &db, const QString &assessmentId, const QString &byWhom);
    // "not entered: party group evaluation; self-assessed but not reviewed: A01、A03";
    // empty when nothing of the organisation is missing.
    static QString missingText(const OrgResult &r);
    // daily / party_group / report as the interface names them.
    static QString componentName(const QString &key);
    static void reopen(Database &db, const QString &assessmentId, const QString &reason, const QString &byWhom);
};

} // namespace dj
