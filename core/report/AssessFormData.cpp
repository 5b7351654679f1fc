#include "AssessFormData.h"

#include "assess/AssessResult.h"
#include "assess/IndicatorRules.h"
#include "common/Error.h"
#include "org/OrgVocabulary.h"
#include "org/OrganizationRepository.h"
#include "org/PostRepository.h"
#include "org/PostVocabulary.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <algorithm>

namespace dj::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::report::AssessFormData)
};
} // namespace

Assessment AssessFormData::assessment(Database &db, int year)
{
    if (auto a = AssessmentRepository(db).forYear(year))
        return *a;
    throw Error(
        Error::Kind::NotFound,
        Tr::tr("There is no assessment for %1, so there is nothing to print. Create the year's "
               "assessment first (assess create).")
            .arg(year));
}

QString AssessFormData::twoDecimals(double v)
{
    return QString::number(double(centiKey(v)) / 100.0, 'f', 2);
}

QString AssessFormData::points(double v)
{
    return indicatorrules::number(double(centiKey(v)) / 100.0);
}

QList<AssessedOrg> AssessFormData::orgsInTreeOrder(Database &db, const QString &assessmentId)
{
    QHash<QString, int> position;
    for (const Organization &o : OrganizationRepository(db).all())
        position.insert(o.id, int(position.size()));
    QList<AssessedOrg> orgs = AssessmentRepository(db).orgs(assessmentId);
    std::stable_sort(orgs.begin(), orgs.end(), [&](const AssessedOrg &a, const AssessedOrg &b) {
        return position.value(a.orgId) < position.value(b.orgId);
    });
    return orgs;
}

QString AssessFormData::committeeName(Database &db)
{
    for (const Organization &o : OrganizationRepository(db).all())
        if (o.type == OrgType::OrganCommittee && o.isActive())
            return o.name;
    return db.officeName() + QStringLiteral("机关党委");
}

QString AssessFormData::secretaryAtYearEnd(Database &db, const AssessedOrg &org, int year)
{
    PostType head = PostType::BrSecretary;
    bool known = false;
    const OrgType type = vocab::orgTypeFromCode(org.orgType, &known);
    if (known)
        vocab::headPostOf(type, &head);
    const QDate yearEnd(year, 12, 31);
    for (const PostView &v : PostRepository(db).forOrg(org.orgId, false))
        if (v.post.type == head && v.post.isCurrent(yearEnd))
            return v.personName;
    return QStringLiteral("（空缺）");
}

QString AssessFormData::schemeTitle(const Scheme &scheme)
{
    return scheme.revision > 1
               ? QStringLiteral("%1（第%2版）").arg(scheme.name).arg(scheme.revision)
               : scheme.name;
}

} // namespace dj::report
