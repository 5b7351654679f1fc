#include "AssessScoreFormReport.h"

#include "AssessFormData.h"
#include "assess/IndicatorRules.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "common/Error.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace dj::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::report::AssessScoreFormReport)
};

using indicatorrules::number;

// One organisation's entries of one stage by indicator id.
struct Values
{
    QHash<QString, ScoreEntry> byIndicator;
    bool any() const { return !byIndicator.isEmpty(); }
    std::optional<double> value(const QString &indicatorId) const
    {
        const auto it = byIndicator.constFind(indicatorId);
        return it == byIndicator.constEnd() ? std::nullopt : std::optional<double>(it->value);
    }
};

// "扣分 2分/次", "比例 目标100": how the points come about, as the reviewer needs it at hand.
QString ruleCell(const Indicator &i)
{
    const QString word = vocab::sheetWord(i.rule);
    switch (i.rule) {
    case ScoreRule::Deduct:
    case ScoreRule::Add:
        return word + QStringLiteral(" %1分/次").arg(number(i.points));
    case ScoreRule::Ratio:
        return word + QStringLiteral(" 目标%1").arg(number(i.target));
    default:
        return word;
    }
}

QString maxCell(const Indicator &i)
{
    return i.rule == ScoreRule::Veto ? QStringLiteral("—") : number(i.maxScore);
}

// The points of a stage over some indicators; entries missing count as the rule says.
double sum(const QList<Indicator> &indicators, const Values &v)
{
    double s = 0;
    for (const Indicator &i : indicators)
        s += indicatorrules::score(i, v.value(i.id));
    return s;
}

// A stage's 数值 and 得分 cells, blank when the organisation has entered nothing in it (the
// form is then filled in by hand). A 审核 missing beside a 自评 is marked, never a 0.
QStringList stageCells(const Indicator &i, const Values &v, const Values *self = nullptr)
{
    if (!v.any())
        return {QString(), QString()};
    const std::optional<double> value = v.value(i.id);
    if (!value && self && self->value(i.id))
        return {QStringLiteral("未审核"), QStringLiteral("—")};
    return {AssessScoreFormReport::valueCell(i, value), AssessScoreFormReport::pointsCell(i, value)};
}
QString stageSum(double points, const Values &v)
{
    return v.any() ? AssessFormData::twoDecimals(points) : QString();
}

// The codes of the indicators among `indicators` with a 自评 and no 审核.
QStringList unreviewed(const QList<Indicator> &indicators, const Values &self, const Values &review)
{
    QStringList out;
    for (const Indicator &i : indicators)
        if (self.value(i.id) && !review.value(i.id))
            out << i.code;
    return out;
}

Block scoreTable(const Scheme &scheme, const Values &self, const Values &review)
{
    Block table;
    table.kind = Block::Kind::Table;
    // Widths in millimetres of the landscape page: "作风纪律建设", "加分 3.5分/次" on one
    // line each; 数值 and 得分 of each stage side by side.
    table.columns = {
        {QStringLiteral("编号"), 9, true},       {QStringLiteral("一级指标"), 22, true},
        {QStringLiteral("考核指标"), 34, false}, {QStringLiteral("评分标准"), 106, false},
        {QStringLiteral("评分方式"), 23, true},  {QStringLiteral("分值"), 10, true},
        {QStringLiteral("自评\n数值"), 12, true}, {QStringLiteral("自评\n得分"), 13, true},
        {QStringLiteral("审核\n数值"), 13, true}, {QStringLiteral("审核\n得分"), 13, true},
        {QStringLiteral("说明"), 18, false}};
    for (const QString &area : scheme.areas()) {
        QList<Indicator> inArea;
        for (const Indicator &i : scheme.indicators)
            if (i.area == area)
                inArea << i;
        double areaMax = 0;
        for (const Indicator &i : std::as_const(inArea)) {
            areaMax += i.maxScore;
            // The area written once, on its first row, as a merged cell would read.
            table.rows.append(QStringList{i.code, i.id == inArea.first().id ? area : QString(), i.name,
                                          i.standard, ruleCell(i), maxCell(i)}
                              + stageCells(i, self) + stageCells(i, review, &self)
                              + QStringList{review.byIndicator.value(i.id).note});
        }
        table.rows.append({QString(), QString(), QStringLiteral("小计"), QString(), QString(),
                           number(areaMax), QString(), stageSum(sum(inArea, self), self), QString(),
                           stageSum(sum(inArea, review), review), QString()});
    }
    // The totals of a draft say so where they stand (the 说明 column has the room).
    const QString draft = review.any() && !unreviewed(scheme.indicators, self, review).isEmpty()
                              ? QStringLiteral("草稿")
                              : QString();
    const double maxTotal = scheme.maxTotal();
    const double selfTotal = sum(scheme.indicators, self),
                 reviewTotal = sum(scheme.indicators, review);
    const auto onHundred = [&](double points) {
        return maxTotal > 0 ? points / maxTotal * 100.0 : 0.0;
    };
    const QString scoreOnHundred = QStringLiteral("日常考核得分（百分制）");
    if (std::abs(maxTotal - 100) < 1e-9) {
        table.rows.append({QString(), QStringLiteral("合计"), QString(), scoreOnHundred, QString(),
                           number(maxTotal), QString(), stageSum(selfTotal, self), QString(),
                           stageSum(reviewTotal, review), draft});
    } else {
        table.rows.append({QString(), QStringLiteral("合计"), QString(), QString(), QString(),
                           number(maxTotal), QString(), stageSum(selfTotal, self), QString(),
                           stageSum(reviewTotal, review), draft});
        table.rows.append(
            {QString(), QStringLiteral("折合百分制"), QString(),
             scoreOnHundred + QStringLiteral(" = 合计 ÷ %1 × 100").arg(number(maxTotal)), QString(),
             QStringLiteral("100"), QString(), stageSum(onHundred(selfTotal), self), QString(),
             stageSum(onHundred(reviewTotal), review), draft});
    }
    return table;
}

// "一票否决：…" naming the indicators that veto, or empty.
QString vetoLine(const Scheme &scheme, const Values &review, const QString &grade)
{
    QStringList what;
    for (const Indicator &i : scheme.indicators) {
        const std::optional<double> v = review.value(i.id);
        if (indicatorrules::vetoes(i, v))
            what << QStringLiteral("“%1”（%2，%3次）").arg(i.name, i.code, number(*v));
    }
    if (what.isEmpty())
        return {};
    return QStringLiteral(
               "一票否决：经审核，本党组织存在%1情形，实行一票否决，年度考核等次确定为“%2”。")
        .arg(what.join(QStringLiteral("、")), grade);
}

Report form(Database &db, const Assessment &as, const Scheme &scheme, const AssessedOrg &org,
            const Values &self, const Values &review)
{
    Report r;
    r.title = QStringLiteral("%1年度机关党支部党建工作量化考核评分表").arg(as.year);
    r.subtitle = QStringLiteral("党组织名称：%1　　　组织编码：%2").arg(org.name, org.code);
    r.headerLine = db.officeName() + QStringLiteral("　%1年度党建工作量化考核").arg(as.year);
    r.landscape = true;
    r.marginMm = 12;
    // A draft says so above the table, naming what waits for its review (on the line of the
    // year: a branch's form stays on one landscape page).
    const QStringList waiting = unreviewed(scheme.indicators, self, review);
    const QString draft = !waiting.isEmpty() && review.any()
                              ? QStringLiteral("　　草稿：%1项自评尚未审核（%2），审核得分不是最终结果。")
                                    .arg(waiting.size())
                                    .arg(waiting.join(QStringLiteral("、")))
                              : QString();
    r.blocks.append(Block::paragraph(
        QStringLiteral("考核年度：%1年度　　考核方案：%2　　满分：%3分　　支部书记：%4")
            .arg(as.year)
            .arg(AssessFormData::schemeTitle(scheme), number(scheme.maxTotal()),
                 AssessFormData::secretaryAtYearEnd(db, org, as.year)) +
        draft));
    r.blocks.append(scoreTable(scheme, self, review));
    const QStringList grades = as.grading.grades();
    const QString veto = vetoLine(scheme, review, grades.isEmpty() ? QString() : grades.last());
    if (!veto.isEmpty())
        r.blocks.append(Block::paragraph(veto));
    r.blocks.append(
        Block::paragraph(QStringLiteral("注：以审核数值按评分方式计分；未填报的扣分项按满分计、"
                                        "其余按0分计；“未审核”为已自评、尚待审核的指标。")));
    // One line for both, so that a branch's form stays on one landscape page.
    r.blocks.append(Block::signatureLine({QStringLiteral("支部书记"), QStringLiteral("审核人")}));
    return r;
}
} // namespace

QString AssessScoreFormReport::valueCell(const Indicator &i, std::optional<double> value)
{
    if (!value)
        return {};
    switch (i.rule) {
    case ScoreRule::Deduct:
    case ScoreRule::Add:
    case ScoreRule::Veto:
        return QStringLiteral("%1次").arg(number(*value));
    case ScoreRule::Met:
        return *value >= 0.5 ? QStringLiteral("达标") : QStringLiteral("未达标");
    default:
        return number(*value);
    }
}

QString AssessScoreFormReport::pointsCell(const Indicator &i, std::optional<double> value)
{
    if (i.rule == ScoreRule::Veto)
        return indicatorrules::vetoes(i, value) ? QStringLiteral("否决") : QStringLiteral("—");
    return AssessFormData::points(indicatorrules::score(i, value));
}

QList<Report> AssessScoreFormReport::build(Database &db, int year, const QString &orgId)
{
    const Assessment as = AssessFormData::assessment(db, year);
    QList<AssessedOrg> orgs = AssessmentRepository(db).orgs(as.id); // the order of the entry grids
    if (!orgId.isEmpty()) {
        QList<AssessedOrg> one;
        for (const AssessedOrg &o : std::as_const(orgs))
            if (o.orgId == orgId)
                one << o;
        if (one.isEmpty()) {
            const Organization o = OrganizationRepository(db).get(orgId); // NotFound when unknown
            throw Error(
                Error::Kind::NotFound,
                Tr::tr(
                    "%1 (%2) is not assessed in %3, so it has no score form. Add it to the year's "
                    "assessment first.")
                    .arg(o.name, o.code)
                    .arg(year));
        }
        orgs = one;
    }
    if (orgs.isEmpty())
        throw Error(
            Error::Kind::NotFound,
            Tr::tr(
                "The assessment of %1 has no organisations to assess, so there is no score form.")
                .arg(year));
    const Scheme scheme = SchemeRepository(db).get(as.schemeId);
    // Every entry of the year in one query, split by organisation and stage.
    QHash<QString, Values> self, review;
    for (const ScoreEntry &e :
         ScoreRepository(db).entries(as.id, orgs.size() == 1 ? orgs.first().orgId : QString()))
        (e.stage == ScoreStage::Self ? self : review)[e.orgId].byIndicator.insert(e.indicatorId, e);
    QList<Report> out;
    for (const AssessedOrg &o : std::as_const(orgs))
        out << form(db, as, scheme, o, self.value(o.orgId), review.value(o.orgId));
    return out;
}

} // namespace dj::report
