#include "AssessVocabulary.h"

#include <QCoreApplication>

namespace dj::vocab {

namespace {
struct RuleInfo
{
    ScoreRule rule;
    const char *code;
    const char *word; // UTF-8
    const char *label;
    const char *value;
};
const RuleInfo kRules[] = {
    {ScoreRule::Judged, "judged", "评分", QT_TRANSLATE_NOOP("dj::vocab", "Judged score"),
     QT_TRANSLATE_NOOP("dj::vocab", "Score")},
    {ScoreRule::Deduct, "deduct", "扣分", QT_TRANSLATE_NOOP("dj::vocab", "Deduct per occurrence"),
     QT_TRANSLATE_NOOP("dj::vocab", "Occurrences")},
    {ScoreRule::Add, "add", "加分", QT_TRANSLATE_NOOP("dj::vocab", "Add per occurrence"),
     QT_TRANSLATE_NOOP("dj::vocab", "Occurrences")},
    {ScoreRule::Met, "met", "达标", QT_TRANSLATE_NOOP("dj::vocab", "Met or not met"),
     QT_TRANSLATE_NOOP("dj::vocab", "Met (1) or not (0)")},
    {ScoreRule::Ratio, "ratio", "比例", QT_TRANSLATE_NOOP("dj::vocab", "Ratio to a target"),
     QT_TRANSLATE_NOOP("dj::vocab", "Value achieved")},
    {ScoreRule::Veto, "veto", "否决", QT_TRANSLATE_NOOP("dj::vocab", "Veto"),
     QT_TRANSLATE_NOOP("dj::vocab", "Occurrences")},
};

QString tr(const char *s) { return QCoreApplication::translate("dj::vocab", s); }
} // namespace

const QList<ScoreRule> &scoreRules()
{
    static const QList<ScoreRule> all = [] {
        QList<ScoreRule> l;
        for (const RuleInfo &i : kRules)
            l << i.rule;
        return l;
    }();
    return all;
}

QString code(ScoreRule r) { return QString::fromLatin1(kRules[int(r)].code); }

std::optional<ScoreRule> scoreRuleFromCode(const QString &code)
{
    for (const RuleInfo &i : kRules)
        if (code == QLatin1String(i.code))
            return i.rule;
    return std::nullopt;
}

QString sheetWord(ScoreRule r) { return QString::fromUtf8(kRules[int(r)].word); }

std::optional<ScoreRule> scoreRuleFromWord(const QString &word)
{
    const QString w = word.trimmed();
    for (const RuleInfo &i : kRules)
        if (w == QString::fromUtf8(i.word) || w.compare(QLatin1String(i.code), Qt::CaseInsensitive) == 0)
            return i.rule;
    return std::nullopt;
}

QString label(ScoreRule r) { return tr(kRules[int(r)].label); }
QString valueLabel(ScoreRule r) { return tr(kRules[int(r)].value); }

const QList<GradeScale> &gradeScales()
{
    static const QList<GradeScale> all = {
        {QStringLiteral("good3"), QString::fromUtf8("好/中/差").split(QLatin1Char('/'))},
        {QStringLiteral("good4"), QString::fromUtf8("好/较好/一般/差").split(QLatin1Char('/'))},
        {QStringLiteral("cadre4"), QString::fromUtf8("优秀/称职/基本称职/不称职").split(QLatin1Char('/'))},
    };
    return all;
}

std::optional<GradeScale> gradeScale(const QString &codeOrWords)
{
    const QString s = codeOrWords.trimmed();
    for (const GradeScale &g : gradeScales())
        if (s == g.code || s == g.grades.join(QLatin1Char('/')))
            return g;
    return std::nullopt;
}

const QStringList &ballotWords()
{
    static const QStringList words = QString::fromUtf8("好/较好/一般/差").split(QLatin1Char('/'));
    return words;
}

} // namespace dj::vocab
