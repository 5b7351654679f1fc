#include "ExchangeTableNames.h"

#include <QHash>

QString ExchangeTableNames::table(const QString &name)
{
    // One entry per table of dj::businessTables(); the Chinese the officers use is in the
    // translator comments.
    static const QHash<QString, QString> labels = {
        //: 组织
        {QStringLiteral("organization"), tr("Organisation")},
        //: 党员
        {QStringLiteral("person"), tr("Member")},
        //: 组织关系
        {QStringLiteral("membership"), tr("Membership")},
        //: 职务
        {QStringLiteral("post"), tr("Post")},
        //: 清单模板
        {QStringLiteral("duty_template"), tr("List template")},
        //: 模板条目
        {QStringLiteral("duty_template_item"), tr("Template item")},
        //: 责任清单
        {QStringLiteral("duty_list"), tr("Responsibility list")},
        //: 清单条目
        {QStringLiteral("duty_item"), tr("List item")},
        //: 履责纪实
        {QStringLiteral("duty_record"), tr("Record of work done")},
        //: 佐证材料
        {QStringLiteral("attachment"), tr("Evidence")},
        //: 考核方案
        {QStringLiteral("assess_scheme"), tr("Assessment scheme")},
        //: 考核指标
        {QStringLiteral("assess_indicator"), tr("Indicator")},
        //: 年度考核
        {QStringLiteral("assessment"), tr("Yearly assessment")},
        //: 参评组织
        {QStringLiteral("assess_org"), tr("Assessed organisation")},
        //: 日常考核得分
        {QStringLiteral("assess_score"), tr("Daily assessment score")},
        //: 党组评价
        {QStringLiteral("assess_pg_mark"), tr("Party group evaluation")},
        //: 述职评议票
        {QStringLiteral("assess_ballot_mark"), tr("Report ballot")},
        //: 结对
        {QStringLiteral("assess_pair"), tr("Pairing")},
        //: 封存记录
        {QStringLiteral("assess_seal_event"), tr("Seal record")},
        //: 满意度测评
        {QStringLiteral("sat_survey"), tr("Satisfaction survey")},
        //: 测评项目
        {QStringLiteral("sat_item"), tr("Survey item")},
        //: 测评票
        {QStringLiteral("sat_ballot"), tr("Survey ballot")},
        //: 测评统计
        {QStringLiteral("sat_tally"), tr("Survey tally")},
    };
    return labels.value(name, name);
}

QString ExchangeTableNames::category(dj::ImportCounts::Category c)
{
    switch (c) {
    case dj::ImportCounts::New:
        //: 新增
        return tr("New");
    case dj::ImportCounts::Updated:
        //: 更新
        return tr("Updated");
    case dj::ImportCounts::Unchanged:
        //: 未变
        return tr("Unchanged");
    case dj::ImportCounts::Older:
        //: 较旧(忽略)
        return tr("Older (ignored)");
    case dj::ImportCounts::Deleted:
        //: 删除
        return tr("Deleted");
    case dj::ImportCounts::Conflict:
        //: 冲突
        return tr("Conflicts");
    case dj::ImportCounts::CategoryCount:
        break;
    }
    return {};
}

QString ExchangeTableNames::column(const QString &name)
{
    // The columns people meet most in conflicts; the rest keep their database name.
    static const QHash<QString, QString> labels = {
        {QStringLiteral("id"), tr("Row id")},
        {QStringLiteral("owner_office"), tr("Owning office")},
        {QStringLiteral("version"), tr("Version")},
        {QStringLiteral("updated_at"), tr("Changed at")},
        {QStringLiteral("deleted"), tr("Deleted")},
        {QStringLiteral("parent_id"), tr("Parent organisation")},
        {QStringLiteral("org_type"), tr("Organisation type")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("short_name"), tr("Short name")},
        {QStringLiteral("code"), tr("Code")},
        {QStringLiteral("unit_kind"), tr("Kind of unit")},
        {QStringLiteral("established_on"), tr("Established on")},
        {QStringLiteral("term_start"), tr("Term began")},
        {QStringLiteral("term_years"), tr("Term (years)")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("dissolved_on"), tr("Dissolved on")},
        {QStringLiteral("contact_person_id"), tr("Contact person")},
        {QStringLiteral("sort_order"), tr("Order")},
        {QStringLiteral("gender"), tr("Gender")},
        {QStringLiteral("ethnicity"), tr("Ethnicity")},
        {QStringLiteral("birth_date"), tr("Date of birth")},
        {QStringLiteral("id_number"), tr("ID number")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("education"), tr("Education")},
        {QStringLiteral("work_unit"), tr("Work unit")},
        {QStringLiteral("department"), tr("Department")},
        {QStringLiteral("position"), tr("Position")},
        {QStringLiteral("standing"), tr("Full or probationary")},
        {QStringLiteral("joined_on"), tr("Joined the Party on")},
        {QStringLiteral("full_member_on"), tr("Full member since")},
        {QStringLiteral("branch_id"), tr("Branch")},
        {QStringLiteral("cadre"), tr("Party-affairs cadre")},
        {QStringLiteral("note"), tr("Note")},
        {QStringLiteral("person_id"), tr("Person")},
        {QStringLiteral("org_id"), tr("Organisation")},
        {QStringLiteral("from_date"), tr("From")},
        {QStringLiteral("to_date"), tr("To")},
        {QStringLiteral("reason"), tr("Reason")},
        {QStringLiteral("post_type"), tr("Post")},
        {QStringLiteral("year"), tr("Year")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("content"), tr("Content")},
        {QStringLiteral("text"), tr("Text")},
        {QStringLiteral("deadline"), tr("Deadline")},
        {QStringLiteral("score"), tr("Score")},
        {QStringLiteral("value"), tr("Value")},
        {QStringLiteral("evidence"), tr("Evidence")},
    };
    return labels.value(name, name);
}
