#include "ReportData.h"

#include "common/Error.h"
#include "org/OrganizationRepository.h"
#include "org/PostVocabulary.h"
#include "storage/Query.h"

namespace dj::report {

ReportData ReportData::load(Database &db, const QString &rootId, const QDate &today)
{
    ReportData d;
    OrganizationRepository repo(db);
    const QList<Organization> all = repo.all();
    if (!rootId.isEmpty())
        repo.get(rootId); // throws NotFound with a readable message
    QHash<QString, int> absDepth;
    int rootDepth = 0;
    bool inside = rootId.isEmpty();
    for (const Organization &o : all) {
        const int depth = o.parentId.isEmpty() ? 0 : absDepth.value(o.parentId) + 1;
        absDepth.insert(o.id, depth);
        // all() is depth-first: the subtree is the run from the root until depth falls back.
        if (!rootId.isEmpty()) {
            if (o.id == rootId) {
                inside = true;
                rootDepth = depth;
            } else if (inside && depth <= rootDepth) {
                inside = false;
            }
        }
        if (!inside)
            continue;
        d.order.insert(o.id, int(d.orgs.size()));
        d.depth.insert(o.id, depth - rootDepth);
        d.orgs.append(o);
    }

    Query q(db, QStringLiteral("SELECT p.person_id, p.org_id, p.post_type, pe.name FROM post p "
                               "JOIN person pe ON pe.id = p.person_id WHERE p.deleted = 0 AND pe.deleted = 0 "
                               "AND p.from_date <= :today AND (p.to_date IS NULL OR p.to_date > :today) "
                               "ORDER BY p.from_date"));
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate)).exec();
    while (q.next()) {
        const PostType type = vocab::postTypeFromCode(q.text(2));
        const QString post = vocab::officialName(type);
        d.postsOfPerson[q.text(0)].append(post);
        const int rank = type == PostType::BrSecretary || type == PostType::GbSecretary ? 0
                         : type == PostType::BrDeputy                                   ? 1
                         : type == PostType::Organizing || type == PostType::Propaganda || type == PostType::Discipline
                             ? 2
                             : -1;
        const QString key = q.text(0) + QLatin1Char('/') + q.text(1);
        if (rank >= 0 && (!d.committeeRank.contains(key) || rank < d.committeeRank.value(key)))
            d.committeeRank.insert(key, rank);
        d.postsInOrg[q.text(1)].append({post, q.text(3)});
    }
    return d;
}

QString chineseDate(const QDate &d)
{
    if (!d.isValid())
        return QStringLiteral("____年__月__日");
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace dj::report
