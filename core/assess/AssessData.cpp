#include "AssessData.h"

#include "AssessCalculator.h"
#include "AssessmentRepository.h"
#include "SchemeRepository.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <sqlite3.h>

#include <QHash>
#include <algorithm>

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

    // The bulk of a city year (140,000 reviewed values): read with SQLite directly, in org
    // order, so each organisation's id is looked up once and no value goes through QVariant.
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT org_id, indicator_id, value FROM assess_score WHERE assessment_id = ?1 AND "
                      "stage = 'review' AND deleted = 0 ORDER BY org_id";
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Storage, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const QByteArray id = assessmentId.toUtf8();
    sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    QHash<QByteArray, int> indicatorByUtf8;
    for (auto it = indicatorIndex.constBegin(); it != indicatorIndex.constEnd(); ++it)
        indicatorByUtf8.insert(it.key().toUtf8(), it.value());
    QByteArray lastScoreOrg;
    int o = -1;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QByteArray org(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0));
        if (org != lastScoreOrg) {
            lastScoreOrg = org;
            o = orgIndex.value(QString::fromUtf8(org), -1);
        }
        const QByteArray indicator = QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)),
                                                             sqlite3_column_bytes(stmt, 1));
        const int i = indicatorByUtf8.value(indicator, -1);
        if (o >= 0 && i >= 0)
            in.review[size_t(o) * ni + size_t(i)] = sqlite3_column_double(stmt, 2);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        throw Error(Error::Kind::Storage, QString::fromUtf8(sqlite3_errmsg(db.handle())));

    // Self-assessed values nobody has reviewed yet (未审核): they keep the total a draft.
    Query unreviewed(db, QStringLiteral("SELECT s.org_id, s.indicator_id FROM assess_score s WHERE s.assessment_id = :a "
                                        "AND s.stage = 'self' AND s.deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
                                        "assess_score r WHERE r.assessment_id = s.assessment_id AND r.org_id = s.org_id "
                                        "AND r.indicator_id = s.indicator_id AND r.stage = 'review' AND r.deleted = 0)"));
    unreviewed.bind(QStringLiteral(":a"), assessmentId).exec();
    while (unreviewed.next()) {
        const int o = orgIndex.value(unreviewed.text(0), -1);
        const int i = indicatorIndex.value(unreviewed.text(1), -1);
        if (o >= 0 && i >= 0)
            in.unreviewed[size_t(o)].push_back(i);
    }
    for (std::vector<int> &v : in.unreviewed)
        std::sort(v.begin(), v.end()); // in the scheme's order

    Query marks(db, QStringLiteral("SELECT org_id, score, evaluator FROM assess_pg_mark WHERE assessment_id = :a AND "
                                   "deleted = 0 ORDER BY rowid"));
    marks.bind(QStringLiteral(":a"), assessmentId).exec();
    while (marks.next()) {
        const QString evaluator = marks.text(2);
        if (!in.evaluators.contains(evaluator))
            in.evaluators << evaluator;
        const int o = orgIndex.value(marks.text(0), -1);
        if (o >= 0) {
            in.partyGroup[size_t(o)].push_back(marks.value(1).toDouble());
            in.markedBy[size_t(o)] << evaluator;
        }
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
