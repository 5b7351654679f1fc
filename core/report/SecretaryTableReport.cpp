#include "SecretaryTableReport.h"

#include "AssessFormData.h"
#include "assess/SecretaryReference.h"
#include "storage/Database.h"

namespace dj::report {

Report SecretaryTableReport::build(Database &db, int year)
{
    const Assessment as = AssessFormData::assessment(db, year);
    Report rep;
    rep.title = QStringLiteral("%1年度党支部书记抓基层党建工作考核参考表").arg(year);
    rep.subtitle = AssessFormData::committeeName(db);
    rep.headerLine = db.officeName() + QStringLiteral("　%1年度党建工作量化考核").arg(year);
    Block table;
    table.kind = Block::Kind::Table;
    // 备注 wide enough for "一票否决；书记空缺" on one line.
    table.columns = {{QStringLiteral("序号"), 0.6, true},     {QStringLiteral("党组织名称"), 3.0, false},
                     {QStringLiteral("书记"), 1.2, true},     {QStringLiteral("支部综合得分"), 1.2, true},
                     {QStringLiteral("名次"), 0.6, true},     {QStringLiteral("等次"), 0.6, true},
                     {QStringLiteral("备注"), 1.8, true}};
    int drafts = 0;
    for (const SecretaryRow &s : SecretaryReference::build(db, as.id)) {
        const QString draft = s.provisional ? QStringLiteral("\n草稿") : QString();
        drafts += s.provisional ? 1 : 0;
        if (s.provisional)
            table.markedRows << int(table.rows.size());
        // Why a row reads as it does: the grade of a veto, an empty 书记, a grade not yet set.
        QStringList why;
        if (s.veto)
            why << QStringLiteral("一票否决");
        if (s.secretary.isEmpty())
            why << QStringLiteral("书记空缺");
        if (s.tie)
            why << QStringLiteral("同分待定");
        table.rows.append({QString::number(table.rows.size() + 1), s.orgName,
                           s.secretary.isEmpty() ? QStringLiteral("（空缺）") : s.secretary,
                           s.scored ? AssessFormData::twoDecimals(s.total) + draft : QStringLiteral("未录入"),
                           s.scored ? QString::number(s.rank) : QStringLiteral("—"),
                           !s.scored ? QStringLiteral("待录入")
                                     : (s.grade.isEmpty() ? QStringLiteral("待定") : s.grade) + draft,
                           why.join(QStringLiteral("；"))});
    }
    rep.blocks.append(table);
    if (drafts > 0)
        rep.blocks.append(Block::paragraph(
            QStringLiteral("草稿：%1个党组织尚有考核数值未录入，其得分、名次和等次不是最终结果。").arg(drafts)));
    rep.blocks.append(Block::paragraph(QStringLiteral("说明：书记为考核年度内最后在任者；得分、名次、等次取自%1年度党建工作量化考核%2。")
                                           .arg(year)
                                           .arg(as.sealed ? QStringLiteral("（已封存）") : QStringLiteral("（尚未封存，仅供参考）"))));
    rep.blocks.append(Block::signatureLine({QStringLiteral("机关党委")}));
    return rep;
}

} // namespace dj::report
