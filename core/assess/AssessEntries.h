#pragma once

#include <QString>
#include <optional>

namespace dj {

// 自评 (the branch's own value) and 审核 (the 机关党委's reviewed value, the one that counts).
enum class ScoreStage { Self, Review };

// One value entered for an organisation and an indicator.
struct ScoreEntry
{
    QString id;
    QString orgId;
    QString indicatorId;
    ScoreStage stage = ScoreStage::Review;
    double value = 0;
    QString note;
    QString enteredBy;
    QString updatedAt; // ISO UTC
};

// A value to store; no value removes the entry.
struct ScoreInput
{
    QString orgId;
    QString indicatorId;
    ScoreStage stage = ScoreStage::Review;
    std::optional<double> value;
    QString note;
};

// One evaluator's 党组评价 of an organisation.
struct PartyGroupMark
{
    QString orgId;
    QString evaluator;
    double score = 0;
    QString enteredBy;
    QString updatedAt;
};

// One organisation's mark on one typing of a 述职 ballot.
struct BallotMark
{
    QString ballotNo;
    int entry = 1; // 1: first typing, 2: the second typing of double entry
    QString raterKind;
    QString orgId;
    double score = 0;
    QString word; // the grade word as marked, empty for a number
    QString enteredBy;
    QString updatedAt;

    QString text() const;
};

// A ballot whose two typings disagree for one organisation (or in the rater kind).
struct BallotMismatch
{
    QString ballotNo;
    QString orgId; // empty when the rater kind differs
    QString first;
    QString second;
};

} // namespace dj
