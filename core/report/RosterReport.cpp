#include "RosterReport.h"

#include "ReportData.h"
#include "access/Masking.h"
#include "common/NameOrder.h"
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
    int committee; // 0 书记, 1 副书记, 2 委员 of the member's branch, 3 the other members
    QString branchId;
    QStringList cells; // the columns of the roster of several branches, 序号 left out
    QString education;
    QString workAndPosition; // 工作单位及职务
    bool masked = false; // the phone is masked
};
// Positions in Member::cells.
enum Cell { Name, Gender, Ethnicity, Born, Joined, Standing, Branch, Posts, Phone };
QString iso(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }

// The members of the printed subtree, by branch in tree order, each branch's committee first,
// then by name: one query.
// A branch account prints only the people of its own subtree; phones are masked as in the
// people list (core/access/Masking.h).
QList<Member> loadMembers(Database &db, const ReportData &data, const SensitiveView &view)
{
    QJsonArray ids; // the subtree's organisations, bound as one JSON array
    for (const Organization &o : data.orgs)
        ids.append(o.id);
    Query q(db, QStringLiteral("SELECT p.id, p.name, p.gender, p.ethnicity, p.birth_date, p.joined_on, "
                               "p.standing, p.branch_id, o.name, p.phone, p.education, p.work_unit, "
                               "p.department, p.position FROM person p "
                               "JOIN organization o ON o.id = p.branch_id WHERE p.deleted = 0 "
                               "AND p.branch_id IN (SELECT value FROM json_each(:ids))"));
    q.bind(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))).exec();
    QList<Member> members;
    while (q.next()) {
        const QString branchId = q.text(7);
        if (!view.lists(branchId))
            continue;
        const QString phone = view.phone(branchId, q.text(9));
        members.append({data.order.value(q.text(7)),
                        data.committeeRank.value(q.text(0) + QLatin1Char('/') + branchId, 3), q.text(7),
                        {q.text(1), q.text(2) == QLatin1String("F") ? QStringLiteral("女") : QStringLiteral("男"),
                         q.text(3), iso(q.value(4)), iso(q.value(5)),
                         q.text(6) == QLatin1String("probationary") ? QStringLiteral("预备党员") : QStringLiteral("正式党员"),
                         q.text(8), data.postsOfPerson.value(q.text(0)).join(QStringLiteral("、")), phone},
                        q.text(10), q.text(11) + q.text(12) + q.text(13), phone != q.text(9)});
    }
    // Each branch: its 书记, 副书记 and 委员 first, then the members in 拼音 / 笔画 order.
    QStringList names;
    for (const Member &m : std::as_const(members))
        names << m.cells[Name];
    NameOrder::prime(names);
    std::stable_sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        if (a.branchOrder != b.branchOrder)
            return a.branchOrder < b.branchOrder;
        if (a.committee != b.committee)
            return a.committee < b.committee;
        return NameOrder::less(a.cells[Name], b.cells[Name]);
    });
    return members;
}

// Said under the count when a branch account's roster leaves out people of the printed
// subtree (they are outside its own).
QString scopeNote(Database &db, const ReportData &data, const SensitiveView &view)
{
    for (const Organization &o : data.orgs)
        if (!view.lists(o.id))
            return QStringLiteral("本表只列%1及其下级组织的党员。")
                .arg(OrganizationRepository(db).get(db.user().scopeOrgId).name);
    return {};
}

// The roster of one branch leaves out 所在支部 (the same in every row, and in the subtitle)
// and has room for 学历 and 工作单位及职务.
Report makeReport(Database &db, const QString &subject, const QList<Member> &members, const QDate &today,
                  const QString &note, bool oneBranch)
{
    Report r;
    r.title = QStringLiteral("党员花名册");
    r.subtitle = subject + QStringLiteral("　　截至 ") + chineseDate(today);
    // A roster is of a day, not of a year.
    r.headerLine = db.officeName() + QStringLiteral("　党员花名册　截至 ") + chineseDate(today);
    r.landscape = true;
    Block table;
    table.kind = Block::Kind::Table;
    if (oneBranch)
        // 学历 wide enough for "研究生（硕士）".
        table.columns = {{QStringLiteral("序号"), 0.5, true},     {QStringLiteral("姓名"), 1.0, true},
                         {QStringLiteral("性别"), 0.5, true},     {QStringLiteral("民族"), 0.7, true},
                         {QStringLiteral("出生日期"), 1.2, true}, {QStringLiteral("学历"), 1.4, true},
                         {QStringLiteral("入党时间"), 1.2, true}, {QStringLiteral("党员类别"), 1.0, true},
                         {QStringLiteral("工作单位及职务"), 3.2, false}, {QStringLiteral("党内职务"), 2.2, false},
                         {QStringLiteral("联系电话"), 1.3, true}};
    else
        table.columns = {{QStringLiteral("序号"), 0.6, true},    {QStringLiteral("姓名"), 1.1, true},
                         {QStringLiteral("性别"), 0.6, true},    {QStringLiteral("民族"), 0.8, true},
                         {QStringLiteral("出生日期"), 1.3, true}, {QStringLiteral("入党时间"), 1.3, true},
                         {QStringLiteral("党员类别"), 1.1, true}, {QStringLiteral("所在支部"), 2.6, false},
                         {QStringLiteral("党内职务"), 2.0, false}, {QStringLiteral("联系电话"), 1.5, true}};
    table.rows.reserve(members.size());
    for (int i = 0; i < members.size(); ++i) {
        const Member &m = members.at(i);
        if (!oneBranch) {
            table.rows.append(QStringList{QString::number(i + 1)} + m.cells);
            continue;
        }
        table.rows.append({QString::number(i + 1), m.cells[Name], m.cells[Gender], m.cells[Ethnicity], m.cells[Born],
                           m.education, m.cells[Joined], m.cells[Standing], m.workAndPosition, m.cells[Posts],
                           m.cells[Phone]});
    }
    QString count = QStringLiteral("共 %1 名党员。").arg(members.size()) + note;
    if (std::any_of(members.cbegin(), members.cend(), [](const Member &m) { return m.masked; }))
        count += QStringLiteral("联系电话已部分隐去。");
    r.blocks.append(Block::paragraph(count));
    r.blocks.append(table);
    r.blocks.append(Block::signatureLine({QStringLiteral("填表人"), QStringLiteral("审核人")}));
    return r;
}
} // namespace

Report RosterReport::build(Database &db, const QString &orgId, const QDate &today)
{
    const ReportData data = ReportData::load(db, orgId, today);
    const QString subject = orgId.isEmpty() ? db.officeName() : OrganizationRepository(db).get(orgId).name;
    const SensitiveView view(db);
    // One branch: a 党支部, or any organisation with nothing below it.
    const bool oneBranch = !orgId.isEmpty() && (data.orgs.size() == 1 || data.orgs.first().type == OrgType::Branch);
    return makeReport(db, subject, loadMembers(db, data, view), today, scopeNote(db, data, view), oneBranch);
}

QList<BranchRoster> RosterReport::buildPerBranch(Database &db, const QString &rootId, const QDate &today)
{
    // The tree, the posts and the members are read once for all the rosters.
    const ReportData data = ReportData::load(db, rootId, today);
    const SensitiveView view(db);
    QHash<QString, QList<Member>> byBranch;
    for (const Member &m : loadMembers(db, data, view))
        byBranch[m.branchId].append(m);
    // A branch account gets the rosters of its own branches, not empty ones for the rest.
    QList<BranchRoster> out;
    for (const Organization &o : data.orgs)
        if (o.isActive() && o.type == OrgType::Branch && view.lists(o.id))
            out.append({o, makeReport(db, o.name, byBranch.value(o.id), today, {}, true)});
    return out;
}

} // namespace dj::report
