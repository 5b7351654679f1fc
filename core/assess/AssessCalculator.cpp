#include "AssessCalculator.h"

#include "Grader.h"
#include "IndicatorRules.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace dj {

double AssessCalculator::mean(const std::vector<double> &v)
{
    if (v.empty())
        return 0;
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / double(v.size());
}

double AssessCalculator::trimmedMean(const std::vector<double> &v, int trimFrom)
{
    if (int(v.size()) < std::max(trimFrom, 3))
        return mean(v);
    double sum = 0;
    for (double x : v)
        sum += x;
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return (sum - *lo - *hi) / double(v.size() - 2);
}

void AssessCalculator::rank(QList<OrgResult> &rows)
{
    for (int i = 0; i < rows.size(); ++i)
        rows[i].rank = (i > 0 && centiKey(rows.at(i).total) == centiKey(rows.at(i - 1).total))
                           ? rows.at(i - 1).rank
                           : i + 1;
}

AssessResult AssessCalculator::compute(const AssessInputs &in)
{
    AssessResult out;
    out.year = in.assessment.year;
    out.weights = in.assessment.weights;
    out.areas = in.scheme.areas();
    out.grades = in.assessment.grading.grades();
    const QList<Indicator> &indicators = in.scheme.indicators;
    const size_t ni = size_t(indicators.size());
    std::vector<int> areaOf(ni);
    for (size_t i = 0; i < ni; ++i)
        areaOf[i] = int(out.areas.indexOf(indicators.at(int(i)).area));
    out.areaMaxima = QList<double>(out.areas.size(), 0.0);
    for (size_t i = 0; i < ni; ++i)
        out.areaMaxima[areaOf[i]] += indicators.at(int(i)).maxScore;
    const double maxTotal = in.scheme.maxTotal();
    const Weights &w = in.assessment.weights;

    QHash<QString, QString> choices;
    QList<OrgResult> unscored;
    out.rows.reserve(in.orgs.size());
    for (int o = 0; o < in.orgs.size(); ++o) {
        const AssessInputs::Org &org = in.orgs.at(o);
        OrgResult r;
        r.orgId = org.id;
        r.code = org.code;
        r.name = org.name;
        r.areas = QList<double>(out.areas.size(), 0.0);
        double points = 0;
        bool reviewed = false;
        for (size_t i = 0; i < ni; ++i) {
            const double v = in.review.at(size_t(o) * ni + i);
            reviewed = reviewed || !std::isnan(v);
            const std::optional<double> value = std::isnan(v) ? std::nullopt : std::optional<double>(v);
            const Indicator &ind = indicators.at(int(i));
            const double s = indicatorrules::score(ind, value);
            points += s;
            r.areas[areaOf[i]] += s;
            r.veto = r.veto || indicatorrules::vetoes(ind, value);
        }
        if (reviewed)
            r.daily = maxTotal > 0 ? points / maxTotal * 100.0 : 0.0;
        const std::vector<double> &marks = in.partyGroup.at(size_t(o));
        if (!marks.empty())
            r.partyGroup = mean(marks);
        r.partyGroupMarks = int(marks.size());
        const std::vector<double> &ballots = in.ballots.at(size_t(o));
        if (!ballots.empty())
            r.report = trimmedMean(ballots, in.assessment.trimFrom);
        r.ballots = int(ballots.size());

        // The total over what is there; what is not is named.
        double sum = 0, weight = 0;
        const auto take = [&](const std::optional<double> &c, double weightOfC, const char *key) {
            if (weightOfC <= 0)
                return;
            if (c) {
                sum += weightOfC * *c;
                weight += weightOfC;
            } else {
                r.missing << QLatin1String(key);
            }
        };
        take(r.daily, w.daily, "daily");
        take(r.partyGroup, w.partyGroup, "party_group");
        take(r.report, w.report, "report");
        r.scored = weight > 0;
        r.total = r.scored ? sum / weight : 0.0;
        if (w.daily > 0)
            for (int i : in.unreviewed.at(size_t(o)))
                r.unreviewed << indicators.at(i).code;
        if (w.partyGroup > 0) {
            const QStringList &by = in.markedBy.at(size_t(o));
            for (const QString &e : in.evaluators)
                if (!by.contains(e)) {
                    ++out.gaps.partyGroupMarks;
                    r.partyGroupMissing << e;
                }
            if (!r.partyGroup)
                r.partyGroupMissing.clear(); // named once, as the missing component
        }
        out.gaps.daily += r.missing.contains(QLatin1String("daily")) ? 1 : 0;
        out.gaps.partyGroup += r.missing.contains(QLatin1String("party_group")) ? 1 : 0;
        out.gaps.report += r.missing.contains(QLatin1String("report")) ? 1 : 0;
        out.gaps.unreviewed += int(r.unreviewed.size());
        out.gaps.provisional += r.provisional() ? 1 : 0;
        if (!org.gradeChoice.isEmpty())
            choices.insert(org.id, org.gradeChoice);
        (r.scored ? out.rows : unscored) << r;
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const OrgResult &a, const OrgResult &b) {
        const qint64 ka = centiKey(a.total), kb = centiKey(b.total);
        return ka != kb ? ka > kb : a.code < b.code;
    });
    rank(out.rows);
    Grader::assign(out.rows, in.assessment.grading, choices, &out.ties);
    out.rows << unscored; // in the order of the tree, without rank or grade
    return out;
}

} // namespace dj
