#include "OrgListReport.h"

#include "ReportData.h"
#include "org/PostVocabulary.h"
#include "storage/Database.h"

namespace dj::report {

Report OrgListReport::build(Database &db, const QString &rootId, const QDate &today)
{
    const ReportData data = ReportData::load(db, rootId, today);
    Report r;
    r.title = QStringLiteral("组织机构及班子成员一览表");
    r.subtitle = db.officeName() + QStringLiteral("　　截至 ") + chineseDate(today);
    r.headerLine = db.officeName() + QStringLiteral("　%1年度").arg(today.year());
    r.landscape = true;

    Block table;
    table.kind = Block::Kind::Table;
    // 组织类型 wide enough for "党的建设工作领导小组" and "部门党组（党委）" on one line.
    table.columns = {{QStringLiteral("组织名称"), 3.0, false},   {QStringLiteral("组织类型"), 1.8, true},
                     {QStringLiteral("书记（负责人）"), 1.5, true}, {QStringLiteral("班子成员"), 3.1, false},
                     {QStringLiteral("本届任期开始"), 1.3, true}, {QStringLiteral("任期届满"), 1.3, true},
                     {QStringLiteral("提示"), 1.0, true}};
    const QDate horizon = today.addMonths(6);
    int expiring = 0;
    for (const Organization &o : data.orgs) {
        if (!o.isActive())
            continue;
        QString head;
        QStringList committee;
        PostType headType;
        const bool hasHead = vocab::headPostOf(o.type, &headType);
        for (const auto &[post, person] : data.postsInOrg.value(o.id)) {
            if (hasHead && post == vocab::officialName(headType) && head.isEmpty())
                head = person;
            else
                committee.append(post + QLatin1Char(' ') + person);
        }
        const QDate end = o.termEnd();
        QString note;
        if (end.isValid() && end < today)
            note = QStringLiteral("已超期");
        else if (end.isValid() && end <= horizon)
            note = QStringLiteral("即将届满");
        if (!note.isEmpty()) {
            table.markedRows.append(int(table.rows.size()));
            ++expiring;
        }
        // Full-width spaces indent the tree the way officers lay it out in Word.
        table.rows.append({QString(data.depth.value(o.id) * 2, QChar(0x3000)) + o.name, vocab::officialName(o.type),
                           head, committee.join(QStringLiteral("；")),
                           o.termStart.isValid() && o.termYears > 0 ? o.termStart.toString(Qt::ISODate) : QString(),
                           end.isValid() ? end.toString(Qt::ISODate) : QString(), note});
    }
    r.blocks.append(Block::paragraph(
        QStringLiteral("共 %1 个组织；其中 %2 个组织的任期将在 6 个月内届满或已超期，请及时做好换届工作。")
            .arg(table.rows.size())
            .arg(expiring)));
    r.blocks.append(table);
    r.blocks.append(Block::signatureLine({QStringLiteral("填表人"), QStringLiteral("审核人")}));
    return r;
}

} // namespace dj::report
