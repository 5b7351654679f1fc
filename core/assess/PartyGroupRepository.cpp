#include "PartyGroupRepository.h"

#include "AssessmentRepository.h"
#include "IndicatorRules.h"
#include "common/Clock.h"
#include "org/PostVocabulary.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <cmath>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PartyGroupRepository)
};
} // namespace

void PartyGroupRepository::set(const QString &assessmentId, const QList<Input> &marks, const QString &asked)
{
    const QString enteredBy = m_db.user().enteredBy(asked); // a signed-in account records itself
    Transaction tx(m_db);
    AssessmentRepository assessments(m_db);
    const Assessment a = assessments.requireOpen(assessmentId);
    const QHash<QString, QString> assessed = assessments.orgNames(assessmentId);
    Query remove(m_db, QStringLiteral("UPDATE assess_pg_mark SET deleted = 1, version = version + 1, updated_at = "
                                      ":now WHERE assessment_id = :a AND org_id = :o AND evaluator = :e AND deleted = 0"));
    Query update(m_db, QStringLiteral("UPDATE assess_pg_mark SET score = :s, entered_by = :by, version = version + 1, "
                                      "updated_at = :now WHERE assessment_id = :a AND org_id = :o AND evaluator = :e "
                                      "AND deleted = 0"));
    Query insert(m_db, QStringLiteral("INSERT INTO assess_pg_mark (id, owner_office, updated_at, assessment_id, "
                                      "org_id, evaluator, score, entered_by) VALUES (:id, :owner, :now, :a, :o, :e, "
                                      ":s, :by)"));
    fieldcheck::text(Tr::tr("The name of who entered the marks"), enteredBy.trimmed(), limits::PersonNameMax);
    const QString now = Clock::stamp();
    for (const Input &m : marks) {
        const QString evaluator = m.evaluator.trimmed();
        if (evaluator.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("A party-group mark needs the evaluator's name."));
        fieldcheck::text(Tr::tr("The evaluator's name"), evaluator, limits::PersonNameMax);
        if (!assessed.contains(m.orgId))
            throw Error(Error::Kind::NotFound, Tr::tr("The organisation is not part of the %1 assessment.").arg(a.year));
        if (m.score && (!std::isfinite(*m.score) || *m.score < 0 || *m.score > limits::ScoreMax))
            throw Error(Error::Kind::Invalid, Tr::tr("%1's mark %2 is outside 0–100.")
                                                  .arg(evaluator, indicatorrules::number(*m.score)));
        // Changed in place, so the row keeps its identity when offices exchange it.
        Query &q = m.score ? update : remove;
        if (m.score)
            update.bind(QStringLiteral(":s"), *m.score).bind(QStringLiteral(":by"), enteredBy.trimmed());
        q.bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":a"), assessmentId)
            .bind(QStringLiteral(":o"), m.orgId)
            .bind(QStringLiteral(":e"), evaluator)
            .exec();
        if (!m.score || q.rowsAffected() > 0)
            continue;
        insert.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":a"), assessmentId)
            .bind(QStringLiteral(":o"), m.orgId)
            .bind(QStringLiteral(":e"), evaluator)
            .bind(QStringLiteral(":s"), *m.score)
            .bind(QStringLiteral(":by"), enteredBy.trimmed())
            .exec();
    }
    tx.commit();
}

QList<PartyGroupMark> PartyGroupRepository::marks(const QString &assessmentId) const
{
    Query q(m_db, QStringLiteral("SELECT org_id, evaluator, score, entered_by, updated_at FROM assess_pg_mark WHERE "
                                 "assessment_id = :a AND deleted = 0 ORDER BY evaluator"));
    q.bind(QStringLiteral(":a"), assessmentId).exec();
    QList<PartyGroupMark> out;
    while (q.next())
        out << PartyGroupMark{q.text(0), q.text(1), q.value(2).toDouble(), q.text(3), q.text(4)};
    return out;
}

QList<PartyGroupRepository::Member> PartyGroupRepository::members() const
{
    Query q(m_db, QStringLiteral("SELECT pe.name, p.post_type FROM post p JOIN person pe ON pe.id = p.person_id "
                                 "WHERE p.deleted = 0 AND pe.deleted = 0 AND p.to_date IS NULL AND p.post_type IN "
                                 "(:pgS, :pgD, :pgM) ORDER BY p.post_type <> :firstS, "
                                 "p.post_type <> :nextD, p.from_date, pe.name"));
    q.bind(QStringLiteral(":pgS"), vocab::code(PostType::PgSecretary))
        .bind(QStringLiteral(":pgD"), vocab::code(PostType::PgDeputy))
        .bind(QStringLiteral(":pgM"), vocab::code(PostType::PgMember))
        .bind(QStringLiteral(":firstS"), vocab::code(PostType::PgSecretary))
        .bind(QStringLiteral(":nextD"), vocab::code(PostType::PgDeputy))
        .exec();
    QList<Member> out;
    QStringList seen; // one column per person, whatever posts they hold
    while (q.next()) {
        if (seen.contains(q.text(0)))
            continue;
        seen << q.text(0);
        out << Member{q.text(0), vocab::officialName(vocab::postTypeFromCode(q.text(1)))};
    }
    return out;
}

} // namespace dj
