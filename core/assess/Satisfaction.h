#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dj {

// The yearly 满意度测评 of the 机关党委: branches and members mark each item 满意 / 基本满意 /
// 不满意 (the options are configurable, best first; the first `satisfied` of them count as
// satisfied). Ballots are typed one by one or entered as counts per item and option.
struct SatisfactionSurvey
{
    struct Item
    {
        QString id;
        QString text;
    };
    QString id;
    int year = 0;
    QString title;
    QStringList options;
    int satisfied = 2;
    QList<Item> items;
};

// Respondents are branches (党支部) or members (党员).
enum class RespondentKind { Branch, Member };

struct SatisfactionBallot
{
    QString ballotNo;
    RespondentKind kind = RespondentKind::Member;
    bool valid = true;
    QList<int> answers; // option index per item, -1 for no mark
};

// Counts typed in instead of single ballots: how many respondents of a kind chose an option
// on an item, and how many ballots of a kind were invalid.
struct SatisfactionCounts
{
    RespondentKind kind = RespondentKind::Member;
    QList<QList<int>> perItem; // [item][option]
    int invalid = 0;
};

// Results: per item the counts of each option and the rate (satisfied ÷ valid answers), the
// overall rate over every answer, and the invalid ballots apart.
struct SatisfactionResult
{
    struct Line
    {
        QString text;
        QList<int> counts;
        int valid = 0;
        double rate = 0; // 0–1; 0 with no answers
    };
    QStringList options;
    QList<Line> items;
    int validBallots = 0;   // typed ballots that were valid (counts entry has no ballot count)
    int invalidBallots = 0; // typed invalid ballots plus invalid counts
    double overall = 0;     // Σ satisfied answers ÷ Σ answers
};

} // namespace dj
