#include "OrganizationRepository.h"

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
#include <QHash>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::OrganizationRepository)
};

const QString kColumns = QStringLiteral(
    "id, parent_id, org_type, name, short_name, code, unit_kind, established_on, term_start, "
    "term_years, status, dissolved_on, contact_person_id, sort_order, version");

Organization fromRow(const Query &q)
{
    Organization o;
    o.id = q.text(0);
    o.parentId = q.text(1);
    o.type = vocab::orgTypeFromCode(q.text(2));
    o.name = q.text(3);
    o.shortName = q.text(4);
    o.code = q.text(5);
    o.unitKind = vocab::unitKindFromCode(q.text(6));
    o.establishedOn = dateFrom(q.value(7));
    o.termStart = dateFrom(q.value(8));
    o.termYears = q.integer(9);
    o.status = vocab::orgStatusFromCode(q.text(10));
    o.dissolvedOn = dateFrom(q.value(11));
    o.contactPersonId = q.text(12);
    o.sortOrder = q.integer(13);
    o.version = q.int64(14);
    return o;
}

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

[[noreturn]] void invalid(const QString &msg) { throw Error(Error::Kind::Invalid, msg); }

// The editable fields, shared by INSERT and UPDATE.
void bindFields(Query &q, const Organization &org)
{
    q.bind(QStringLiteral(":parent"), nullable(org.parentId))
        .bind(QStringLiteral(":type"), vocab::code(org.type))
        .bind(QStringLiteral(":name"), org.name)
        .bind(QStringLiteral(":short"), org.shortName.trimmed())
        .bind(QStringLiteral(":code"), org.code)
        .bind(QStringLiteral(":kind"), vocab::code(org.unitKind))
        .bind(QStringLiteral(":est"), dateValue(org.establishedOn))
        .bind(QStringLiteral(":ts"), dateValue(org.termStart))
        .bind(QStringLiteral(":ty"), org.termYears)
        .bind(QStringLiteral(":contact"), nullable(org.contactPersonId))
        .bind(QStringLiteral(":sort"), org.sortOrder);
}

} // namespace

QList<Organization> OrganizationRepository::all() const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM organization WHERE deleted = 0 ORDER BY sort_order, code"));
    q.exec();
    QList<Organization> flat;
    while (q.next())
        flat.append(fromRow(q));
    // Parents before children, so callers can build a tree in one pass.
    QHash<QString, QList<int>> kids;
    QList<int> roots;
    QHash<QString, int> index;
    for (int i = 0; i < flat.size(); ++i)
        index.insert(flat[i].id, i);
    for (int i = 0; i < flat.size(); ++i) {
        if (flat[i].parentId.isEmpty() || !index.contains(flat[i].parentId))
            roots.append(i);
        else
            kids[flat[i].parentId].append(i);
    }
    QList<Organization> out;
    out.reserve(flat.size());
    QList<int> stack(roots.rbegin(), roots.rend());
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        out.append(flat[i]);
        const QList<int> &c = kids.value(flat[i].id);
        for (auto it = c.rbegin(); it != c.rend(); ++it)
            stack.append(*it);
    }
    return out;
}

Organization OrganizationRepository::get(const QString &id) const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM organization WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The organisation no longer exists."));
    return fromRow(q);
}

Organization OrganizationRepository::byCode(const QString &code) const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM organization WHERE code = :c AND deleted = 0"));
    q.bind(QStringLiteral(":c"), code.trimmed()).exec();
    return q.next() ? fromRow(q) : Organization{};
}

QStringList OrganizationRepository::subtreeIds(const QString &rootId) const
{
    Query q(m_db, QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT :root UNION ALL "
                                 "SELECT o.id FROM organization o JOIN sub ON o.parent_id = sub.id "
                                 "WHERE o.deleted = 0) SELECT id FROM sub"));
    q.bind(QStringLiteral(":root"), rootId).exec();
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    return ids;
}

QList<Organization> OrganizationRepository::children(const QString &id, bool activeOnly) const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM organization WHERE parent_id = :id AND deleted = 0 "
                                     "AND (:all OR status = 'active') ORDER BY sort_order, code"));
    q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":all"), activeOnly ? 0 : 1).exec();
    QList<Organization> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QString OrganizationRepository::textProblem(const Organization &org)
{
    using fieldcheck::problem;
    for (const QString &p : {problem(Tr::tr("The organisation's name"), org.name.trimmed(), limits::OrgNameMax),
                             problem(Tr::tr("The short name"), org.shortName.trimmed(), limits::ShortNameMax),
                             problem(Tr::tr("The organisation code"), org.code.trimmed(), limits::CodeMax)})
        if (!p.isEmpty())
            return p;
    return {};
}

void OrganizationRepository::validate(const Organization &org) const
{
    const QList<FieldProblem> all = problems(org);
    if (!all.isEmpty())
        invalid(all.first().message);
}

QList<FieldProblem> OrganizationRepository::problems(const Organization &org) const
{
    QList<FieldProblem> out;
    auto add = [&out](const char *field, const QString &message) {
        if (!message.isEmpty())
            out.append({QString::fromLatin1(field), message});
    };
    using fieldcheck::problem;
    if (org.name.trimmed().isEmpty())
        add("name", Tr::tr("Enter the organisation's name."));
    add("name", problem(Tr::tr("The organisation's name"), org.name.trimmed(), limits::OrgNameMax));
    add("shortName", problem(Tr::tr("The short name"), org.shortName.trimmed(), limits::ShortNameMax));
    if (org.code.trimmed().isEmpty())
        add("code", Tr::tr("Enter the organisation code."));
    add("code", problem(Tr::tr("The organisation code"), org.code.trimmed(), limits::CodeMax));
    if (!org.code.trimmed().isEmpty()) {
        const Organization sameCode = byCode(org.code);
        if (!sameCode.id.isEmpty() && sameCode.id != org.id)
            add("code", Tr::tr("The code %1 is already used by %2.").arg(org.code.trimmed(), sameCode.name));
    }
    add("establishedOn", fieldcheck::dateProblem(Tr::tr("The date of establishment"), org.establishedOn));
    add("termStart", fieldcheck::dateProblem(Tr::tr("The start of the term"), org.termStart));
    if (org.termYears < 0 || org.termYears > limits::TermYearsMax)
        add("termYears", Tr::tr("The term length must be between 0 and 10 years."));

    const QList<OrgType> parents = vocab::allowedParents(org.type);
    if (parents.isEmpty()) {
        if (!org.parentId.isEmpty())
            add("parentId", Tr::tr("A %1 is the top of the tree and cannot be placed under another organisation.")
                                .arg(vocab::label(org.type)));
    } else if (org.parentId.isEmpty()) {
        add("parentId", Tr::tr("Choose the organisation a %1 belongs to.").arg(vocab::label(org.type)));
    } else {
        const Organization parent = get(org.parentId);
        if (!parents.contains(parent.type)) {
            QStringList names;
            for (OrgType t : parents)
                names.append(vocab::label(t));
            add("parentId", Tr::tr("A %1 can only be placed under: %2. %3 is a %4.")
                                .arg(vocab::label(org.type), names.join(QStringLiteral(" / ")),
                                     parent.name, vocab::label(parent.type)));
        }
        if (!parent.isActive() && org.isActive())
            add("parentId", Tr::tr("%1 has been dissolved; an active organisation cannot be placed under it.")
                                .arg(parent.name));
    }
    if (!org.contactPersonId.isEmpty()) {
        const QVariant ok =
            Query(m_db, QStringLiteral(
                            "SELECT count(*) FROM post p JOIN organization o ON o.id = p.org_id "
                            "WHERE p.person_id = :p AND p.deleted = 0 AND o.org_type = 'party_group' "
                            "AND p.post_type IN ('pg_secretary','pg_deputy','pg_member') "
                            "AND (p.to_date IS NULL OR p.to_date > :today)"))
                .bind(QStringLiteral(":p"), org.contactPersonId)
                .bind(QStringLiteral(":today"), Clock::today().toString(Qt::ISODate))
                .scalar();
        if (ok.toInt() == 0)
            add("contactPersonId", Tr::tr("The contact leader must be a current member of the party leadership group."));
    }
    return out;
}

QString OrganizationRepository::insert(Organization org)
{
    Transaction tx(m_db);
    if (org.id.isEmpty())
        org.id = newRowId();
    org.name = org.name.trimmed();
    org.code = org.code.trimmed();
    org.status = OrgStatus::Active;
    validate(org);
    Query q(m_db, QStringLiteral(
                    "INSERT INTO organization (id, owner_office, version, updated_at, parent_id, "
                    "org_type, name, short_name, code, unit_kind, established_on, term_start, "
                    "term_years, status, contact_person_id, sort_order) VALUES (:id, :owner, 1, "
                    ":now, :parent, :type, :name, :short, :code, :kind, :est, :ts, :ty, 'active', "
                    ":contact, :sort)"));
    q.bind(QStringLiteral(":id"), org.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp());
    bindFields(q, org);
    q.exec();
    tx.commit();
    return org.id;
}

void OrganizationRepository::update(const Organization &in)
{
    Transaction tx(m_db);
    const Organization old = get(in.id);
    Organization org = in;
    org.name = org.name.trimmed();
    org.code = org.code.trimmed();
    org.status = old.status; // status changes only through dissolve()/reactivate()
    if (org.parentId != old.parentId && subtreeIds(org.id).contains(org.parentId))
        invalid(Tr::tr("%1 cannot be moved under itself or one of its own sub-organisations.").arg(old.name));
    validate(org);
    Query q(m_db, QStringLiteral(
                    "UPDATE organization SET version = version + 1, updated_at = :now, "
                    "parent_id = :parent, org_type = :type, name = :name, short_name = :short, "
                    "code = :code, unit_kind = :kind, established_on = :est, term_start = :ts, "
                    "term_years = :ty, contact_person_id = :contact, sort_order = :sort "
                    "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), org.id)
        .bind(QStringLiteral(":now"), Clock::stamp());
    bindFields(q, org);
    q.exec();
    tx.commit();
}

void OrganizationRepository::move(const QString &id, const QString &newParentId)
{
    Organization org = get(id);
    org.parentId = newParentId;
    update(org);
}

void OrganizationRepository::dissolve(const QString &id, const QDate &on)
{
    Transaction tx(m_db);
    const Organization org = get(id);
    if (!org.isActive())
        invalid(Tr::tr("%1 is already dissolved.").arg(org.name));
    if (!on.isValid())
        invalid(Tr::tr("Enter the date of dissolution."));
    QStringList blockers;
    const QList<Organization> kids = children(id, true);
    if (!kids.isEmpty()) {
        QStringList names;
        for (const Organization &k : kids.mid(0, 5))
            names.append(k.name);
        if (kids.size() > 5)
            names.append(QStringLiteral("…"));
        blockers.append(Tr::tr("%n active sub-organisation(s) (%1)", nullptr, int(kids.size()))
                            .arg(names.join(QStringLiteral("、"))));
    }
    const int members =
        Query(m_db, QStringLiteral("SELECT count(*) FROM person WHERE branch_id = :id AND deleted = 0"))
            .bind(QStringLiteral(":id"), id)
            .scalar()
            .toInt();
    if (members > 0)
        blockers.append(Tr::tr("%n member(s)", nullptr, members));
    if (!blockers.isEmpty())
        throw Error(Error::Kind::Conflict,
                    Tr::tr("%1 cannot be dissolved: it still has %2. Move or dissolve them first.")
                        .arg(org.name, blockers.join(Tr::tr(" and "))));
    const QString now = Clock::stamp();
    Query(m_db, QStringLiteral("UPDATE organization SET version = version + 1, updated_at = :now, "
                               "status = 'dissolved', dissolved_on = :on WHERE id = :id"))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":on"), on.toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), id)
        .exec();
    // Posts in a dissolved body end with it; the history stays.
    Query(m_db, QStringLiteral("UPDATE post SET version = version + 1, updated_at = :now, to_date = :on "
                               "WHERE org_id = :id AND deleted = 0 AND (to_date IS NULL OR to_date > :on)"))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":on"), on.toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

void OrganizationRepository::reactivate(const QString &id)
{
    Transaction tx(m_db);
    Organization org = get(id);
    if (org.isActive())
        return;
    org.status = OrgStatus::Active;
    validate(org); // the parent must itself be active
    Query(m_db, QStringLiteral("UPDATE organization SET version = version + 1, updated_at = :now, "
                               "status = 'active', dissolved_on = NULL WHERE id = :id"))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

void OrganizationRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    const Organization org = get(id);
    if (!children(id, false).isEmpty())
        throw Error(Error::Kind::Conflict,
                    Tr::tr("%1 has sub-organisations and cannot be removed.").arg(org.name));
    const int used =
        Query(m_db, QStringLiteral("SELECT (SELECT count(*) FROM person WHERE branch_id = :id AND deleted = 0)"
                                   " + (SELECT count(*) FROM membership WHERE org_id = :id AND deleted = 0)"
                                   " + (SELECT count(*) FROM post WHERE org_id = :id AND deleted = 0)"))
            .bind(QStringLiteral(":id"), id)
            .scalar()
            .toInt();
    if (used > 0)
        throw Error(Error::Kind::Conflict,
                    Tr::tr("%1 has members or posts on record; dissolve it instead of removing it.")
                        .arg(org.name));
    setTombstone(m_db, "organization", id, true);
    tx.commit();
}

void OrganizationRepository::restore(const QString &id)
{
    Transaction tx(m_db);
    if (!setTombstone(m_db, "organization", id, false))
        throw Error(Error::Kind::NotFound, Tr::tr("The organisation no longer exists."));
    tx.commit();
}

} // namespace dj
