#pragma once

#include "AssessEntries.h"
#include "AssessResult.h"
#include "Scheme.h"
#include "storage/Attachment.h"

#include <optional>

namespace dj {

class Database;

// How one organisation's total came to be: each indicator with its rule, what was entered
// (自评 and 审核, by whom and when), the evidence and the points; each party-group mark;
// each ballot and which were dropped; the weights, the rank and why the grade.
struct AssessExplanation
{
    struct Line
    {
        Indicator indicator;
        std::optional<ScoreEntry> self;
        std::optional<ScoreEntry> review;
        double points = 0;
        bool vetoes = false;
        QList<Attachment> evidence; // of the reviewed entry, then of the self-assessment

        // The branch's 自评 note and the reviewer's 审核 note, both kept: each with its label
        // ("自评：…", "审核：…"); one alone when they say the same; none when both are empty.
        QStringList notes(const QString &selfLabel, const QString &reviewLabel) const
        {
            const QString own = self ? self->note.trimmed() : QString();
            const QString reviewer = review ? review->note.trimmed() : QString();
            QStringList out;
            if (!own.isEmpty())
                out << selfLabel + own;
            if (!reviewer.isEmpty() && reviewer != own)
                out << reviewLabel + reviewer;
            return out;
        }
    };
    struct Ballot
    {
        QString ballotNo;
        QString raterKind;
        double score = 0;
        QString word;
        bool dropped = false; // the highest or lowest, dropped from the mean
    };

    int year = 0;
    Weights weights;
    Grading grading;
    OrgResult result;
    int organisations = 0; // how many were assessed (for "rank 3 of 12")
    QStringList areas;
    QList<double> areaMaxima;
    double maxTotal = 0;
    QList<Line> lines;
    QList<PartyGroupMark> partyGroup;
    QList<Ballot> ballots;
    int trimFrom = 5;
    QString gradeReason; // one sentence: threshold reached, quota place, veto, or waiting
};

class AssessExplain
{
public:
    // Throws NotFound when the organisation is not part of the assessment.
    static AssessExplanation build(Database &db, const QString &assessmentId, const QString &orgId);
};

} // namespace dj
