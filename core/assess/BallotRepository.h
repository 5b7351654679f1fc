#pragma once

#include "AssessEntries.h"

#include <QList>

namespace dj {

class Database;

// 述职评议 paper ballots, typed per ballot number. A ballot may be typed twice by two people
// (entry 1 and 2); where the typings differ the ballot is listed and the year cannot be
// sealed until someone corrects it.
class BallotRepository
{
public:
    explicit BallotRepository(Database &db) : m_db(db) {}

    struct Input
    {
        QString ballotNo;
        QString raterKind;
        QString orgId;
        QString text; // a score 0–100 or a grade word 好/较好/一般/差
    };
    // Each ballot number in `marks` is replaced as a whole by its marks here (for that
    // typing); all or nothing. Throws Invalid (naming ballot and organisation), NotFound
    // (organisation not assessed), Conflict (sealed).
    void set(const QString &assessmentId, int entry, const QList<Input> &marks, const QString &enteredBy);
    void removeBallot(const QString &assessmentId, const QString &ballotNo, int entry);
    QList<BallotMark> marks(const QString &assessmentId) const;
    QList<BallotMismatch> mismatches(const QString &assessmentId) const;

    // A mark as typed: the score and the grade word (empty for a number). Throws Invalid.
    static std::pair<double, QString> parse(const QString &text, const QList<double> &wordPoints);

private:
    Database &m_db;
};

} // namespace dj
