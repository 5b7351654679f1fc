#pragma once

#include "Satisfaction.h"

#include <optional>

namespace dj {

class Database;

// 满意度测评 surveys, one per year: the ballot definition, ballots typed one by one, counts
// typed per kind of respondent, and the results.
class SatisfactionRepository
{
public:
    explicit SatisfactionRepository(Database &db) : m_db(db) {}

    // The usual items of the 机关党委's survey, for a new one.
    static QStringList defaultItems();
    static QStringList defaultOptions();

    // Throws Invalid (no title, no items, fewer than 2 options, satisfied not below their
    // count) or Conflict (the year has a survey).
    QString create(int year, const QString &title, const QStringList &items,
                   const QStringList &options = defaultOptions(), int satisfied = 2);
    std::optional<SatisfactionSurvey> forYear(int year) const;
    SatisfactionSurvey get(const QString &id) const;

    // Adds or replaces a typed ballot; throws Invalid for an answer that is not an option or a
    // count of answers other than the items'.
    void setBallot(const QString &surveyId, const SatisfactionBallot &ballot);
    void removeBallot(const QString &surveyId, const QString &ballotNo);
    QList<SatisfactionBallot> ballots(const QString &surveyId) const;
    // Replaces the counts of one kind of respondent.
    void setCounts(const QString &surveyId, const SatisfactionCounts &counts);
    SatisfactionCounts counts(const QString &surveyId, RespondentKind kind) const;

    SatisfactionResult result(const QString &surveyId) const;
    // Ballots and counts of a survey as the result computes them (tests build these by hand).
    static SatisfactionResult compute(const SatisfactionSurvey &s, const QList<SatisfactionBallot> &ballots,
                                      const QList<SatisfactionCounts> &counts);

    static QString code(RespondentKind k);

private:
    Database &m_db;
};

} // namespace dj
