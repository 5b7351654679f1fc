#include "IndicatorRules.h"

#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dj::indicatorrules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::IndicatorRules)
};

constexpr double kEps = 1e-9;
constexpr double kMaxCount = limits::OccurrencesMax;

Error invalid(const QString &message) { return Error(Error::Kind::Invalid, message); }

bool whole(double v) { return std::abs(v - std::round(v)) < kEps; }
} // namespace

QString number(double v) { return QString::number(v, 'g', 12); }

void checkIndicator(const Indicator &i)
{
    const QString who = i.code.trimmed().isEmpty() ? i.name.trimmed() : i.code.trimmed();
    if (i.code.trimmed().isEmpty())
        throw invalid(Tr::tr("Indicator %1 needs a code (指标编号).").arg(i.name.trimmed()));
    if (i.name.trimmed().isEmpty())
        throw invalid(Tr::tr("Indicator %1 needs a name.").arg(who));
    if (i.area.trimmed().isEmpty())
        throw invalid(Tr::tr("Indicator %1 needs an area (一级指标).").arg(who));
    using fieldcheck::Lines;
    for (const QString &p :
         {fieldcheck::problem(Tr::tr("The code"), i.code.trimmed(), limits::CodeMax),
          fieldcheck::problem(Tr::tr("The name"), i.name.trimmed(), limits::TitleMax),
          fieldcheck::problem(Tr::tr("The area"), i.area.trimmed(), limits::CategoryMax),
          fieldcheck::problem(Tr::tr("The scoring standard"), i.standard.trimmed(), limits::ContentMax, Lines::Many),
          fieldcheck::problem(Tr::tr("The evidence"), i.evidence.trimmed(), limits::EvidenceMax, Lines::Many)})
        if (!p.isEmpty())
            throw invalid(Tr::tr("Indicator %1: %2").arg(who.left(limits::CodeMax), p));
    if (!std::isfinite(i.maxScore) || i.maxScore < 0 || i.maxScore > limits::ScoreMax)
        throw invalid(Tr::tr("Indicator %1: the maximum score must be between 0 and 100.").arg(who));
    if (!std::isfinite(i.points) || i.points < 0 || !std::isfinite(i.target) || i.target < 0)
        throw invalid(Tr::tr("Indicator %1: points and target cannot be negative.").arg(who));
    for (const QString &p : {fieldcheck::rangeProblem(Tr::tr("The points per occurrence"), i.points, 0, limits::ScoreMax),
                             fieldcheck::rangeProblem(Tr::tr("The target"), i.target, 0, limits::TargetMax)})
        if (!p.isEmpty())
            throw invalid(Tr::tr("Indicator %1: %2").arg(who, p));
    switch (i.rule) {
    case ScoreRule::Veto:
        if (i.maxScore > 0)
            throw invalid(Tr::tr("Indicator %1 is a veto: it gives no points, so its maximum must be 0.").arg(who));
        break;
    case ScoreRule::Deduct:
    case ScoreRule::Add:
        if (i.points <= 0)
            throw invalid(Tr::tr("Indicator %1 (%2) needs the points per occurrence (每次分值).")
                              .arg(who, vocab::sheetWord(i.rule)));
        [[fallthrough]];
    default:
        if (i.maxScore <= 0)
            throw invalid(Tr::tr("Indicator %1 needs a maximum score above 0.").arg(who));
    }
    if (i.rule == ScoreRule::Ratio && i.target <= 0)
        throw invalid(Tr::tr("Indicator %1 (比例) needs a target above 0 (目标值).").arg(who));
}

void checkSchemeInfo(const Scheme &s)
{
    if (s.name.trimmed().isEmpty())
        throw invalid(Tr::tr("The scheme needs a name."));
    fieldcheck::text(Tr::tr("The scheme's name"), s.name.trimmed(), limits::TitleMax);
    fieldcheck::text(Tr::tr("The scheme's note"), s.note.trimmed(), limits::NoteMax, fieldcheck::Lines::Many);
    for (int y : {s.yearFrom, s.yearTo})
        if (y != 0 && (y < limits::YearMin || y > limits::YearMax))
            throw invalid(Tr::tr("The years of a scheme are from %1 to %2 (or 0 for no limit), not %3.")
                              .arg(limits::YearMin)
                              .arg(limits::YearMax)
                              .arg(y));
    if (s.yearFrom != 0 && s.yearTo != 0 && s.yearTo < s.yearFrom)
        throw invalid(Tr::tr("The last year of the scheme is before its first year."));
}

void checkScheme(const Scheme &s)
{
    checkSchemeInfo(s);
    if (s.indicators.isEmpty())
        throw invalid(Tr::tr("The scheme %1 has no indicators.").arg(s.name));
    QSet<QString> codes;
    for (const Indicator &i : s.indicators) {
        checkIndicator(i);
        if (codes.contains(i.code.trimmed()))
            throw invalid(Tr::tr("The indicator code %1 appears twice.").arg(i.code.trimmed()));
        codes.insert(i.code.trimmed());
    }
    if (s.maxTotal() <= 0)
        throw invalid(Tr::tr("The indicators of %1 give no points at all.").arg(s.name));
}

void checkValue(const Indicator &i, double v)
{
    if (!std::isfinite(v))
        throw invalid(Tr::tr("Indicator %1: the value is not a number.").arg(i.code));
    switch (i.rule) {
    case ScoreRule::Judged:
        if (v < 0 || v > i.maxScore + kEps)
            throw invalid(Tr::tr("Indicator %1: the score %2 is outside 0–%3.")
                              .arg(i.code, number(v), number(i.maxScore)));
        break;
    case ScoreRule::Deduct:
    case ScoreRule::Add:
    case ScoreRule::Veto:
        if (v < 0 || !whole(v) || v > kMaxCount)
            throw invalid(Tr::tr("Indicator %1 counts occurrences: %2 is not a whole number from 0 to %3.")
                              .arg(i.code, number(v))
                              .arg(kMaxCount));
        break;
    case ScoreRule::Met:
        if (!(std::abs(v) < kEps || std::abs(v - 1) < kEps))
            throw invalid(Tr::tr("Indicator %1 is met (1) or not met (0), not %2.").arg(i.code, number(v)));
        break;
    case ScoreRule::Ratio:
        if (v < 0 || v > 1e9)
            throw invalid(Tr::tr("Indicator %1: the value %2 cannot be negative.").arg(i.code, number(v)));
        break;
    }
}

double parseValue(const Indicator &i, const QString &text)
{
    const QString t = text.trimmed();
    if (i.rule == ScoreRule::Met) {
        static const QStringList yes = QString::fromUtf8("是|达标|√|✓|Y|yes").split(QLatin1Char('|'));
        static const QStringList no = QString::fromUtf8("否|未达标|不达标|×|✗|N|no").split(QLatin1Char('|'));
        if (yes.contains(t, Qt::CaseInsensitive))
            return 1;
        if (no.contains(t, Qt::CaseInsensitive))
            return 0;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        throw invalid(Tr::tr("Indicator %1 needs %2, not “%3”.").arg(i.code, vocab::valueLabel(i.rule), t));
    checkValue(i, v);
    return v;
}

double score(const Indicator &i, std::optional<double> value)
{
    const double v = value.value_or(0);
    switch (i.rule) {
    case ScoreRule::Judged:
        return std::clamp(v, 0.0, i.maxScore);
    case ScoreRule::Deduct:
        return std::max(0.0, i.maxScore - v * i.points);
    case ScoreRule::Add:
        return std::min(i.maxScore, v * i.points);
    case ScoreRule::Met:
        return v >= 0.5 ? i.maxScore : 0.0;
    case ScoreRule::Ratio:
        return i.target > 0 ? std::min(v / i.target, 1.0) * i.maxScore : 0.0;
    case ScoreRule::Veto:
        return 0;
    }
    return 0;
}

bool vetoes(const Indicator &i, std::optional<double> value)
{
    return i.rule == ScoreRule::Veto && value.value_or(0) >= 0.5;
}

} // namespace dj::indicatorrules
