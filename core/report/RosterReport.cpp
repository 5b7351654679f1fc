#include "RosterReport.h"

#include "ReportData.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace dj::report {

namespace {
struct Member
{
    int branchOrder;
    QStringList cells;
};
QString iso(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }
} // namespace

Report RosterReport::build(Database &db, const QString &orgId, const QDate &today)
{
    const ReportData data = ReportData::load(db, orgId, today);
    Report r;
    r.title = QStringLiteral("党员花名册");
    r.subtitle = orgId.isEmpty() ? db.officeName() : OrganizationRepository(db).get(orgId).name;
    r.subtitle += QStringLiteral("　　截至 ") + chineseDate(today);
    r.headerLine = db.officeName() + QStringLiteral("　%1年度").arg(today.year());
    r.landscape = true;

    // The subtree's organisations, bound as one JSON array.
    QJsonArray ids;
    for (const Organization &o : data.orgs)
        ids.append(o.id);
    Query q(db, QStringLiteral("SELECT p.id, p.name, p.gender, p.ethnicity, p.birth_date, p.joined_on, "
                               "p.standing, p.branch_id, o.name, p.phone FROM person p "
                               "JOIN organization o ON o.id = p.branch_id WHERE p.deleted = 0 "
                               "AND p.branch_id IN (SELECT value FROM json_each(:ids))"));
    q.bind(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))).exec();
    QList<Member> members;
    while (q.next()) {
        const auto order = data.order.constFind(q.text(7));
        if (order == data.order.cend())
            continue; // outside the printed subtree
        members.append({*order,
                        {q.text(1), q.text(2) == QLatin1String("F") ? QStringLiteral("女") : QStringLiteral("男"),
                         q.text(3), iso(q.value(4)), iso(q.value(5)),
                         q.text(6) == QLatin1String("probationary") ? QStringLiteral("预备党员") : QStringLiteral("正式党员"),
                         q.text(8), data.postsOfPerson.value(q.text(0)).join(QStringLiteral("、")), q.text(9)}});
    }
    // By branch in tree order, then by name.
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        return a.branchOrder != b.branchOrder ? a.branchOrder < b.branchOrder : a.cells[0] < b.cells[0];
    });

    Block table;
    table.kind = Block::Kind::Table;
    table.columns = {{QStringLiteral("序号"), 0.6, true},    {QStringLiteral("姓名"), 1.1, true},
                     {QStringLiteral("性别"), 0.6, true},    {QStringLiteral("民族"), 0.8, true},
                     {QStringLiteral("出生日期"), 1.3, true}, {QStringLiteral("入党时间"), 1.3, true},
                     {QStringLiteral("党员类别"), 1.1, true}, {QStringLiteral("所在支部"), 2.6, false},
                     {QStringLiteral("党内职务"), 2.0, false}, {QStringLiteral("联系电话"), 1.5, true}};
    table.rows.reserve(members.size());
    for (int i = 0; i < members.size(); ++i)
        table.rows.append(QStringList{QString::number(i + 1)} + members[i].cells);
    r.blocks.append(Block::paragraph(QStringLiteral("共 %1 名党员。").arg(members.size())));
    r.blocks.append(table);
    r.blocks.append(Block::signatureLine({QStringLiteral("填表人"), QStringLiteral("审核人")}));
    return r;
}

} // namespace dj::report
