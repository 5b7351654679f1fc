#pragma once

#include "AssessEntries.h"

#include <QList>

namespace dj {

class Database;

// 日常量化考核 values: per organisation and indicator, the 自评 and the 审核 side by side,
// with a note, who entered it and when. Evidence files hang on the entry (attachment,
// owner_table assess_score).
class ScoreRepository
{
public:
    explicit ScoreRepository(Database &db) : m_db(db) {}

    // All in one transaction, all or nothing: throws Invalid naming the indicator (a score
    // above the maximum, a negative count), NotFound for an organisation not assessed or an
    // indicator not in the scheme, Conflict when the assessment is sealed, Denied for a 审核
    // value from an account without Permission::ReviewAssessment. `enteredBy` is recorded
    // only without accounts: a signed-in account records itself (UserSession::enteredBy).
    void set(const QString &assessmentId, const QList<ScoreInput> &inputs, const QString &enteredBy);
    QList<ScoreEntry> entries(const QString &assessmentId, const QString &orgId = {}) const;
    // The entry's id (for evidence); empty when nothing is entered.
    QString entryId(const QString &assessmentId, const QString &orgId, const QString &indicatorId,
                    ScoreStage stage) const;

    static QString code(ScoreStage s);

private:
    Database &m_db;
};

} // namespace dj
