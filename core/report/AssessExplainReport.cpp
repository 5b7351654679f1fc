#include "AssessExplainReport.h"

#include "AssessFormData.h"
#include "ReportData.h"
#include "assess/AssessExplain.h"
#include "assess/IndicatorRules.h"
#include "storage/Database.h"

namespace dj::report {

namespace {
QString two(double v) { return AssessFormData::twoDecimals(v); }

QString entered(const Indicator &i, const std::optional<ScoreEntry> &e, bool unreviewed = false)
{
    if (!e)
        return unreviewed ? QStringLiteral("未审核") : QStringLiteral("—");
    QString v = indicatorrules::number(e->value);
    if (i.rule == ScoreRule::Met)
        v = e->value >= 0.5 ? QStringLiteral("达标") : QStringLiteral("未达标");
    else if (i.rule == ScoreRule::Deduct || i.rule == ScoreRule::Add || i.rule == ScoreRule::Veto)
        v += QStringLiteral("次");
    return QStringLiteral("%1\n%2\n%3").arg(v, e->enteredBy, e->updatedAt.left(10));
}

// Why the grade, in the form's language whatever the interface speaks.
QString gradeReason(const AssessExplanation &e)
{
    const OrgResult &r = e.result;
    if (!r.scored)
        return QStringLiteral("尚未录入任何考核数值（%1），没有综合得分和等次。").arg(AssessFormData::missingNote(r));
    if (r.provisional())
        return QStringLiteral("草稿，尚有数值未录入（%1），得分和等次不是最终结果；草稿综合得分按已录入各项的权重折合为100%计算。").arg(AssessFormData::missingNote(r));
    if (r.veto)
        return QStringLiteral("有一票否决事项，无论综合得分多少，均确定为最低等次“%1”。").arg(r.grade);
    if (r.tie)
        return QStringLiteral("综合得分与其他组织相同且处于比例名额分界处，等次待机关党委研究确定。");
    const int g = int(e.grading.grades().indexOf(r.grade));
    if (e.grading.method == Grading::Method::Threshold)
        return g >= 0 && g < e.grading.limits.size()
                   ? QStringLiteral("综合得分达到“%1”等次分数线 %2 分。").arg(r.grade, indicatorrules::number(e.grading.limits.at(g)))
                   : QStringLiteral("综合得分低于各等次分数线，确定为“%1”。").arg(r.grade);
    return QStringLiteral("按比例名额（%1）评定，名次 %2/%3，确定为“%4”。")
        .arg(e.grading.limitsText().replace(QStringLiteral("rest"), QStringLiteral("其余")))
        .arg(r.rank)
        .arg(e.organisations)
        .arg(r.grade);
}
} // namespace

Report AssessExplainReport::build(Database &db, int year, const QString &orgId)
{
    const Assessment as = AssessFormData::assessment(db, year);
    const AssessExplanation e = AssessExplain::build(db, as.id, orgId);
    const OrgResult &r = e.result;
    Report rep;
    rep.title = QStringLiteral("%1年度党建工作量化考核综合得分说明").arg(year);
    rep.subtitle = QStringLiteral("%1（%2）").arg(r.name, r.code);
    rep.headerLine = db.officeName() + QStringLiteral("　%1年度党建工作量化考核").arg(year);
    rep.landscape = true;
    rep.marginMm = 15;
    rep.blocks.append(Block::paragraph(
        QStringLiteral("综合得分 %1 = 日常考核 %2 × %3% + 党组评价 %4 × %5% + 述职评议 %6 × %7%；名次 %8/%9，等次：%10。")
            .arg(AssessFormData::total(r), AssessFormData::component(r.daily), indicatorrules::number(e.weights.daily),
                 AssessFormData::component(r.partyGroup), indicatorrules::number(e.weights.partyGroup),
                 AssessFormData::component(r.report), indicatorrules::number(e.weights.report))
            .arg(AssessFormData::rank(r))
            .arg(e.organisations)
            .arg(AssessFormData::grade(r))));
    rep.blocks.append(Block::paragraph(QStringLiteral("等次依据：") + gradeReason(e)));

    rep.blocks.append(Block::heading(QStringLiteral("一、日常量化考核（折合百分制 %1）").arg(r.daily ? two(*r.daily) + QStringLiteral(" 分") : QStringLiteral("未录入"))));
    Block table;
    table.kind = Block::Kind::Table;
    table.columns = {{QStringLiteral("编号"), 0.6, true},   {QStringLiteral("考核指标"), 2.7, false},
                     {QStringLiteral("评分方式"), 1.1, true}, {QStringLiteral("分值"), 0.6, true},
                     {QStringLiteral("自评\n录入人 日期"), 1.8, true}, {QStringLiteral("审核\n录入人 日期"), 1.8, true},
                     {QStringLiteral("得分"), 0.7, true},   {QStringLiteral("说明及佐证材料"), 2.3, false}};
    for (const AssessExplanation::Line &l : e.lines) {
        const Indicator &i = l.indicator;
        QString rule = vocab::sheetWord(i.rule);
        if (i.rule == ScoreRule::Deduct || i.rule == ScoreRule::Add)
            rule += QStringLiteral(" 每次%1").arg(indicatorrules::number(i.points));
        else if (i.rule == ScoreRule::Ratio)
            rule += QStringLiteral(" 目标%1").arg(indicatorrules::number(i.target));
        QStringList notes = l.notes(QStringLiteral("自评："), QStringLiteral("审核："));
        for (const Attachment &a : l.evidence)
            notes << QStringLiteral("附：") + a.name;
        if (l.vetoes)
            table.markedRows << int(table.rows.size());
        table.rows.append({i.code, i.name, rule, indicatorrules::number(i.maxScore), entered(i, l.self),
                           entered(i, l.review, bool(l.self)), l.vetoes ? QStringLiteral("否决") : AssessFormData::points(l.points),
                           notes.join(QLatin1Char('\n'))});
    }
    rep.blocks.append(table);

    rep.blocks.append(Block::heading(r.partyGroup ? QStringLiteral("二、党组评价（%1 人评价，平均 %2 分）").arg(e.partyGroup.size()).arg(two(*r.partyGroup))
                                                   : QStringLiteral("二、党组评价（未录入）")));
    QStringList marks;
    for (const PartyGroupMark &m : e.partyGroup)
        marks << QStringLiteral("%1 %2分").arg(m.evaluator, AssessFormData::points(m.score));
    rep.blocks.append(Block::paragraph(marks.isEmpty() ? QStringLiteral("（无）") : marks.join(QStringLiteral("；"))));

    const bool trimmed = e.ballots.size() >= std::max(e.trimFrom, 3);
    rep.blocks.append(Block::heading(QStringLiteral("三、述职评议（%1 张票%2，得分 %3）")
                                         .arg(e.ballots.size())
                                         .arg(trimmed ? QStringLiteral("，去掉一个最高分和一个最低分") : QString(),
                                              AssessFormData::component(r.report))));
    QStringList ballots;
    for (const AssessExplanation::Ballot &b : e.ballots)
        ballots << QStringLiteral("%1号%2%3%4")
                       .arg(b.ballotNo, b.word.isEmpty() ? QString() : b.word + QLatin1Char('='),
                            AssessFormData::points(b.score), b.dropped ? QStringLiteral("（去掉）") : QString());
    rep.blocks.append(Block::paragraph(ballots.isEmpty() ? QStringLiteral("（无）") : ballots.join(QStringLiteral("；"))));
    rep.blocks.append(Block::signatureLine({QStringLiteral("审核人")}));
    return rep;
}

} // namespace dj::report
