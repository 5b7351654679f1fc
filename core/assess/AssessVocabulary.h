#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dj {

// How an indicator turns what was entered into points (评分方式).
enum class ScoreRule {
    Judged, // 评分: the reviewer's score, 0 to the maximum
    Deduct, // 扣分: maximum − occurrences × points, not below 0
    Add,    // 加分: occurrences × points, not above the maximum
    Met,    // 达标: the maximum or nothing
    Ratio,  // 比例: min(value / target, 1) × maximum
    Veto,   // 否决: no points; any occurrence forces the lowest grade
};

// A grade scale, best grade first. The words are data (printed on forms), not interface.
struct GradeScale
{
    QString code;
    QStringList grades;
};

namespace vocab {
const QList<ScoreRule> &scoreRules();
QString code(ScoreRule r);
std::optional<ScoreRule> scoreRuleFromCode(const QString &code);
// The word a sheet and a printed form use (评分 …); also accepted by scoreRuleFromWord.
QString sheetWord(ScoreRule r);
// A rule from its sheet word or its code (as typed in a spreadsheet).
std::optional<ScoreRule> scoreRuleFromWord(const QString &word);
QString label(ScoreRule r);      // translated
QString valueLabel(ScoreRule r); // what is entered: score, occurrences, met, value (translated)

// good3 好/中/差 (the default), good4 好/较好/一般/差, cadre4 优秀/称职/基本称职/不称职.
const QList<GradeScale> &gradeScales();
// By code or by its grades joined with '/' (好/中/差); nullopt when unknown.
std::optional<GradeScale> gradeScale(const QString &codeOrWords);

// The grade words a 述职 ballot may carry instead of a number, best first.
const QStringList &ballotWords();
} // namespace vocab

} // namespace dj
