#include "ReportBallotReport.h"

#include "AssessFormData.h"
#include "ReportData.h"
#include "assess/IndicatorRules.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dj::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::report::ReportBallotReport)
};

const QString kBox = QStringLiteral("□");
} // namespace

Report ReportBallotReport::build(Database &db, int year)
{
    const Assessment as = AssessFormData::assessment(db, year);
    const QList<AssessedOrg> orgs = AssessmentRepository(db).orgs(as.id); // the order of the entry grids
    if (orgs.isEmpty())
        throw Error(Error::Kind::NotFound, Tr::tr("The assessment of %1 has no organisations to "
                                                  "assess, so there is no ballot to print.")
                                               .arg(year));
    const QStringList &words = vocab::ballotWords(); // the columns, in the order of the points
    QStringList points;
    for (int i = 0; i < words.size() && i < as.ballotPoints.size(); ++i)
        points << QStringLiteral("“%1”%2分")
                      .arg(words.at(i), indicatorrules::number(as.ballotPoints.at(i)));

    Report r;
    r.title = QStringLiteral("%1年度党支部书记抓基层党建工作述职评议票").arg(year);
    r.subtitle = AssessFormData::committeeName(db);
    r.headerLine = db.officeName() + QStringLiteral("　%1年度党建工作量化考核").arg(year);
    r.blocks.append(
        Block::paragraph(QStringLiteral("评议人类别：%1党组成员　　%1机关党委委员　　%1党员代表"
                                        "　　　　　　票号：____________")
                             .arg(kBox)));
    r.blocks.append(Block::paragraph(
        QStringLiteral("填票说明：\n1. 请在评议人类别中选择一项划“√”。\n2. "
                       "对每个党组织，在“%1”栏中选择一项划“√”，"
                       "或在“分数”栏填写0至100的分数，二者只填其一；评议等次折算为%2。\n3. "
                       "一个党组织划“√”多于一项"
                       "或既划“√”又填分数的，该党组织的评议无效；不划不填的视为弃权。\n4. "
                       "本票不记名，请勿在票面"
                       "书写其他内容，填毕交监票人。")
            .arg(words.join(QStringLiteral("”“")), points.join(QStringLiteral("、")))));
    Block table;
    table.kind = Block::Kind::Table;
    table.columns = {{QStringLiteral("序号"), 0.6, true},
                     {QStringLiteral("党组织名称"), 3.3, false},
                     {QStringLiteral("党支部书记"), 1.4, true}};
    for (const QString &w : words)
        table.columns << Column{w, 0.75, true};
    table.columns << Column{QStringLiteral("分数"), 1.2, true};
    for (const AssessedOrg &o : orgs) {
        QStringList row{QString::number(table.rows.size() + 1), o.name,
                        AssessFormData::secretaryAtYearEnd(db, o, year)};
        for (int i = 0; i < words.size(); ++i)
            row << kBox;
        row << QStringLiteral("\n"); // two lines high: room to write a score by hand
        table.rows.append(row);
    }
    r.blocks.append(table);
    r.blocks.append(Block::paragraph(QStringLiteral("评议时间：") + chineseDate(QDate())));
    return r;
}

} // namespace dj::report
