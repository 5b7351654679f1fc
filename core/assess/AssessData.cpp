#include "AssessData.h"

#include "AssessCalculator.h"
#include "AssessmentRepository.h"
#include "SchemeRepository.h"
#include "storage/Query.h"

#include <QHash>

namespace dj {

AssessInputs AssessData::load(Database &db, const QString &assessmentId)
{
    AssessInputs in;
    AssessmentRepository assessments(db);
    in.assessment = assessments.get(assessmentId);
    in.scheme = SchemeRepository(db).get(in.assessment.schemeId);
    QHash<QString, int> orgIndex;
    for (const AssessedOrg &o : assessments.orgs(assessmentId)) {
        orgIndex.insert(o.orgId, int(in.orgs.size()));
        in.orgs << AssessInputs::Org{o.orgId, o.code, o.name, o.gradeChoice};
    }
    QHash<QString, int> indicatorIndex;
    for (int i = 0; i < in.scheme.indicators.size(); ++i)
        indicatorIndex.insert(in.scheme.indicators.at(i).id, i);
    in.resize();
    const size_t ni = size_t(in.scheme.indicators.size());

    Query scores(db, QStringLiteral("SELECT org_id, indicator_id, value FROM assess_score WHERE assessment_id = :a "
                                    "AND stage = 'review' AND deleted = 0"));
    scores.bind(QStringLiteral(":a"), assessmentId).exec();
    while (scores.next()) {
        const int o = orgIndex.value(scores.text(0), -1);
        const int i = indicatorIndex.value(scores.text(1), -1);
        if (o >= 0 && i >= 0)
            in.review[size_t(o) * ni + size_t(i)] = scores.value(2).toDouble();
    }

    Query marks(db, QStringLiteral("SELECT org_id, score FROM assess_pg_mark WHERE assessment_id = :a AND deleted = 0"));
    marks.bind(QStringLiteral(":a"), assessmentId).exec();
    while (marks.next()) {
        const int o = orgIndex.value(marks.text(0), -1);
        if (o >= 0)
            in.partyGroup[size_t(o)].push_back(marks.value(1).toDouble());
    }

    // Ordered so that a ballot's first typing of an organisation comes before its second.
    Query ballots(db, QStringLiteral("SELECT ballot_no, org_id, score, word FROM assess_ballot_mark WHERE "
                                     "assessment_id = :a AND deleted = 0 ORDER BY ballot_no, org_id, entry"));
    ballots.bind(QStringLiteral(":a"), assessmentId).exec();
    QString lastBallot, lastOrg;
    const QStringList &words = vocab::ballotWords();
    while (ballots.next()) {
        const QString ballot = ballots.text(0), org = ballots.text(1);
        if (ballot == lastBallot && org == lastOrg)
            continue;
        lastBallot = ballot;
        lastOrg = org;
        const int o = orgIndex.value(org, -1);
        if (o < 0)
            continue;
        const QString word = ballots.text(3);
        const int w = word.isEmpty() ? -1 : int(words.indexOf(word));
        in.ballots[size_t(o)].push_back(w >= 0 && w < in.assessment.ballotPoints.size()
                                            ? in.assessment.ballotPoints.at(w)
                                            : ballots.value(2).toDouble());
    }
    return in;
}

AssessResult AssessData::compute(Database &db, const QString &assessmentId)
{
    return AssessCalculator::compute(load(db, assessmentId));
}

} // namespace dj
