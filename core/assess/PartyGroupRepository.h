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

    // The party group's members now, the evaluators a 党组评价 is given by: their names (the
    // columns of the marks) and posts (党组书记 first, the 党组副书记, then each 党组成员 by
    // the date appointed).
    struct Member
    {
        QString name;
        QString post; // 党组书记, 党组副书记, 党组成员
    };
    QList<Member> members() const;

private:
    Database &m_db;
};

} // namespace dj
