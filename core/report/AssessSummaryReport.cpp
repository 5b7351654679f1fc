#include "AssessSummaryReport.h"

#include "AssessFormData.h"
#include "assess/AssessData.h"
#include "assess/IndicatorRules.h"
#include "assess/SchemeRepository.h"
#include "storage/Database.h"

namespace dj::report {

namespace {
using indicatorrules::number;

QString quoted(const QString &grade)
{
    return QStringLiteral("“%1”").arg(grade);
}

// "90分及以上为“好”，75分及以上为“中”，其余为“差”" or the quota shares.
QString gradingText(const Grading &g)
{
    const QStringList grades = g.grades();
    QStringList parts;
    if (g.method == Grading::Method::Threshold) {
        for (int i = 0; i < grades.size(); ++i)
            parts << (i < g.limits.size() ? QStringLiteral("%1分及以上为%2")
                                                .arg(number(g.limits.at(i)), quoted(grades.at(i)))
                                          : QStringLiteral("其余为%1").arg(quoted(grades.at(i))));
        return QStringLiteral("按综合得分确定等次，") + parts.join(QStringLiteral("，"));
    }
    const int rest = g.restIndex();
    for (int i = 0; i < grades.size() && i < g.limits.size(); ++i) {
        if (i == rest)
            parts << QStringLiteral("其余为%1").arg(quoted(grades.at(i)));
        else if (i < rest)
            parts << QStringLiteral("%1不超过参加考核党组织数的%2%")
                         .arg(quoted(grades.at(i)), number(g.limits.at(i)));
        else
            parts << QStringLiteral("%1不少于参加考核党组织数的%2%")
                         .arg(quoted(grades.at(i)), number(g.limits.at(i)));
    }
    return QStringLiteral("按综合得分名次确定等次（比例内名额向下取整），") +
           parts.join(QStringLiteral("，")) +
           QStringLiteral("；名额分界处综合得分相同的，由机关党委研究确定");
}

QString remark(const OrgResult &r)
{
    QStringList out;
    if (r.veto)
        out << QStringLiteral("一票否决");
    if (r.tie)
        out << QStringLiteral("同分待定");
    if (r.provisional())
        out << AssessFormData::missingNote(r);
    return out.join(QLatin1Char('\n'));
}

// "参加考核党组织12个，其中“好”3个、“中”8个、“差”1个。"
QString countLine(const AssessResult &result)
{
    QStringList parts;
    for (const QString &g : result.grades) {
        int n = 0;
        for (const OrgResult &r : result.rows)
            n += r.grade == g ? 1 : 0;
        parts << QStringLiteral("%1%2个").arg(quoted(g)).arg(n);
    }
    int pending = 0, unscored = 0;
    for (const OrgResult &r : result.rows) {
        pending += r.scored && r.grade.isEmpty() ? 1 : 0;
        unscored += r.scored ? 0 : 1;
    }
    if (pending > 0)
        parts << QStringLiteral("等次待定%1个").arg(pending);
    if (unscored > 0)
        parts << QStringLiteral("尚未录入%1个").arg(unscored);
    if (result.gaps.provisional > 0)
        parts << QStringLiteral("得分为草稿的%1个").arg(result.gaps.provisional);
    return QStringLiteral("参加考核党组织%1个，其中%2。")
        .arg(result.rows.size())
        .arg(parts.join(QStringLiteral("、")));
}
} // namespace

QString AssessSummaryReport::method(const Assessment &as)
{
    const Weights &w = as.weights;
    QStringList words;
    const QStringList &ballotWords = vocab::ballotWords();
    for (int i = 0; i < ballotWords.size() && i < as.ballotPoints.size(); ++i)
        words << QStringLiteral("%1%2分").arg(quoted(ballotWords.at(i)),
                                              number(as.ballotPoints.at(i)));
    const QStringList grades = as.grading.grades();
    return QStringLiteral(
               "说明：\n1. 综合得分 = 日常考核 × %1% + 党组评价 × %2% + 述职评议 × "
               "%3%，各项均为百分制，保留两位小数，"
               "综合得分相同的名次并列。\n2. "
               "日常考核按量化考核评分表审核得分折合百分制；党组评价取各评价人评分的平均分；"
               "述职评议取评议票的平均分（评议票%4，收回%"
               "5张及以上时去掉一个最高分和一个最低分）。\n3. %6；"
               "被一票否决的党组织，等次直接确定为%7。")
        .arg(number(w.daily), number(w.partyGroup), number(w.report),
             words.join(QStringLiteral("、")))
        .arg(qMax(as.trimFrom, 3))
        .arg(gradingText(as.grading), grades.isEmpty() ? QString() : quoted(grades.last()));
}

Report AssessSummaryReport::build(Database &db, int year)
{
    const Assessment as = AssessFormData::assessment(db, year);
    const AssessResult result = AssessData::compute(db, as.id);
    Report r;
    r.title = QStringLiteral("%1年度机关党建工作考核结果汇总排名表").arg(year);
    r.subtitle = AssessFormData::committeeName(db) + QStringLiteral("　　考核方案：") +
                 AssessFormData::schemeTitle(SchemeRepository(db).get(as.schemeId));
    r.headerLine = db.officeName() + QStringLiteral("　%1年度党建工作量化考核").arg(year);
    r.marginMm = 15;
    Block table;
    table.kind = Block::Kind::Table;
    // Weights so that "市商务发展集团有限公司第一党支部" and "一票否决" fit on one line.
    table.columns = {
        {QStringLiteral("名次"), 0.55, true},       {QStringLiteral("组织编码"), 0.95, true},
        {QStringLiteral("党组织名称"), 4.0, false}, {QStringLiteral("日常考核"), 1.0, true},
        {QStringLiteral("党组评价"), 1.0, true},    {QStringLiteral("述职评议"), 1.0, true},
        {QStringLiteral("综合得分"), 1.0, true},    {QStringLiteral("等次"), 0.6, true},
        {QStringLiteral("备注"), 1.0, true}};
    for (const OrgResult &o : result.rows) {
        if (o.veto || o.tie || o.provisional())
            table.markedRows << int(table.rows.size());
        table.rows.append({AssessFormData::rank(o), o.code, o.name, AssessFormData::component(o.daily),
                           AssessFormData::component(o.partyGroup), AssessFormData::component(o.report),
                           AssessFormData::total(o, true), AssessFormData::grade(o, true), remark(o)});
    }
    // Said before the table too: a draft must not be read as the result.
    if (!AssessFormData::draftNote(result).isEmpty())
        r.blocks.append(Block::paragraph(AssessFormData::draftNote(result)));
    r.blocks.append(table);
    r.blocks.append(Block::paragraph(countLine(result)));
    r.blocks.append(Block::paragraph(method(as)));
    if (!as.sealed)
        r.blocks.append(Block::paragraph(
            QStringLiteral("本表所列结果尚未封存，仅供审核；封存后的结果以重新打印的为准。")));
    // The 机关党委's stamp goes over the date; the block stays with the last rows.
    r.blocks.append(Block::signatureLine({QStringLiteral("填表人"), QStringLiteral("审核人")},
                                         QStringLiteral("机关党委（盖章）")));
    return r;
}

} // namespace dj::report
