#include "DutyBookletReport.h"

#include "ReportData.h"
#include "common/Error.h"
#include "duty/DutyProgress.h"
#include "duty/DutyRepository.h"
#include "duty/DutySchedule.h"
#include "duty/TemplateRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <algorithm>

namespace dj::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::report::DutyBookletReport)
};

bool late(DutyStatus s)
{
    return s == DutyStatus::Overdue || s == DutyStatus::PartlyDone;
}

// "已完成 3/4" over the periods already due, with the status under it when one of them is
// late (the emphasis of a marked row is lost on a black-and-white copy); the status alone
// when nothing is due yet ("未到期", or "已完成" for work done early).
QString completion(const ItemProgress &p)
{
    const QString status = DutySchedule::officialName(p.now);
    if (p.dueExpected == 0)
        return status;
    QString text = QStringLiteral("已完成 %1/%2").arg(p.dueDone).arg(p.dueExpected);
    if (late(p.now))
        text += QLatin1Char('\n') + status;
    return text;
}

Block itemTable(const DutyList &list, const QList<ItemProgress> &items)
{
    Block table;
    table.kind = Block::Kind::Table;
    // Weights so that "12月31日前", "办公室党支部" and "已完成 10/11" each fit on one line.
    table.columns = {{QStringLiteral("序号"), 0.5, true},
                     {QStringLiteral("类别"), 0.95, true},
                     {QStringLiteral("事项及具体内容"), 4.4, false},
                     {QStringLiteral("时限"), 1.25, true},
                     {QStringLiteral("责任人"), 1.4, true},
                     {QStringLiteral("完成情况"), 1.3, true}};
    const QString who = list.isPostList() ? list.personName : list.orgName;
    for (const ItemProgress &p : items) {
        if (late(p.now))
            table.markedRows.append(int(table.rows.size()));
        const DutyItem &i = p.item;
        const QString what =
            i.content.trimmed().isEmpty() ? i.title : i.title + QStringLiteral("：") + i.content;
        // "限期" over "3月31日前": a narrow cell would otherwise break inside the date.
        QString limit = DutyBookletReport::timeLimit(i.frequency, i.deadline, list.year);
        limit.replace(QLatin1Char(' '), QLatin1Char('\n'));
        table.rows.append(
            {QString::number(table.rows.size() + 1), i.category, what, limit, who, completion(p)});
    }
    return table;
}

QString summary(const DutyList &list, const QString &templateName, const QList<ItemProgress> &items,
                const QDate &today)
{
    int expected = 0, done = 0;
    for (const ItemProgress &p : items) {
        expected += p.dueExpected;
        done += p.dueDone;
    }
    QString text = list.isPostList()
                       ? QStringLiteral("责任人：%1（%2）").arg(list.personName, list.orgName)
                       : QStringLiteral("责任单位：%1").arg(list.orgName);
    text += QStringLiteral("　　责任类别：") + vocab::officialName(list.subject);
    if (!templateName.isEmpty())
        text += QStringLiteral("　　清单依据：") + templateName;
    text += QStringLiteral("。共 %1 项；截至 %2，应完成 %3 次，已完成 %4 次。")
                .arg(items.size())
                .arg(chineseDate(today))
                .arg(expected)
                .arg(done);
    return text;
}
// The seal that goes on an organisation's list; none for a body that has no seal of its own
// (领导小组, 党小组) or for a person's list.
QString sealOf(const DutyList &list, const ReportData &tree)
{
    if (list.isPostList())
        return {};
    for (const Organization &o : tree.orgs) {
        if (o.id != list.orgId)
            continue;
        switch (o.type) {
        case OrgType::PartyGroup:
            return QStringLiteral("党组（盖章）");
        case OrgType::OrganCommittee:
            return QStringLiteral("机关党委（盖章）");
        case OrgType::DisciplineCommittee:
            return QStringLiteral("机关纪委（盖章）");
        case OrgType::GeneralBranch:
            return QStringLiteral("党总支（盖章）");
        case OrgType::Branch:
            return QStringLiteral("党支部（盖章）");
        case OrgType::LeadingGroup:
        case OrgType::Group:
            return {};
        }
    }
    return {};
}
} // namespace

QString DutyBookletReport::timeLimit(Frequency frequency, const QString &deadline, int year)
{
    QString text = vocab::officialName(frequency);
    const QDate due = DutySchedule::deadlineIn(deadline, year);
    // Only the whole-year frequencies fall due on their deadline (see DutySchedule::periods).
    const bool dated = frequency == Frequency::Once || frequency == Frequency::ByDate ||
                       frequency == Frequency::Yearly;
    if (dated && due.isValid())
        text += QStringLiteral(" %1月%2日前").arg(due.month()).arg(due.day());
    return text;
}

Report DutyBookletReport::build(Database &db, int year, const QString &orgId, const QDate &today)
{
    const ReportData tree = ReportData::load(db, orgId, today); // NotFound for an unknown root
    QList<DutyList> lists = DutyRepository(db).lists(year);
    lists.erase(std::remove_if(lists.begin(), lists.end(),
                               [&](const DutyList &l) { return !tree.order.contains(l.orgId); }),
                lists.end());
    if (lists.isEmpty()) {
        if (orgId.isEmpty())
            throw Error(
                Error::Kind::NotFound,
                Tr::tr("There are no responsibility lists for %1. Generate the year's lists first.")
                    .arg(year));
        throw Error(
            Error::Kind::NotFound,
            Tr::tr("There are no responsibility lists for %1 in %2 or the organisations below it. "
                   "Generate the year's lists first.")
                .arg(year)
                .arg(tree.orgs.first().name));
    }
    // Levels and posts in subject order, then the organisations in tree order.
    std::stable_sort(lists.begin(), lists.end(), [&](const DutyList &a, const DutyList &b) {
        if (a.subject != b.subject)
            return a.subject < b.subject;
        const int oa = tree.order.value(a.orgId), ob = tree.order.value(b.orgId);
        return oa != ob ? oa < ob : a.personName < b.personName;
    });
    QHash<QString, QString> templateNames;
    for (const DutyTemplate &t : TemplateRepository(db).all())
        templateNames.insert(t.id, t.name);
    const DutyProgress progress(db, year, today);

    Report r;
    r.title = QStringLiteral("%1年度全面从严治党责任清单").arg(year);
    r.subtitle = (orgId.isEmpty() ? db.officeName() : tree.orgs.first().name) +
                 QStringLiteral("　　完成情况截至 ") + chineseDate(today);
    r.headerLine = db.officeName() + QStringLiteral("　%1年度").arg(year);
    for (const DutyList &list : std::as_const(lists)) {
        const QList<ItemProgress> items = progress.items(list.id); // retired items left out
        r.blocks.append(Block::heading(list.title));
        r.blocks.append(
            Block::paragraph(summary(list, templateNames.value(list.templateId), items, today)));
        const Block table = itemTable(list, items);
        r.blocks.append(table);
        // The emphasis is lost on a black-and-white copy: the legend says what it means, and
        // the 完成情况 of those rows says it in words.
        if (!table.markedRows.isEmpty())
            r.blocks.append(Block::paragraph(
                QStringLiteral("注：底色标出的事项逾期未完成或部分完成，完成情况栏注明。")));
        r.blocks.append(Block::signatureLine(
            list.isPostList()
                ? QStringList{QStringLiteral("责任人")}
                : QStringList{QStringLiteral("责任人"), QStringLiteral("单位负责人")},
            sealOf(list, tree)));
    }
    return r;
}

} // namespace dj::report
