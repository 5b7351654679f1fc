#include "OrgStatistics.h"

#include "OrganizationRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QSet>
#include <algorithm>

namespace dj {

OrgStatistics OrgStatistics::compute(Database &db, const QDate &today, int monthsAhead)
{
    OrgStatistics s;
    const QDate horizon = today.addMonths(monthsAhead);
    const QList<Organization> orgs = OrganizationRepository(db).all();
    for (const Organization &o : orgs) {
        if (!o.isActive())
            continue;
        s.activeByType[o.type] += 1;
        const QDate end = o.termEnd();
        if (end.isValid() && end <= horizon)
            s.terms.append({o, end, end < today});
    }
    std::sort(s.terms.begin(), s.terms.end(),
              [](const TermAlert &a, const TermAlert &b) { return a.end < b.end; });

    Query m(db, QStringLiteral("SELECT standing, count(*) FROM person WHERE deleted = 0 GROUP BY standing"));
    m.exec();
    while (m.next()) {
        if (m.text(0) == QLatin1String("probationary"))
            s.probationaryMembers = m.integer(1);
        else
            s.fullMembers = m.integer(1);
    }

    Query q(db, QStringLiteral("SELECT DISTINCT org_id FROM post WHERE deleted = 0 AND post_type = 'br_secretary' "
                               "AND from_date <= :today AND (to_date IS NULL OR to_date > :today)"));
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate)).exec();
    QSet<QString> withSecretary;
    while (q.next())
        withSecretary.insert(q.text(0));
    for (const Organization &o : orgs)
        if (o.isActive() && o.type == OrgType::Branch && !withSecretary.contains(o.id))
            s.branchesWithoutSecretary.append(o);
    return s;
}

} // namespace dj
