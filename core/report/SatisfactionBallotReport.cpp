#include "SatisfactionBallotReport.h"

#include "AssessFormData.h"
#include "ReportData.h"
#include "assess/SatisfactionRepository.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dj::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::report::SatisfactionBallotReport)
};
} // namespace

Report SatisfactionBallotReport::build(Database &db, int year)
{
    const auto survey = SatisfactionRepository(db).forYear(year);
    if (!survey)
        throw Error(Error::Kind::NotFound, Tr::tr("There is no satisfaction survey for %1.").arg(year));
    const QString box = QStringLiteral("□");
    Report r;
    r.title = survey->title;
    r.subtitle = AssessFormData::committeeName(db);
    r.headerLine = db.officeName() + QStringLiteral("　%1年度满意度测评").arg(year);
    r.blocks.append(Block::paragraph(QStringLiteral("测评人类别：%1党支部　　%1党员　　　　　　　　票号：____________").arg(box)));
    r.blocks.append(Block::paragraph(
        QStringLiteral("填票说明：\n1. 请在测评人类别中选择一项划“√”。\n2. 对每个测评项目，在“%1”中选择一项划“√”；"
                       "一项划“√”多于一个的，该项无效。\n3. 本票不记名，填毕投入票箱。")
            .arg(survey->options.join(QStringLiteral("”“")))));
    Block table;
    table.kind = Block::Kind::Table;
    table.columns = {{QStringLiteral("序号"), 0.6, true}, {QStringLiteral("测评项目"), 5.0, false}};
    for (const QString &o : survey->options)
        table.columns << Column{o, 1.0, true};
    for (const SatisfactionSurvey::Item &item : survey->items) {
        QStringList row{QString::number(table.rows.size() + 1), item.text};
        for (int i = 0; i < survey->options.size(); ++i)
            row << box;
        table.rows.append(row);
    }
    r.blocks.append(table);
    r.blocks.append(Block::paragraph(QStringLiteral("意见和建议：\n\n\n\n")));
    r.blocks.append(Block::paragraph(QStringLiteral("测评时间：") + chineseDate(QDate())));
    return r;
}

} // namespace dj::report
