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
    out.rows.reserve(in.orgs.size());
    for (int o = 0; o < in.orgs.size(); ++o) {
        const AssessInputs::Org &org = in.orgs.at(o);
        OrgResult r;
        r.orgId = org.id;
        r.code = org.code;
        r.name = org.name;
        r.areas = QList<double>(out.areas.size(), 0.0);
        double points = 0;
        for (size_t i = 0; i < ni; ++i) {
            const double v = in.review.at(size_t(o) * ni + i);
            const std::optional<double> value = std::isnan(v) ? std::nullopt : std::optional<double>(v);
            const Indicator &ind = indicators.at(int(i));
            const double s = indicatorrules::score(ind, value);
            points += s;
            r.areas[areaOf[i]] += s;
            r.veto = r.veto || indicatorrules::vetoes(ind, value);
        }
        r.daily = maxTotal > 0 ? points / maxTotal * 100.0 : 0.0;
        r.partyGroup = mean(in.partyGroup.at(size_t(o)));
        r.partyGroupMarks = int(in.partyGroup.at(size_t(o)).size());
        r.report = trimmedMean(in.ballots.at(size_t(o)), in.assessment.trimFrom);
        r.ballots = int(in.ballots.at(size_t(o)).size());
        r.total = (w.daily * r.daily + w.partyGroup * r.partyGroup + w.report * r.report) / 100.0;
        if (!org.gradeChoice.isEmpty())
            choices.insert(org.id, org.gradeChoice);
        out.rows << r;
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const OrgResult &a, const OrgResult &b) {
        const qint64 ka = centiKey(a.total), kb = centiKey(b.total);
        return ka != kb ? ka > kb : a.code < b.code;
    });
    rank(out.rows);
    Grader::assign(out.rows, in.assessment.grading, choices, &out.ties);
    return out;
}

} // namespace dj
