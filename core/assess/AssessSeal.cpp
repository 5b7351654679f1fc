#include "AssessSeal.h"

#include "AssessData.h"
#include "AssessmentRepository.h"
#include "BallotRepository.h"
#include "IndicatorRules.h"
#include "access/Permission.h"
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
    const AssessResult result = AssessData::compute(db, assessmentId);
    // Nothing is sealed with a value still to be entered: a draft total would become final.
    constexpr int kNamed = 20; // a city's first sealing attempt may miss hundreds
    int provisional = 0;
    for (const OrgResult &r : result.rows) {
        if (!r.provisional())
            continue;
        if (++provisional <= kNamed)
            out << Tr::tr("%1 (%2): %3.").arg(r.name, r.code, missingText(r));
    }
    if (provisional > kNamed)
        out << Tr::tr("… and %1 more organisations with values still to be entered.").arg(provisional - kNamed);
    for (const TieGroup &t : result.ties) {
        if (t.decided)
            continue;
        QStringList who;
        for (const QString &id : t.orgIds)
            who << names.value(id, id);
        out << Tr::tr("%1 tie at %2 across the boundary between %3: decide their grades.")
                   .arg(who.join(QStringLiteral("、")), twoDecimals(t.total), t.grades.join(QLatin1Char('/')));
    }
    return out;
}

QString AssessSeal::componentName(const QString &key)
{
    if (key == QLatin1String("daily"))
        return Tr::tr("daily assessment");
    if (key == QLatin1String("party_group"))
        return Tr::tr("party group evaluation");
    return Tr::tr("report ballots");
}

QString AssessSeal::missingText(const OrgResult &r)
{
    QStringList parts;
    if (!r.missing.isEmpty()) {
        QStringList names;
        for (const QString &key : r.missing)
            names << componentName(key);
        parts << Tr::tr("not entered: %1").arg(names.join(QStringLiteral("、")));
    }
    if (!r.unreviewed.isEmpty())
        parts << Tr::tr("self-assessed but not reviewed: %1").arg(r.unreviewed.join(QStringLiteral("、")));
    if (!r.partyGroupMissing.isEmpty())
        parts << Tr::tr("no party-group mark from %1").arg(r.partyGroupMissing.join(QStringLiteral("、")));
    return parts.join(Tr::tr("; ", "between the kinds of values missing"));
}

void AssessSeal::seal(Database &db, const QString &assessmentId, const QString &byWhom)
{
    require(db, Permission::ReviewAssessment); // before the blockers: they are not the branch's to clear
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
