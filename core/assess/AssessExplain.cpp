#include "AssessExplain.h"

#include "AssessData.h"
#include "AssessSeal.h"
#include "AssessmentRepository.h"
#include "BallotRepository.h"
#include "IndicatorRules.h"
#include "PartyGroupRepository.h"
#include "SchemeRepository.h"
#include "ScoreRepository.h"
#include "common/Error.h"
#include "storage/AttachmentStore.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AssessExplain)
};

QString finalReason(const AssessExplanation &e, const QString &total);

QString gradeReason(const AssessExplanation &e)
{
    const OrgResult &r = e.result;
    const QString total = QString::number(double(centiKey(r.total)) / 100.0, 'f', 2);
    if (!r.scored)
        return Tr::tr("Nothing is entered yet (%1): there is no total and no grade.").arg(AssessSeal::missingText(r));
    const QString reason = finalReason(e, total);
    if (r.provisional())
        return Tr::tr("Draft, values are still to be entered (%1); the draft total weighs the components entered, "
                   "their weights scaled to 100 %. As it stands: %2")
            .arg(AssessSeal::missingText(r), reason);
    return reason;
}

QString finalReason(const AssessExplanation &e, const QString &total)
{
    const OrgResult &r = e.result;
    if (r.veto)
        return Tr::tr("A veto indicator has an occurrence: the lowest grade, %1, whatever the total.").arg(r.grade);
    if (r.tie)
        return Tr::tr("The total %1 ties with another across a quota boundary: the grade waits for a decision.").arg(total);
    const QStringList names = e.grading.grades();
    const int g = int(names.indexOf(r.grade));
    if (e.grading.method == Grading::Method::Threshold) {
        if (g >= 0 && g < e.grading.limits.size())
            return Tr::tr("The total %1 reaches the threshold %2 of %3.")
                .arg(total, indicatorrules::number(e.grading.limits.at(g)), r.grade);
        return Tr::tr("The total %1 is below every threshold: %2.").arg(total, r.grade);
    }
    return Tr::tr("Rank %1 of %2 by quota (%3) gives %4.")
        .arg(r.rank)
        .arg(e.organisations)
        .arg(e.grading.shownLimitsText(), r.grade);
}
} // namespace

AssessExplanation AssessExplain::build(Database &db, const QString &assessmentId, const QString &orgId)
{
    AssessExplanation e;
    const Assessment a = AssessmentRepository(db).get(assessmentId);
    e.year = a.year;
    e.weights = a.weights;
    e.grading = a.grading;
    e.trimFrom = a.trimFrom;
    const AssessResult all = AssessData::compute(db, assessmentId);
    e.organisations = int(all.rows.size());
    e.areas = all.areas;
    e.areaMaxima = all.areaMaxima;
    const auto found = std::find_if(all.rows.begin(), all.rows.end(), [&](const OrgResult &r) { return r.orgId == orgId; });
    if (found == all.rows.end())
        throw Error(Error::Kind::NotFound, Tr::tr("The organisation is not part of the %1 assessment.").arg(a.year));
    e.result = *found;

    const Scheme scheme = SchemeRepository(db).get(a.schemeId);
    e.maxTotal = scheme.maxTotal();
    QHash<QString, ScoreEntry> self, review;
    for (const ScoreEntry &s : ScoreRepository(db).entries(assessmentId, orgId))
        (s.stage == ScoreStage::Self ? self : review).insert(s.indicatorId, s);
    AttachmentStore files(db);
    for (const Indicator &i : scheme.indicators) {
        AssessExplanation::Line line;
        line.indicator = i;
        if (self.contains(i.id))
            line.self = self.value(i.id);
        if (review.contains(i.id))
            line.review = review.value(i.id);
        const std::optional<double> v = line.review ? std::optional<double>(line.review->value) : std::nullopt;
        line.points = indicatorrules::score(i, v);
        line.vetoes = indicatorrules::vetoes(i, v);
        if (line.review)
            line.evidence << files.list(QStringLiteral("assess_score"), line.review->id);
        if (line.self)
            line.evidence << files.list(QStringLiteral("assess_score"), line.self->id);
        e.lines << line;
    }

    for (const PartyGroupMark &m : PartyGroupRepository(db).marks(assessmentId))
        if (m.orgId == orgId)
            e.partyGroup << m;

    // The typing that counts: the first, or the second where only that exists.
    QHash<QString, BallotMark> counted;
    for (const BallotMark &m : BallotRepository(db).marks(assessmentId))
        if (m.orgId == orgId && (!counted.contains(m.ballotNo) || m.entry < counted.value(m.ballotNo).entry))
            counted.insert(m.ballotNo, m);
    const QStringList &words = vocab::ballotWords();
    for (const BallotMark &m : std::as_const(counted)) {
        const int w = m.word.isEmpty() ? -1 : int(words.indexOf(m.word));
        e.ballots << AssessExplanation::Ballot{m.ballotNo, m.raterKind,
                                               w >= 0 && w < a.ballotPoints.size() ? a.ballotPoints.at(w) : m.score,
                                               m.word, false};
    }
    std::sort(e.ballots.begin(), e.ballots.end(),
              [](const AssessExplanation::Ballot &x, const AssessExplanation::Ballot &y) { return x.ballotNo < y.ballotNo; });
    if (e.ballots.size() >= std::max(a.trimFrom, 3)) {
        auto [lo, hi] = std::minmax_element(e.ballots.begin(), e.ballots.end(),
                                            [](const auto &x, const auto &y) { return x.score < y.score; });
        lo->dropped = true;
        hi->dropped = true;
    }
    e.gradeReason = gradeReason(e);
    return e;
}

} // namespace dj
