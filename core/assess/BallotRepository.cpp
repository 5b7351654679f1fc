#include "BallotRepository.h"

#include "AssessmentRepository.h"
#include "IndicatorRules.h"
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
#include <QMap>
#include <QSet>
#include <cmath>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::BallotRepository)
};
} // namespace

QString BallotMark::text() const { return word.isEmpty() ? indicatorrules::number(score) : word; }

std::pair<double, QString> BallotRepository::parse(const QString &text, const QList<double> &wordPoints)
{
    const QString t = text.trimmed();
    const int w = int(vocab::ballotWords().indexOf(t));
    if (w >= 0 && w < wordPoints.size())
        return {wordPoints.at(w), t};
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > limits::ScoreMax)
        throw Error(Error::Kind::Invalid, Tr::tr("“%1” is neither a score from 0 to 100 nor one of %2.")
                                              .arg(t, vocab::ballotWords().join(QLatin1Char('/'))));
    return {v, QString()};
}

void BallotRepository::set(const QString &assessmentId, int entry, const QList<Input> &marks, const QString &asked)
{
    const QString enteredBy = m_db.user().enteredBy(asked); // a signed-in account records itself
    if (entry != 1 && entry != 2)
        throw Error(Error::Kind::Invalid, Tr::tr("A ballot is typed once (1) or a second time (2)."));
    Transaction tx(m_db);
    AssessmentRepository assessments(m_db);
    const Assessment a = assessments.requireOpen(assessmentId);
    const QHash<QString, QString> names = assessments.orgNames(assessmentId);

    QMap<QString, QSet<QString>> kept; // ballot → organisations it marks now
    Query update(m_db, QStringLiteral("UPDATE assess_ballot_mark SET rater_kind = :k, score = :s, word = :w, "
                                      "entered_by = :by, version = version + 1, updated_at = :now WHERE assessment_id "
                                      "= :a AND ballot_no = :b AND entry = :e AND org_id = :o AND deleted = 0"));
    Query insert(m_db, QStringLiteral("INSERT INTO assess_ballot_mark (id, owner_office, updated_at, assessment_id, "
                                      "ballot_no, entry, rater_kind, org_id, score, word, entered_by) VALUES (:id, "
                                      ":owner, :now, :a, :b, :e, :k, :o, :s, :w, :by)"));
    fieldcheck::text(Tr::tr("The name of who entered the ballots"), enteredBy.trimmed(), limits::PersonNameMax);
    const QString now = Clock::stamp();
    for (const Input &m : marks) {
        const QString ballot = m.ballotNo.trimmed();
        if (ballot.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("A ballot needs its number (票号)."));
        fieldcheck::text(Tr::tr("The ballot number"), ballot, limits::BallotNoMax);
        fieldcheck::text(Tr::tr("The kind of rater"), m.raterKind.trimmed(), limits::RaterKindMax);
        if (!names.contains(m.orgId))
            throw Error(Error::Kind::NotFound,
                        Tr::tr("Ballot %1 marks an organisation that is not part of the %2 assessment.").arg(ballot).arg(a.year));
        if (kept[ballot].contains(m.orgId))
            throw Error(Error::Kind::Invalid, Tr::tr("Ballot %1 marks %2 twice.").arg(ballot, names.value(m.orgId)));
        kept[ballot].insert(m.orgId);
        std::pair<double, QString> mark;
        try {
            mark = parse(m.text, a.ballotPoints);
        } catch (const Error &e) {
            throw Error(Error::Kind::Invalid, Tr::tr("Ballot %1, %2: %3").arg(ballot, names.value(m.orgId), e.message()));
        }
        update.bind(QStringLiteral(":k"), m.raterKind.trimmed())
            .bind(QStringLiteral(":s"), mark.first)
            .bind(QStringLiteral(":w"), mark.second)
            .bind(QStringLiteral(":by"), enteredBy.trimmed())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":a"), assessmentId)
            .bind(QStringLiteral(":b"), ballot)
            .bind(QStringLiteral(":e"), entry)
            .bind(QStringLiteral(":o"), m.orgId)
            .exec();
        if (update.rowsAffected() > 0)
            continue;
        insert.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":a"), assessmentId)
            .bind(QStringLiteral(":b"), ballot)
            .bind(QStringLiteral(":e"), entry)
            .bind(QStringLiteral(":k"), m.raterKind.trimmed())
            .bind(QStringLiteral(":o"), m.orgId)
            .bind(QStringLiteral(":s"), mark.first)
            .bind(QStringLiteral(":w"), mark.second)
            .bind(QStringLiteral(":by"), enteredBy.trimmed())
            .exec();
    }
    // Marks of these ballots' earlier typing that the new one no longer has.
    for (const BallotMark &old : BallotRepository(m_db).marks(assessmentId)) {
        if (old.entry != entry || !kept.contains(old.ballotNo) || kept.value(old.ballotNo).contains(old.orgId))
            continue;
        Query(m_db, QStringLiteral("UPDATE assess_ballot_mark SET deleted = 1, version = version + 1, updated_at = :now "
                                   "WHERE assessment_id = :a AND ballot_no = :b AND entry = :e AND org_id = :o AND "
                                   "deleted = 0"))
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":a"), assessmentId)
            .bind(QStringLiteral(":b"), old.ballotNo)
            .bind(QStringLiteral(":e"), entry)
            .bind(QStringLiteral(":o"), old.orgId)
            .exec();
    }
    tx.commit();
}

void BallotRepository::removeBallot(const QString &assessmentId, const QString &ballotNo, int entry)
{
    Transaction tx(m_db);
    AssessmentRepository(m_db).requireOpen(assessmentId);
    Query q(m_db, QStringLiteral("UPDATE assess_ballot_mark SET deleted = 1, version = version + 1, updated_at = :now "
                                 "WHERE assessment_id = :a AND ballot_no = :b AND entry = :e AND deleted = 0"));
    q.bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":a"), assessmentId)
        .bind(QStringLiteral(":b"), ballotNo.trimmed())
        .bind(QStringLiteral(":e"), entry)
        .exec();
    if (q.rowsAffected() == 0)
        throw Error(Error::Kind::NotFound, Tr::tr("There is no ballot %1 to remove.").arg(ballotNo.trimmed()));
    tx.commit();
}

QList<BallotMark> BallotRepository::marks(const QString &assessmentId) const
{
    Query q(m_db, QStringLiteral("SELECT ballot_no, entry, rater_kind, org_id, score, word, entered_by, updated_at "
                                 "FROM assess_ballot_mark WHERE assessment_id = :a AND deleted = 0 "
                                 "ORDER BY ballot_no, entry"));
    q.bind(QStringLiteral(":a"), assessmentId).exec();
    QList<BallotMark> out;
    while (q.next())
        out << BallotMark{q.text(0), q.integer(1), q.text(2), q.text(3), q.value(4).toDouble(), q.text(5), q.text(6), q.text(7)};
    return out;
}

QList<BallotMismatch> BallotRepository::mismatches(const QString &assessmentId) const
{
    // ballot → entry → (org → mark text), and each typing's rater kind.
    QMap<QString, QHash<int, QHash<QString, QString>>> typed;
    QHash<QString, QHash<int, QString>> kinds;
    for (const BallotMark &m : marks(assessmentId)) {
        typed[m.ballotNo][m.entry].insert(m.orgId, m.text());
        kinds[m.ballotNo].insert(m.entry, m.raterKind);
    }
    QList<BallotMismatch> out;
    for (auto b = typed.constBegin(); b != typed.constEnd(); ++b) {
        if (!b.value().contains(1) || !b.value().contains(2))
            continue; // typed once
        const QHash<QString, QString> first = b.value().value(1), second = b.value().value(2);
        if (kinds.value(b.key()).value(1) != kinds.value(b.key()).value(2))
            out << BallotMismatch{b.key(), QString(), kinds.value(b.key()).value(1), kinds.value(b.key()).value(2)};
        QSet<QString> orgs(first.keyBegin(), first.keyEnd());
        for (auto it = second.keyBegin(); it != second.keyEnd(); ++it)
            orgs.insert(*it);
        QStringList sorted(orgs.begin(), orgs.end());
        sorted.sort();
        for (const QString &org : sorted)
            if (first.value(org) != second.value(org))
                out << BallotMismatch{b.key(), org, first.value(org), second.value(org)};
    }
    return out;
}

} // namespace dj
