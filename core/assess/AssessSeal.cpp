#include "AssessSeal.h"

#include "AssessData.h"
#include "AssessmentRepository.h"
#include "BallotRepository.h"
#include "IndicatorRules.h"
#include "common/Error.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AssessSeal)
};
} // namespace

QStringList AssessSeal::blockers(Database &db, const QString &assessmentId)
{
    QStringList out;
    const QHash<QString, QString> names = AssessmentRepository(db).orgNames(assessmentId);
    for (const BallotMismatch &m : BallotRepository(db).mismatches(assessmentId)) {
        if (m.orgId.isEmpty())
            out << Tr::tr("Ballot %1 was typed with the rater kind “%2” and then “%3”.").arg(m.ballotNo, m.first, m.second);
        else
            out << Tr::tr("Ballot %1, %2: typed “%3” the first time and “%4” the second.")
                       .arg(m.ballotNo, names.value(m.orgId, m.orgId), m.first, m.second);
    }
    for (const TieGroup &t : AssessData::compute(db, assessmentId).ties) {
        if (t.decided)
            continue;
        QStringList who;
        for (const QString &id : t.orgIds)
            who << names.value(id, id);
        out << Tr::tr("%1 tie at %2 across the boundary between %3: decide their grades.")
                   .arg(who.join(QStringLiteral("、")), QString::number(t.total, 'f', 2), t.grades.join(QLatin1Char('/')));
    }
    return out;
}

void AssessSeal::seal(Database &db, const QString &assessmentId, const QString &byWhom)
{
    Transaction tx(db);
    const QStringList problems = blockers(db, assessmentId);
    if (!problems.isEmpty())
        throw Error(Error::Kind::Conflict, Tr::tr("The assessment cannot be sealed yet: %1").arg(problems.join(QLatin1Char(' '))));
    AssessmentRepository(db).recordSeal(assessmentId, true, QString(), byWhom);
    tx.commit();
}

void AssessSeal::reopen(Database &db, const QString &assessmentId, const QString &reason, const QString &byWhom)
{
    AssessmentRepository(db).recordSeal(assessmentId, false, reason, byWhom);
}

} // namespace dj
