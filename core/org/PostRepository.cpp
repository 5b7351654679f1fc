#include "PostRepository.h"

#include "OrganizationRepository.h"
#include "PersonRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Tombstone.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PostRepository)
};
[[noreturn]] void invalid(const QString &msg) { throw Error(Error::Kind::Invalid, msg); }

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.person_id, p.org_id, p.post_type, p.from_date, p.to_date, p.version, "
    "pe.name, o.name FROM post p JOIN person pe ON pe.id = p.person_id "
    "JOIN organization o ON o.id = p.org_id WHERE p.deleted = 0");

PostView fromRow(const Query &q)
{
    PostView v;
    v.post.id = q.text(0);
    v.post.personId = q.text(1);
    v.post.orgId = q.text(2);
    v.post.type = vocab::postTypeFromCode(q.text(3));
    v.post.from = dateFrom(q.value(4));
    v.post.to = dateFrom(q.value(5));
    v.post.version = q.int64(6);
    v.personName = q.text(7);
    v.orgName = q.text(8);
    return v;
}
} // namespace

void PostRepository::validate(const Post &p) const
{
    const QList<FieldProblem> all = problems(p);
    if (!all.isEmpty())
        invalid(all.first().message);
}

QList<FieldProblem> PostRepository::problems(const Post &p) const
{
    const Organization org = OrganizationRepository(m_db).get(p.orgId);
    PersonRepository(m_db).get(p.personId); // throws when the person is gone
    QList<FieldProblem> out;
    auto add = [&out](const char *field, const QString &message) {
        if (!message.isEmpty())
            out.append({QString::fromLatin1(field), message});
    };
    if (!vocab::postOrgTypes(p.type).contains(org.type))
        add("type", Tr::tr("The post %1 does not exist in a %2 (%3).")
                        .arg(vocab::label(p.type), vocab::label(org.type), org.name));
    if (!org.isActive())
        add("orgId", Tr::tr("%1 has been dissolved; no new posts can start in it.").arg(org.name));
    if (!p.from.isValid())
        add("from", Tr::tr("Enter the date the post starts."));
    add("from", fieldcheck::dateProblem(Tr::tr("The start of the post"), p.from));
    add("to", fieldcheck::dateProblem(Tr::tr("The end of the post"), p.to));
    if (p.to.isValid() && p.to < p.from)
        add("to", Tr::tr("The post cannot end before it starts."));
    if (!vocab::isHeadPost(p.type) || p.to.isValid() || !p.from.isValid())
        return out;
    // Open-ended head post: nobody else may hold it from that date on.
    // sql-identifiers-only: kSelect and fixed conditions; values are bound
    Query q(m_db, kSelect + QStringLiteral(" AND p.org_id = :o AND p.post_type = :t AND p.id <> :id "
                                           "AND (p.to_date IS NULL OR p.to_date > :from)"));
    q.bind(QStringLiteral(":o"), p.orgId)
        .bind(QStringLiteral(":t"), vocab::code(p.type))
        .bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":from"), p.from.toString(Qt::ISODate))
        .exec();
    if (q.next()) {
        const PostView other = fromRow(q);
        add("type", Tr::tr("%1 already has a %2: %3. End that post first.")
                        .arg(org.name, vocab::label(p.type), other.personName));
    }
    return out;
}

QString PostRepository::add(Post p)
{
    Transaction tx(m_db);
    if (p.id.isEmpty())
        p.id = newRowId();
    validate(p);
    Query(m_db, QStringLiteral("INSERT INTO post (id, owner_office, version, updated_at, person_id, org_id, "
                               "post_type, from_date, to_date) VALUES (:id, :owner, 1, :now, :pe, :o, :t, :f, :to)"))
        .bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":pe"), p.personId)
        .bind(QStringLiteral(":o"), p.orgId)
        .bind(QStringLiteral(":t"), vocab::code(p.type))
        .bind(QStringLiteral(":f"), p.from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), dateValue(p.to))
        .exec();
    tx.commit();
    return p.id;
}

Post PostRepository::get(const QString &postId) const
{
    // sql-identifiers-only: kSelect and fixed conditions; values are bound
    Query q(m_db, kSelect + QStringLiteral(" AND p.id = :id"));
    q.bind(QStringLiteral(":id"), postId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The post no longer exists."));
    return fromRow(q).post;
}

void PostRepository::end(const QString &postId, const QDate &on)
{
    Transaction tx(m_db);
    const Post p = get(postId);
    if (p.to.isValid())
        invalid(Tr::tr("This post has already ended."));
    if (!on.isValid() || on < p.from)
        invalid(Tr::tr("The post cannot end before it starts."));
    Query(m_db, QStringLiteral("UPDATE post SET version = version + 1, updated_at = :now, to_date = :on WHERE id = :id"))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":on"), on.toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), postId)
        .exec();
    tx.commit();
}

void PostRepository::reopen(const QString &postId)
{
    Transaction tx(m_db);
    Post p = get(postId);
    p.to = QDate();
    validate(p);
    Query(m_db, QStringLiteral("UPDATE post SET version = version + 1, updated_at = :now, to_date = NULL WHERE id = :id"))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), postId)
        .exec();
    tx.commit();
}

void PostRepository::remove(const QString &postId)
{
    Transaction tx(m_db);
    if (!setTombstone(m_db, "post", postId, true))
        throw Error(Error::Kind::NotFound, Tr::tr("The post no longer exists."));
    tx.commit();
}

void PostRepository::restore(const QString &postId)
{
    Transaction tx(m_db);
    if (!setTombstone(m_db, "post", postId, false))
        throw Error(Error::Kind::NotFound, Tr::tr("The post no longer exists."));
    tx.commit();
}

QList<PostView> PostRepository::list(const QString &where, const QString &key, bool currentOnly) const
{
    // sql-identifiers-only: kSelect and fixed conditions; values are bound
    Query q(m_db, kSelect + where +
                      (currentOnly ? QStringLiteral(" AND p.from_date <= :today AND (p.to_date IS NULL OR p.to_date > :today)")
                                   : QString()) +
                      QStringLiteral(" ORDER BY (p.to_date IS NULL) DESC, p.from_date DESC"));
    q.bind(QStringLiteral(":key"), key);
    if (currentOnly)
        q.bind(QStringLiteral(":today"), Clock::today().toString(Qt::ISODate));
    q.exec();
    QList<PostView> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<PostView> PostRepository::forPerson(const QString &personId) const
{
    return list(QStringLiteral(" AND p.person_id = :key"), personId, false);
}

QList<PostView> PostRepository::forOrg(const QString &orgId, bool currentOnly) const
{
    return list(QStringLiteral(" AND p.org_id = :key"), orgId, currentOnly);
}

QString PostRepository::holderName(const QString &orgId, PostType type) const
{
    for (const PostView &v : forOrg(orgId, true))
        if (v.post.type == type)
            return v.personName;
    return {};
}

QHash<QString, QString> PostRepository::currentHeads() const
{
    QJsonArray heads;
    for (PostType t : vocab::postTypes())
        if (vocab::isHeadPost(t) && t != PostType::OcFullTimeDeputy)
            heads.append(vocab::code(t));
    // The post types are bound as one JSON array rather than spliced into the SQL.
    Query q(m_db, QStringLiteral("SELECT p.org_id, pe.name FROM post p JOIN person pe ON pe.id = p.person_id "
                                 "WHERE p.deleted = 0 AND p.from_date <= :today AND (p.to_date IS NULL OR p.to_date > :today) "
                                 "AND p.post_type IN (SELECT value FROM json_each(:heads))"));
    q.bind(QStringLiteral(":heads"), QString::fromUtf8(QJsonDocument(heads).toJson(QJsonDocument::Compact)));
    q.bind(QStringLiteral(":today"), Clock::today().toString(Qt::ISODate)).exec();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

} // namespace dj
