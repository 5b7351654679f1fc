#include "AssessmentRepository.h"

#include "IndicatorRules.h"
#include "access/Permission.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Tombstone.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <climits>
#include <cmath>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AssessmentRepository)
};

const QString kColumns = QStringLiteral(
    "id, year, scheme_id, name, w_daily, w_party_group, w_report, grade_scale, grade_method, grade_limits, "
    "ballot_points, trim_from, sealed, version");

Assessment assessmentFrom(const Query &q)
{
    Assessment a;
    a.id = q.text(0);
    a.year = q.integer(1);
    a.schemeId = q.text(2);
    a.name = q.text(3);
    a.weights = {q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toDouble()};
    try {
        a.grading = Grading::parse(q.text(7), Grading::methodFromCode(q.text(8)), q.text(9));
    } catch (const Error &) {
        a.grading = Grading(); // a hand-edited file: fall back to the default scale
    }
    a.ballotPoints.clear();
    for (const QString &p : q.text(10).split(QLatin1Char(',')))
        a.ballotPoints << p.toDouble();
    while (a.ballotPoints.size() < vocab::ballotWords().size())
        a.ballotPoints << 0;
    a.trimFrom = q.integer(11);
    a.sealed = q.integer(12) != 0;
    a.version = q.int64(13);
    return a;
}

QString pointsText(const QList<double> &points)
{
    QStringList parts;
    for (double p : points)
        parts << indicatorrules::number(p);
    return parts.join(QLatin1Char(','));
}
} // namespace

QList<Assessment> AssessmentRepository::all() const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM assessment WHERE deleted = 0 ORDER BY year DESC").arg(kColumns));
    q.exec();
    QList<Assessment> out;
    while (q.next())
        out << assessmentFrom(q);
    return out;
}

std::optional<Assessment> AssessmentRepository::forYear(int year) const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM assessment WHERE deleted = 0 AND year = :y").arg(kColumns));
    q.bind(QStringLiteral(":y"), year).exec();
    if (!q.next())
        return std::nullopt;
    return assessmentFrom(q);
}

Assessment AssessmentRepository::ofYear(int year) const
{
    if (auto a = forYear(year))
        return *a;
    throw Error(Error::Kind::NotFound, Tr::tr("There is no assessment for %1.").arg(year));
}

Assessment AssessmentRepository::get(const QString &id) const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM assessment WHERE deleted = 0 AND id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The assessment no longer exists."));
    return assessmentFrom(q);
}

void AssessmentRepository::checkWeights(const Weights &w)
{
    for (double v : {w.daily, w.partyGroup, w.report})
        if (!std::isfinite(v) || v < 0 || v > limits::ScoreMax)
            throw Error(Error::Kind::Invalid, Tr::tr("Each weight must be between 0 and 100."));
    const double sum = w.daily + w.partyGroup + w.report;
    if (std::abs(sum - 100) > 1e-6)
        throw Error(Error::Kind::Invalid, Tr::tr("The weights %1 + %2 + %3 add up to %4, not 100.")
                                              .arg(indicatorrules::number(w.daily), indicatorrules::number(w.partyGroup),
                                                   indicatorrules::number(w.report), indicatorrules::number(sum)));
}

QString AssessmentRepository::create(int year, const QString &schemeId, const Weights &weights,
                                     const QStringList &orgIds)
{
    if (year < limits::YearMin || year > limits::YearMax)
        throw Error(Error::Kind::Invalid, Tr::tr("The year %1 is outside 2000–2100.").arg(year));
    checkWeights(weights);
    if (orgIds.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("Choose at least one organisation to assess."));
    Transaction tx(m_db);
    if (forYear(year))
        throw Error(Error::Kind::Conflict, Tr::tr("There is already an assessment for %1.").arg(year));
    const QVariant scheme = Query(m_db, QStringLiteral("SELECT name FROM assess_scheme WHERE id = :s AND deleted = 0"))
                                .bind(QStringLiteral(":s"), schemeId)
                                .scalar();
    if (!scheme.isValid())
        throw Error(Error::Kind::NotFound, Tr::tr("The scheme no longer exists."));
    const QString id = newRowId();
    Query(m_db, QStringLiteral("INSERT INTO assessment (id, owner_office, updated_at, year, scheme_id, name, "
                               "w_daily, w_party_group, w_report) VALUES (:id, :owner, :now, :y, :s, :n, :wd, "
                               ":wp, :wr)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":y"), year)
        .bind(QStringLiteral(":s"), schemeId)
        .bind(QStringLiteral(":n"), Tr::tr("%1 annual assessment").arg(year))
        .bind(QStringLiteral(":wd"), weights.daily)
        .bind(QStringLiteral(":wp"), weights.partyGroup)
        .bind(QStringLiteral(":wr"), weights.report)
        .exec();
    setOrgs(id, orgIds);
    tx.commit();
    return id;
}

QStringList AssessmentRepository::defaultOrgIds(bool withGeneralBranches) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM organization WHERE deleted = 0 AND status = 'active' AND "
                                 "(org_type = 'branch' OR (:g AND org_type = 'general_branch')) "
                                 "ORDER BY sort_order, code"));
    q.bind(QStringLiteral(":g"), withGeneralBranches ? 1 : 0).exec();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

void AssessmentRepository::update(const QString &id, const QString &assignments,
                                  const QList<QPair<QString, QVariant>> &values)
{
    Transaction tx(m_db);
    requireOpen(id);
    // `assignments` is always a literal of this file; values are bound.
    // sql-identifiers-only: assignments are literals of this file
    Query q(m_db, QStringLiteral("UPDATE assessment SET %1, version = version + 1, updated_at = :now "
                                 "WHERE id = :id").arg(assignments));
    for (const auto &[name, value] : values)
        q.bind(name, value);
    q.bind(QStringLiteral(":now"), Clock::stamp()).bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

void AssessmentRepository::setWeights(const QString &id, const Weights &w)
{
    checkWeights(w);
    update(id, QStringLiteral("w_daily = :wd, w_party_group = :wp, w_report = :wr"),
           {{QStringLiteral(":wd"), w.daily}, {QStringLiteral(":wp"), w.partyGroup}, {QStringLiteral(":wr"), w.report}});
}

void AssessmentRepository::setGrading(const QString &id, const Grading &g)
{
    g.check();
    update(id, QStringLiteral("grade_scale = :s, grade_method = :m, grade_limits = :l"),
           {{QStringLiteral(":s"), g.scale},
            {QStringLiteral(":m"), Grading::code(g.method)},
            {QStringLiteral(":l"), g.limitsText()}});
}

void AssessmentRepository::setBallotRules(const QString &id, const QList<double> &points, int trimFrom)
{
    if (points.size() != vocab::ballotWords().size())
        throw Error(Error::Kind::Invalid, Tr::tr("Give the points of each ballot grade: %1.")
                                              .arg(vocab::ballotWords().join(QLatin1Char('/'))));
    for (double p : points)
        if (!std::isfinite(p) || p < 0 || p > limits::ScoreMax)
            throw Error(Error::Kind::Invalid, Tr::tr("The points of a ballot grade must be between 0 and 100."));
    if (trimFrom < 3 || trimFrom > limits::TrimFromMax)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The highest and lowest score can only be dropped from 3 ballots on."));
    update(id, QStringLiteral("ballot_points = :p, trim_from = :t"),
           {{QStringLiteral(":p"), pointsText(points)}, {QStringLiteral(":t"), trimFrom}});
}

void AssessmentRepository::setOrgs(const QString &id, const QStringList &orgIds)
{
    if (orgIds.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("Choose at least one organisation to assess."));
    Transaction tx(m_db);
    requireOpen(id);
    const QSet<QString> wanted(orgIds.begin(), orgIds.end());
    QSet<QString> present;
    for (const AssessedOrg &o : orgs(id)) {
        present.insert(o.orgId);
        if (!wanted.contains(o.orgId))
            Query(m_db, QStringLiteral("UPDATE assess_org SET deleted = 1, version = version + 1, updated_at = :now "
                                       "WHERE assessment_id = :a AND org_id = :o AND deleted = 0"))
                .bind(QStringLiteral(":now"), Clock::stamp())
                .bind(QStringLiteral(":a"), id)
                .bind(QStringLiteral(":o"), o.orgId)
                .exec();
    }
    for (const QString &orgId : orgIds) {
        if (present.contains(orgId))
            continue;
        const QVariant exists = Query(m_db, QStringLiteral("SELECT 1 FROM organization WHERE id = :o AND deleted = 0"))
                                    .bind(QStringLiteral(":o"), orgId)
                                    .scalar();
        if (!exists.isValid())
            throw Error(Error::Kind::NotFound, Tr::tr("An organisation to assess no longer exists."));
        Query(m_db, QStringLiteral("INSERT INTO assess_org (id, owner_office, updated_at, assessment_id, org_id) "
                                   "VALUES (:id, :owner, :now, :a, :o)"))
            .bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), Clock::stamp())
            .bind(QStringLiteral(":a"), id)
            .bind(QStringLiteral(":o"), orgId)
            .exec();
        present.insert(orgId);
    }
    tx.commit();
}

QHash<QString, int> AssessmentRepository::treePositions() const
{
    // sort_order counts among siblings only: a flat ORDER BY sort_order put the branches of
    // a 党总支 (0, 1, 2 under it) before the branches standing beside the 党总支.
    Query q(m_db, QStringLiteral("SELECT id, parent_id FROM organization WHERE deleted = 0 ORDER BY sort_order, code"));
    q.exec();
    QStringList ids;
    QHash<QString, QString> parent;
    while (q.next()) {
        ids << q.text(0);
        parent.insert(q.text(0), q.text(1));
    }
    QHash<QString, QStringList> kids;
    QStringList roots;
    for (const QString &o : std::as_const(ids)) {
        const QString p = parent.value(o);
        if (p.isEmpty() || !parent.contains(p))
            roots << o;
        else
            kids[p] << o;
    }
    QHash<QString, int> position;
    QStringList stack(roots.rbegin(), roots.rend());
    while (!stack.isEmpty()) {
        const QString o = stack.takeLast();
        if (position.contains(o))
            continue; // a cycle in damaged data must not loop
        position.insert(o, int(position.size()));
        const QStringList &c = kids.value(o);
        for (auto it = c.rbegin(); it != c.rend(); ++it)
            stack << *it;
    }
    return position;
}

QList<AssessedOrg> AssessmentRepository::orgs(const QString &id) const
{
    Query q(m_db, QStringLiteral("SELECT o.id, o.code, o.name, o.org_type, a.grade_choice FROM assess_org a JOIN "
                                 "organization o ON o.id = a.org_id WHERE a.assessment_id = :a AND a.deleted = 0 "
                                 "ORDER BY o.code"));
    q.bind(QStringLiteral(":a"), id).exec();
    QList<AssessedOrg> out;
    while (q.next())
        out << AssessedOrg{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)};
    const QHash<QString, int> position = treePositions();
    std::stable_sort(out.begin(), out.end(), [&](const AssessedOrg &a, const AssessedOrg &b) {
        return position.value(a.orgId, INT_MAX) < position.value(b.orgId, INT_MAX);
    });
    return out;
}

void AssessmentRepository::setGradeChoice(const QString &id, const QString &orgId, const QString &grade)
{
    require(m_db, Permission::ReviewAssessment); // a branch would decide its own grade
    Transaction tx(m_db);
    const Assessment a = requireOpen(id);
    if (!grade.isEmpty() && !a.grading.grades().contains(grade))
        throw Error(Error::Kind::Invalid, Tr::tr("“%1” is not a grade of this assessment.").arg(grade));
    Query q(m_db, QStringLiteral("UPDATE assess_org SET grade_choice = :g, version = version + 1, updated_at = :now "
                                 "WHERE assessment_id = :a AND org_id = :o AND deleted = 0"));
    q.bind(QStringLiteral(":g"), grade)
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":a"), id)
        .bind(QStringLiteral(":o"), orgId)
        .exec();
    if (q.rowsAffected() != 1)
        throw Error(Error::Kind::NotFound, Tr::tr("The organisation is not part of this assessment."));
    tx.commit();
}

QHash<QString, QString> AssessmentRepository::orgNames(const QString &id) const
{
    // No order needed: without the walk of the tree, for the checks of every entry.
    Query q(m_db, QStringLiteral("SELECT o.id, o.name FROM assess_org a JOIN organization o ON o.id = a.org_id "
                                 "WHERE a.assessment_id = :a AND a.deleted = 0"));
    q.bind(QStringLiteral(":a"), id).exec();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

Assessment AssessmentRepository::requireOpen(const QString &id) const
{
    const Assessment a = get(id);
    if (a.sealed)
        throw Error(Error::Kind::Conflict, Tr::tr("The %1 assessment is sealed; nothing in it can change. Reopen "
                                                  "it (with a reason) first.")
                                               .arg(a.year));
    return a;
}

void AssessmentRepository::recordSeal(const QString &id, bool sealed, const QString &reason, const QString &asked)
{
    require(m_db, Permission::ReviewAssessment);
    const QString byWhom = m_db.user().enteredBy(asked); // a signed-in account records itself
    if (!sealed && reason.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("Give the reason for reopening a sealed assessment."));
    fieldcheck::text(Tr::tr("The reason"), reason.trimmed(), limits::ReasonMax, fieldcheck::Lines::Many);
    fieldcheck::text(Tr::tr("The name of who sealed or reopened it"), byWhom.trimmed(), limits::PersonNameMax);
    Transaction tx(m_db);
    const Assessment a = get(id);
    if (a.sealed == sealed)
        throw Error(Error::Kind::Conflict, sealed ? Tr::tr("The %1 assessment is already sealed.").arg(a.year)
                                                  : Tr::tr("The %1 assessment is not sealed.").arg(a.year));
    Query(m_db, QStringLiteral("UPDATE assessment SET sealed = :s, version = version + 1, updated_at = :now "
                               "WHERE id = :id"))
        .bind(QStringLiteral(":s"), sealed ? 1 : 0)
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), id)
        .exec();
    Query(m_db, QStringLiteral("INSERT INTO assess_seal_event (id, owner_office, updated_at, assessment_id, action, "
                               "reason, by_whom, at) VALUES (:id, :owner, :now, :a, :act, :r, :by, :now)"))
        .bind(QStringLiteral(":id"), newRowId())
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":a"), id)
        .bind(QStringLiteral(":act"), sealed ? QStringLiteral("seal") : QStringLiteral("reopen"))
        .bind(QStringLiteral(":r"), reason.trimmed())
        .bind(QStringLiteral(":by"), byWhom.trimmed())
        .exec();
    tx.commit();
}

QList<SealEvent> AssessmentRepository::events(const QString &id) const
{
    Query q(m_db, QStringLiteral("SELECT action, reason, by_whom, at FROM assess_seal_event WHERE assessment_id = :a "
                                 "AND deleted = 0 ORDER BY at, rowid"));
    q.bind(QStringLiteral(":a"), id).exec();
    QList<SealEvent> out;
    while (q.next())
        out << SealEvent{q.text(0), q.text(1), q.text(2), q.text(3)};
    return out;
}

QList<AssessPair> AssessmentRepository::pairs(const QString &id) const
{
    Query q(m_db, QStringLiteral("SELECT strong_org_id, weak_org_id FROM assess_pair WHERE assessment_id = :a AND "
                                 "deleted = 0 ORDER BY rowid"));
    q.bind(QStringLiteral(":a"), id).exec();
    QList<AssessPair> out;
    while (q.next())
        out << AssessPair{q.text(0), q.text(1)};
    return out;
}

void AssessmentRepository::setPairs(const QString &id, const QList<AssessPair> &pairs)
{
    require(m_db, Permission::ReviewAssessment);
    Transaction tx(m_db);
    requireOpen(id);
    const QHash<QString, QString> assessed = orgNames(id);
    for (const AssessPair &p : pairs)
        if (p.strongOrgId == p.weakOrgId || !assessed.contains(p.strongOrgId) || !assessed.contains(p.weakOrgId))
            throw Error(Error::Kind::Invalid, Tr::tr("A pair joins two different organisations of the assessment."));
    Query(m_db, QStringLiteral("UPDATE assess_pair SET deleted = 1, version = version + 1, updated_at = :now "
                               "WHERE assessment_id = :a AND deleted = 0"))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":a"), id)
        .exec();
    for (const AssessPair &p : pairs)
        Query(m_db, QStringLiteral("INSERT INTO assess_pair (id, owner_office, updated_at, assessment_id, "
                                   "strong_org_id, weak_org_id) VALUES (:id, :owner, :now, :a, :s, :w)"))
            .bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), Clock::stamp())
            .bind(QStringLiteral(":a"), id)
            .bind(QStringLiteral(":s"), p.strongOrgId)
            .bind(QStringLiteral(":w"), p.weakOrgId)
            .exec();
    tx.commit();
}

} // namespace dj
