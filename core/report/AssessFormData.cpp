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
    return dj::twoDecimals(v);
}

QString AssessFormData::points(double v)
{
    return roundedPoints(v);
}

QString AssessFormData::component(const std::optional<double> &v)
{
    return v ? twoDecimals(*v) : QStringLiteral("未录入");
}

namespace {
QString drafted(const QString &text, bool provisional, bool cell)
{
    if (!provisional)
        return text;
    return text + (cell ? QStringLiteral("\n草稿") : QStringLiteral("（草稿）"));
}
} // namespace

QString AssessFormData::total(const OrgResult &r, bool cell)
{
    return r.scored ? drafted(twoDecimals(r.total), r.provisional(), cell) : QStringLiteral("未录入");
}

QString AssessFormData::grade(const OrgResult &r, bool cell)
{
    if (!r.scored)
        return QStringLiteral("待录入");
    return drafted(r.grade.isEmpty() ? QStringLiteral("待定") : r.grade, r.provisional(), cell);
}

QString AssessFormData::rank(const OrgResult &r)
{
    return r.scored ? QString::number(r.rank) : QStringLiteral("—");
}

QString AssessFormData::missingNote(const OrgResult &r)
{
    static const QHash<QString, QString> names{{QStringLiteral("daily"), QStringLiteral("日常考核")},
                                               {QStringLiteral("party_group"), QStringLiteral("党组评价")},
                                               {QStringLiteral("report"), QStringLiteral("述职评议")}};
    QStringList parts;
    if (!r.missing.isEmpty()) {
        QStringList what;
        for (const QString &key : r.missing)
            what << names.value(key, key);
        parts << QStringLiteral("待录入：") + what.join(QStringLiteral("、"));
    }
    if (!r.unreviewed.isEmpty())
        parts << QStringLiteral("未审核：") + r.unreviewed.join(QStringLiteral("、"));
    if (!r.partyGroupMissing.isEmpty())
        parts << QStringLiteral("缺评分：") + r.partyGroupMissing.join(QStringLiteral("、"));
    return parts.join(QStringLiteral("；"));
}

QString AssessFormData::draftNote(const AssessResult &result)
{
    const AssessGaps &g = result.gaps;
    if (!g.any())
        return {};
    return QStringLiteral("草稿：尚有数值未录入，标“草稿”的综合得分、名次和等次不是最终结果。"
                          "日常考核%1个党组织未录入、%2项自评未审核；党组评价%3个党组织未录入、缺%4个评分；"
                          "述职评议%5个党组织未录入。")
        .arg(g.daily)
        .arg(g.unreviewed)
        .arg(g.partyGroup)
        .arg(g.partyGroupMarks)
        .arg(g.report);
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
