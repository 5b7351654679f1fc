#pragma once

#include "AssessEntries.h"

#include <QList>

namespace dj {

class Database;

// 党组评价: each evaluator scores each organisation 0–100; the component is the mean.
class PartyGroupRepository
{
public:
    explicit PartyGroupRepository(Database &db) : m_db(db) {}

    // All or nothing; a mark without a score removes that evaluator's mark. Throws Invalid
    // (score outside 0–100, no evaluator), NotFound (organisation not assessed), Conflict
    // (sealed).
    struct Input
    {
        QString orgId;
        QString evaluator;
        std::optional<double> score;
    };
    void set(const QString &assessmentId, const QList<Input> &marks, const QString &enteredBy);
    QList<PartyGroupMark> marks(const QString &assessmentId) const;

private:
    Database &m_db;
};

} // namespace dj
