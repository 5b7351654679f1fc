#include "ScoreRepository.h"

#include "AssessmentRepository.h"
#include "IndicatorRules.h"
#include "SchemeRepository.h"
#include "access/Permission.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ScoreRepository)
};
} // namespace

QString ScoreRepository::code(ScoreStage s) { return s == ScoreStage::Self ? QStringLiteral("self") : QStringLiteral("review"); }

void ScoreRepository::set(const QString &assessmentId, const QList<ScoreInput> &inputs, const QString &asked)
{
    // The 审核 is the department's: a branch account enters (and clears) its 自评 only.
    for (const ScoreInput &in : inputs)
        if (in.stage == ScoreStage::Review) {
            require(m_db, Permission::ReviewAssessment);
            break;
        }
    const QString enteredBy = m_db.user().enteredBy(asked);
    Transaction tx(m_db);
    AssessmentRepository assessments(m_db);
    const Assessment a = assessments.requireOpen(assessmentId);
    QHash<QString, Indicator> indicators;
    for (const Indicator &i : SchemeRepository(m_db).get(a.schemeId).indicators)
        indicators.insert(i.id, i);
    const QHash<QString, QString> orgNames = assessments.orgNames(assessmentId);

    Query remove(m_db, QStringLiteral("UPDATE assess_score SET deleted = 1, version = version + 1, updated_at = :now "
                                      "WHERE assessment_id = :a AND org_id = :o AND indicator_id = :i AND stage = :s "
                                      "AND deleted = 0"));
    Query update(m_db, QStringLiteral("UPDATE assess_score SET value = :v, note = :note, entered_by = :by, "
                                      "version = version + 1, updated_at = :now WHERE assessment_id = :a AND "
                                      "org_id = :o AND indicator_id = :i AND stage = :s AND deleted = 0"));
    Query insert(m_db, QStringLiteral("INSERT INTO assess_score (id, owner_office, updated_at, assessment_id, org_id, "
                                      "indicator_id, stage, value, note, entered_by) VALUES (:id, :owner, :now, :a, "
                                      ":o, :i, :s, :v, :note, :by)"));
    fieldcheck::text(Tr::tr("The name of who entered the scores"), enteredBy.trimmed(), limits::PersonNameMax);
    const QString now = Clock::stamp();
    for (const ScoreInput &in : inputs) {
        if (!orgNames.contains(in.orgId))
            throw Error(Error::Kind::NotFound, Tr::tr("The organisation is not part of the %1 assessment.").arg(a.year));
        const auto ind = indicators.constFind(in.indicatorId);
        if (ind == indicators.constEnd())
            throw Error(Error::Kind::NotFound, Tr::tr("The indicator is not in the scheme of the %1 assessment.").arg(a.year));
        const QString stage = code(in.stage);
        if (!in.value) {
            remove.bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":a"), assessmentId)
                .bind(QStringLiteral(":o"), in.orgId)
                .bind(QStringLiteral(":i"), in.indicatorId)
                .bind(QStringLiteral(":s"), stage)
                .exec();
            continue;
        }
        try {
            indicatorrules::checkValue(*ind, *in.value);
            fieldcheck::text(Tr::tr("The note on indicator %1").arg(ind->code), in.note.trimmed(), limits::NoteMax,
                             fieldcheck::Lines::Many);
        } catch (const Error &e) {
            throw Error(Error::Kind::Invalid, Tr::tr("%1: %2").arg(orgNames.value(in.orgId), e.message()));
        }
        update.bind(QStringLiteral(":v"), *in.value)
            .bind(QStringLiteral(":note"), in.note.trimmed())
            .bind(QStringLiteral(":by"), enteredBy.trimmed())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":a"), assessmentId)
            .bind(QStringLiteral(":o"), in.orgId)
            .bind(QStringLiteral(":i"), in.indicatorId)
            .bind(QStringLiteral(":s"), stage)
            .exec();
        if (update.rowsAffected() > 0)
            continue;
        insert.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":a"), assessmentId)
            .bind(QStringLiteral(":o"), in.orgId)
            .bind(QStringLiteral(":i"), in.indicatorId)
            .bind(QStringLiteral(":s"), stage)
            .bind(QStringLiteral(":v"), *in.value)
            .bind(QStringLiteral(":note"), in.note.trimmed())
            .bind(QStringLiteral(":by"), enteredBy.trimmed())
            .exec();
    }
    tx.commit();
}

QList<ScoreEntry> ScoreRepository::entries(const QString &assessmentId, const QString &orgId) const
{
    Query q(m_db, QStringLiteral("SELECT id, org_id, indicator_id, stage, value, note, entered_by, updated_at FROM "
                                 "assess_score WHERE assessment_id = :a AND deleted = 0 AND (:all = 1 OR org_id = :o)"));
    q.bind(QStringLiteral(":a"), assessmentId)
        .bind(QStringLiteral(":all"), orgId.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":o"), orgId)
        .exec();
    QList<ScoreEntry> out;
    while (q.next())
        out << ScoreEntry{q.text(0),
                          q.text(1),
                          q.text(2),
                          q.text(3) == QLatin1String("self") ? ScoreStage::Self : ScoreStage::Review,
                          q.value(4).toDouble(),
                          q.text(5),
                          q.text(6),
                          q.text(7)};
    return out;
}

QString ScoreRepository::entryId(const QString &assessmentId, const QString &orgId, const QString &indicatorId,
                                 ScoreStage stage) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM assess_score WHERE assessment_id = :a AND org_id = :o AND "
                                      "indicator_id = :i AND stage = :s AND deleted = 0"))
        .bind(QStringLiteral(":a"), assessmentId)
        .bind(QStringLiteral(":o"), orgId)
        .bind(QStringLiteral(":i"), indicatorId)
        .bind(QStringLiteral(":s"), code(stage))
        .scalar()
        .toString();
}

} // namespace dj
