#include "SchemeRepository.h"

#include "BuiltinScheme.h"
#include "IndicatorRules.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Tombstone.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SchemeRepository)
};

const QString kIndicatorColumns = QStringLiteral(
    "id, area, code, sort_order, name, max_score, rule, points, target, standard, evidence, version");

Indicator indicatorFrom(const Query &q)
{
    Indicator i;
    i.id = q.text(0);
    i.area = q.text(1);
    i.code = q.text(2);
    i.sortOrder = q.integer(3);
    i.name = q.text(4);
    i.maxScore = q.value(5).toDouble();
    i.rule = vocab::scoreRuleFromCode(q.text(6)).value_or(ScoreRule::Judged);
    i.points = q.value(7).toDouble();
    i.target = q.value(8).toDouble();
    i.standard = q.text(9);
    i.evidence = q.text(10);
    i.version = q.int64(11);
    return i;
}

Query &bindIndicator(Query &q, const Indicator &i)
{
    return q.bind(QStringLiteral(":area"), i.area.trimmed())
        .bind(QStringLiteral(":code"), i.code.trimmed())
        .bind(QStringLiteral(":sort"), i.sortOrder)
        .bind(QStringLiteral(":name"), i.name.trimmed())
        .bind(QStringLiteral(":max"), i.maxScore)
        .bind(QStringLiteral(":rule"), vocab::code(i.rule))
        .bind(QStringLiteral(":points"), i.points)
        .bind(QStringLiteral(":target"), i.target)
        .bind(QStringLiteral(":standard"), i.standard.trimmed())
        .bind(QStringLiteral(":evidence"), i.evidence.trimmed())
        .bind(QStringLiteral(":now"), Clock::stamp());
}

QString gone() { return Tr::tr("The scheme no longer exists."); }
} // namespace

namespace {
const QString kSchemeColumns = QStringLiteral("id, name, revision, year_from, year_to, note, version");

Scheme schemeFrom(const Query &q)
{
    Scheme s;
    s.id = q.text(0);
    s.name = q.text(1);
    s.revision = q.integer(2);
    s.yearFrom = q.integer(3);
    s.yearTo = q.integer(4);
    s.note = q.text(5);
    s.version = q.int64(6);
    return s;
}
} // namespace

QList<Scheme> SchemeRepository::all() const
{
    // sql-identifiers-only: a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM assess_scheme WHERE deleted = 0 ORDER BY name, revision").arg(kSchemeColumns));
    q.exec();
    QList<Scheme> out;
    while (q.next())
        out << schemeFrom(q);
    return out;
}

QList<Indicator> SchemeRepository::indicators(const QString &schemeId) const
{
    // sql-identifiers-only: a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM assess_indicator WHERE scheme_id = :s AND deleted = 0 "
                                 "ORDER BY sort_order, code")
                      .arg(kIndicatorColumns));
    q.bind(QStringLiteral(":s"), schemeId).exec();
    QList<Indicator> out;
    while (q.next())
        out << indicatorFrom(q);
    return out;
}

Scheme SchemeRepository::get(const QString &id) const
{
    // Read on every score entered: one row by key, not the list of all schemes.
    // sql-identifiers-only: a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM assess_scheme WHERE id = :id AND deleted = 0").arg(kSchemeColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, gone());
    Scheme s = schemeFrom(q);
    s.indicators = indicators(id);
    return s;
}

std::optional<Scheme> SchemeRepository::find(const QString &name) const
{
    static const QRegularExpression revision(QString::fromUtf8("^(.*?)\\s*(?:#|第)(\\d+)版?$"));
    QString base = name.trimmed();
    int wanted = 0;
    const auto m = revision.match(base);
    if (m.hasMatch()) {
        base = m.captured(1).trimmed();
        wanted = m.captured(2).toInt();
    }
    std::optional<Scheme> found;
    for (const Scheme &s : all())
        if (s.name == base && (wanted == 0 || s.revision == wanted))
            found = s;
    if (found)
        found->indicators = indicators(found->id);
    return found;
}

QString SchemeRepository::insert(Scheme s)
{
    indicatorrules::checkScheme(s);
    Transaction tx(m_db);
    const QVariant taken = Query(m_db, QStringLiteral("SELECT id FROM assess_scheme WHERE deleted = 0 AND "
                                                      "name = :n AND revision = :r"))
                               .bind(QStringLiteral(":n"), s.name.trimmed())
                               .bind(QStringLiteral(":r"), s.revision)
                               .scalar();
    if (taken.isValid())
        throw Error(Error::Kind::Conflict, Tr::tr("There is already a scheme named %1 (revision %2); give "
                                                  "the new one another name.")
                                               .arg(s.name.trimmed())
                                               .arg(s.revision));
    s.id = newRowId();
    Query(m_db, QStringLiteral("INSERT INTO assess_scheme (id, owner_office, updated_at, name, revision, "
                               "year_from, year_to, note) VALUES (:id, :owner, :now, :n, :r, :yf, :yt, :note)"))
        .bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":n"), s.name.trimmed())
        .bind(QStringLiteral(":r"), s.revision)
        .bind(QStringLiteral(":yf"), s.yearFrom)
        .bind(QStringLiteral(":yt"), s.yearTo)
        .bind(QStringLiteral(":note"), s.note.trimmed())
        .exec();
    for (int n = 0; n < s.indicators.size(); ++n) {
        Indicator i = s.indicators.at(n);
        i.sortOrder = n;
        insertIndicator(s.id, i);
    }
    tx.commit();
    return s.id;
}

void SchemeRepository::insertIndicator(const QString &schemeId, const Indicator &i)
{
    Query q(m_db, QStringLiteral("INSERT INTO assess_indicator (id, owner_office, updated_at, scheme_id, area, "
                                 "code, sort_order, name, max_score, rule, points, target, standard, evidence) "
                                 "VALUES (:id, :owner, :now, :s, :area, :code, :sort, :name, :max, :rule, "
                                 ":points, :target, :standard, :evidence)"));
    bindIndicator(q, i)
        .bind(QStringLiteral(":id"), i.id.isEmpty() ? newRowId() : i.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":s"), schemeId)
        .exec();
}

QString SchemeRepository::copyAsRevision(const QString &id)
{
    Scheme s = get(id);
    s.revision = Query(m_db, QStringLiteral("SELECT max(revision) FROM assess_scheme WHERE deleted = 0 AND "
                                            "name = :n"))
                     .bind(QStringLiteral(":n"), s.name)
                     .scalar()
                     .toInt() +
                 1;
    for (Indicator &i : s.indicators)
        i.id.clear();
    return insert(s);
}

void SchemeRepository::updateInfo(const Scheme &s)
{
    indicatorrules::checkSchemeInfo(s);
    Transaction tx(m_db);
    requireUnlocked(s.id);
    Query(m_db, QStringLiteral("UPDATE assess_scheme SET name = :n, year_from = :yf, year_to = :yt, note = :note, "
                               "version = version + 1, updated_at = :now WHERE id = :id"))
        .bind(QStringLiteral(":n"), s.name.trimmed())
        .bind(QStringLiteral(":yf"), s.yearFrom)
        .bind(QStringLiteral(":yt"), s.yearTo)
        .bind(QStringLiteral(":note"), s.note.trimmed())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), s.id)
        .exec();
    tx.commit();
}

void SchemeRepository::remove(const QString &id)
{
    if (isUsed(id))
        throw Error(Error::Kind::Conflict, Tr::tr("An assessment uses this scheme; it cannot be removed."));
    tombstoneOrThrow(m_db, "assess_scheme", id, true, gone());
}

void SchemeRepository::restore(const QString &id)
{
    tombstoneOrThrow(m_db, "assess_scheme", id, false, gone());
}

void SchemeRepository::checkCodeFree(const QString &schemeId, const Indicator &i) const
{
    const QVariant other = Query(m_db, QStringLiteral("SELECT id FROM assess_indicator WHERE deleted = 0 AND "
                                                      "scheme_id = :s AND code = :c AND id <> :id"))
                               .bind(QStringLiteral(":s"), schemeId)
                               .bind(QStringLiteral(":c"), i.code.trimmed())
                               .bind(QStringLiteral(":id"), i.id)
                               .scalar();
    if (other.isValid())
        throw Error(Error::Kind::Conflict, Tr::tr("The scheme already has an indicator %1.").arg(i.code.trimmed()));
}

QString SchemeRepository::addIndicator(const QString &schemeId, Indicator i)
{
    indicatorrules::checkIndicator(i);
    Transaction tx(m_db);
    requireUnlocked(schemeId);
    checkCodeFree(schemeId, i);
    i.id = newRowId();
    if (i.sortOrder <= 0)
        i.sortOrder = Query(m_db, QStringLiteral("SELECT ifnull(max(sort_order), -1) + 1 FROM assess_indicator "
                                                 "WHERE scheme_id = :s AND deleted = 0"))
                          .bind(QStringLiteral(":s"), schemeId)
                          .scalar()
                          .toInt();
    insertIndicator(schemeId, i);
    tx.commit();
    return i.id;
}

void SchemeRepository::updateIndicator(const Indicator &i)
{
    indicatorrules::checkIndicator(i);
    Transaction tx(m_db);
    const QString schemeId = schemeOfIndicator(i.id);
    requireUnlocked(schemeId);
    checkCodeFree(schemeId, i);
    Query q(m_db, QStringLiteral("UPDATE assess_indicator SET area = :area, code = :code, sort_order = :sort, "
                                 "name = :name, max_score = :max, rule = :rule, points = :points, target = "
                                 ":target, standard = :standard, evidence = :evidence, version = version + 1, "
                                 "updated_at = :now WHERE id = :id AND deleted = 0"));
    bindIndicator(q, i).bind(QStringLiteral(":id"), i.id).exec();
    tx.commit();
}

void SchemeRepository::removeIndicator(const QString &indicatorId)
{
    Transaction tx(m_db);
    requireUnlocked(schemeOfIndicator(indicatorId));
    tombstoneOrThrow(m_db, "assess_indicator", indicatorId, true, Tr::tr("The indicator no longer exists."));
    tx.commit();
}

void SchemeRepository::restoreIndicator(const QString &indicatorId)
{
    Transaction tx(m_db);
    tombstoneOrThrow(m_db, "assess_indicator", indicatorId, false, Tr::tr("The indicator no longer exists."));
    requireUnlocked(schemeOfIndicator(indicatorId));
    tx.commit();
}

Indicator SchemeRepository::indicator(const QString &indicatorId) const
{
    // sql-identifiers-only: a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM assess_indicator WHERE id = :id AND deleted = 0").arg(kIndicatorColumns));
    q.bind(QStringLiteral(":id"), indicatorId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The indicator no longer exists."));
    return indicatorFrom(q);
}

QString SchemeRepository::schemeOfIndicator(const QString &indicatorId) const
{
    const QVariant s = Query(m_db, QStringLiteral("SELECT scheme_id FROM assess_indicator WHERE id = :id"))
                           .bind(QStringLiteral(":id"), indicatorId)
                           .scalar();
    if (!s.isValid())
        throw Error(Error::Kind::NotFound, Tr::tr("The indicator no longer exists."));
    return s.toString();
}

bool SchemeRepository::isLocked(const QString &id) const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM assessment WHERE deleted = 0 AND sealed = 1 AND "
                                      "scheme_id = :s"))
               .bind(QStringLiteral(":s"), id)
               .scalar()
               .toInt() > 0;
}

bool SchemeRepository::isUsed(const QString &id) const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM assessment WHERE deleted = 0 AND scheme_id = :s"))
               .bind(QStringLiteral(":s"), id)
               .scalar()
               .toInt() > 0;
}

void SchemeRepository::requireUnlocked(const QString &schemeId) const
{
    if (isLocked(schemeId))
        throw Error(Error::Kind::Conflict, Tr::tr("The scheme is locked: a sealed assessment uses it. Copy it "
                                                  "as a new revision to change it."));
}

QString SchemeRepository::installBuiltin()
{
    const Scheme builtin = BuiltinScheme::get();
    if (const auto existing = find(builtin.name))
        return existing->id;
    return insert(builtin);
}

} // namespace dj
