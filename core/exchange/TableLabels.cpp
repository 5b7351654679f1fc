#include "TableLabels.h"

#include "assess/AssessVocabulary.h"
#include "audit/AuditEvent.h"
#include "duty/DutyVocabulary.h"
#include "org/OrgVocabulary.h"
#include "org/PostVocabulary.h"

#include <QHash>

namespace dj {

QString TableLabels::table(const QString &name)
{
    // Translated when asked, not when the table is built: the language may be chosen later.
    // One entry per table of businessTables() and of the audit log's own tables; the Chinese
    // the officers use is in the translator comments.
    static const QHash<QString, const char *> labels = {
        //: 组织
        {QStringLiteral("organization"), QT_TR_NOOP("Organisation")},
        //: 党员
        {QStringLiteral("person"), QT_TR_NOOP("Member")},
        //: 组织关系
        {QStringLiteral("membership"), QT_TR_NOOP("Membership")},
        //: 职务
        {QStringLiteral("post"), QT_TR_NOOP("Post")},
        //: 清单模板
        {QStringLiteral("duty_template"), QT_TR_NOOP("List template")},
        //: 模板条目
        {QStringLiteral("duty_template_item"), QT_TR_NOOP("Template item")},
        //: 责任清单
        {QStringLiteral("duty_list"), QT_TR_NOOP("Responsibility list")},
        //: 清单条目
        {QStringLiteral("duty_item"), QT_TR_NOOP("List item")},
        //: 履责纪实
        {QStringLiteral("duty_record"), QT_TR_NOOP("Record of work done")},
        //: 佐证材料
        {QStringLiteral("attachment"), QT_TR_NOOP("Evidence")},
        //: 考核方案
        {QStringLiteral("assess_scheme"), QT_TR_NOOP("Assessment scheme")},
        //: 考核指标
        {QStringLiteral("assess_indicator"), QT_TR_NOOP("Indicator")},
        //: 年度考核
        {QStringLiteral("assessment"), QT_TR_NOOP("Yearly assessment")},
        //: 参评组织
        {QStringLiteral("assess_org"), QT_TR_NOOP("Assessed organisation")},
        //: 日常考核得分
        {QStringLiteral("assess_score"), QT_TR_NOOP("Daily assessment score")},
        //: 党组评价
        {QStringLiteral("assess_pg_mark"), QT_TR_NOOP("Party group evaluation")},
        //: 述职评议票
        {QStringLiteral("assess_ballot_mark"), QT_TR_NOOP("Report ballot")},
        //: 结对
        {QStringLiteral("assess_pair"), QT_TR_NOOP("Pairing")},
        //: 封存记录
        {QStringLiteral("assess_seal_event"), QT_TR_NOOP("Seal record")},
        //: 满意度测评
        {QStringLiteral("sat_survey"), QT_TR_NOOP("Satisfaction survey")},
        //: 测评项目
        {QStringLiteral("sat_item"), QT_TR_NOOP("Survey item")},
        //: 测评票
        {QStringLiteral("sat_ballot"), QT_TR_NOOP("Survey ballot")},
        //: 测评统计
        {QStringLiteral("sat_tally"), QT_TR_NOOP("Survey tally")},
        //: 账户
        {QStringLiteral("account"), QT_TR_NOOP("Account")},
        //: 可信单位
        {QStringLiteral("peer_office"), QT_TR_NOOP("Trusted office")},
        //: 交换冲突
        {QStringLiteral("sync_conflict"), QT_TR_NOOP("Exchange conflict")},
    };
    if (const char *label = labels.value(name))
        return tr(label);
    // An audit event's entry names the kind of event where a change names its table.
    return AuditEvent::label(name);
}

QString TableLabels::category(ImportCounts::Category c)
{
    switch (c) {
    case ImportCounts::New:
        //: 新增
        return tr("New");
    case ImportCounts::Updated:
        //: 更新
        return tr("Updated");
    case ImportCounts::Unchanged:
        //: 未变
        return tr("Unchanged");
    case ImportCounts::Older:
        //: 较旧(忽略)
        return tr("Older (ignored)");
    case ImportCounts::Deleted:
        //: 删除
        return tr("Deleted");
    case ImportCounts::Conflict:
        //: 冲突
        return tr("Conflicts");
    case ImportCounts::CategoryCount:
        break;
    }
    return {};
}

QString TableLabels::column(const QString &name)
{
    // Every column of the tables that travel (a test checks), as the conflicts dialog shows
    // them all.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("id"), QT_TR_NOOP("Row id")},
        {QStringLiteral("owner_office"), QT_TR_NOOP("Owning office")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Changed at")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent organisation")},
        {QStringLiteral("org_type"), QT_TR_NOOP("Organisation type")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("unit_kind"), QT_TR_NOOP("Kind of unit")},
        {QStringLiteral("established_on"), QT_TR_NOOP("Established on")},
        {QStringLiteral("term_start"), QT_TR_NOOP("Term began")},
        {QStringLiteral("term_years"), QT_TR_NOOP("Term (years)")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("dissolved_on"), QT_TR_NOOP("Dissolved on")},
        {QStringLiteral("contact_person_id"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("sort_order"), QT_TR_NOOP("Order")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("work_unit"), QT_TR_NOOP("Work unit")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("standing"), QT_TR_NOOP("Full or probationary")},
        {QStringLiteral("joined_on"), QT_TR_NOOP("Joined the Party on")},
        {QStringLiteral("full_member_on"), QT_TR_NOOP("Full member since")},
        {QStringLiteral("branch_id"), QT_TR_NOOP("Branch")},
        {QStringLiteral("cadre"), QT_TR_NOOP("Party-affairs cadre")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("org_id"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("from_date"), QT_TR_NOOP("From")},
        {QStringLiteral("to_date"), QT_TR_NOOP("To")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("post_type"), QT_TR_NOOP("Post")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("content"), QT_TR_NOOP("Content")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("evidence"), QT_TR_NOOP("Evidence")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("answers"), QT_TR_NOOP("Answers")},
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("assessment_id"), QT_TR_NOOP("Assessment")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("ballot_no"), QT_TR_NOOP("Ballot number")},
        {QStringLiteral("ballot_points"), QT_TR_NOOP("Points of the ballot words")},
        {QStringLiteral("by_whom"), QT_TR_NOOP("By")},
        {QStringLiteral("carries_out"), QT_TR_NOOP("Carries out")},
        {QStringLiteral("carries_out_id"), QT_TR_NOOP("Carries out")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("count"), QT_TR_NOOP("Count")},
        {QStringLiteral("data"), QT_TR_NOOP("File contents")},
        {QStringLiteral("done_on"), QT_TR_NOOP("Done on")},
        {QStringLiteral("entered_by"), QT_TR_NOOP("Entered by")},
        {QStringLiteral("entry"), QT_TR_NOOP("Entry")},
        {QStringLiteral("evaluator"), QT_TR_NOOP("Evaluator")},
        {QStringLiteral("expected"), QT_TR_NOOP("Expected result")},
        {QStringLiteral("frequency"), QT_TR_NOOP("Frequency")},
        {QStringLiteral("grade_choice"), QT_TR_NOOP("Grade chosen")},
        {QStringLiteral("grade_limits"), QT_TR_NOOP("Grade limits")},
        {QStringLiteral("grade_method"), QT_TR_NOOP("Grades by")},
        {QStringLiteral("grade_scale"), QT_TR_NOOP("Grade scale")},
        {QStringLiteral("indicator_id"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("item_id"), QT_TR_NOOP("Item")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("list_id"), QT_TR_NOOP("Responsibility list")},
        {QStringLiteral("max_score"), QT_TR_NOOP("Maximum score")},
        {QStringLiteral("mime"), QT_TR_NOOP("File type")},
        {QStringLiteral("option_index"), QT_TR_NOOP("Option")},
        {QStringLiteral("options"), QT_TR_NOOP("Options")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Belongs to")},
        {QStringLiteral("owner_table"), QT_TR_NOOP("Belongs to (kind)")},
        {QStringLiteral("points"), QT_TR_NOOP("Points")},
        {QStringLiteral("rater_kind"), QT_TR_NOOP("Rater kind")},
        {QStringLiteral("recorded_by"), QT_TR_NOOP("Recorded by")},
        {QStringLiteral("retired_on"), QT_TR_NOOP("Retired on")},
        {QStringLiteral("revision"), QT_TR_NOOP("Revision")},
        {QStringLiteral("rule"), QT_TR_NOOP("Rule")},
        {QStringLiteral("satisfied"), QT_TR_NOOP("Counts as satisfied")},
        {QStringLiteral("scheme_id"), QT_TR_NOOP("Assessment scheme")},
        {QStringLiteral("sealed"), QT_TR_NOOP("Sealed")},
        {QStringLiteral("sha256"), QT_TR_NOOP("Checksum")},
        {QStringLiteral("size"), QT_TR_NOOP("Size")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("standard"), QT_TR_NOOP("Standard")},
        {QStringLiteral("strong_org_id"), QT_TR_NOOP("Stronger organisation")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("survey_id"), QT_TR_NOOP("Survey")},
        {QStringLiteral("target"), QT_TR_NOOP("Target")},
        {QStringLiteral("template_id"), QT_TR_NOOP("List template")},
        {QStringLiteral("template_item_id"), QT_TR_NOOP("Template item")},
        {QStringLiteral("trim_from"), QT_TR_NOOP("Trimmed from")},
        {QStringLiteral("valid"), QT_TR_NOOP("Valid")},
        {QStringLiteral("w_daily"), QT_TR_NOOP("Weight of the daily score")},
        {QStringLiteral("w_party_group"), QT_TR_NOOP("Weight of the party group evaluation")},
        {QStringLiteral("w_report"), QT_TR_NOOP("Weight of the report ballot")},
        {QStringLiteral("weak_org_id"), QT_TR_NOOP("Weaker organisation")},
        {QStringLiteral("word"), QT_TR_NOOP("Ballot word")},
        {QStringLiteral("year_from"), QT_TR_NOOP("First year")},
        {QStringLiteral("year_to"), QT_TR_NOOP("Last year")},
    };
    const char *label = labels.value(name);
    return label ? tr(label) : name;
}

QString TableLabels::value(const QString &table, const QString &column, const QString &stored)
{
    bool ok = false;
    QString shown;
    if (column == QLatin1String("org_type"))
        shown = vocab::label(vocab::orgTypeFromCode(stored, &ok));
    else if (column == QLatin1String("unit_kind"))
        shown = vocab::label(vocab::unitKindFromCode(stored, &ok));
    else if (table == QLatin1String("organization") && column == QLatin1String("status")) {
        ok = stored == vocab::code(OrgStatus::Active) || stored == vocab::code(OrgStatus::Dissolved);
        shown = vocab::label(vocab::orgStatusFromCode(stored));
    } else if (column == QLatin1String("post_type"))
        shown = vocab::label(vocab::postTypeFromCode(stored, &ok));
    else if (column == QLatin1String("frequency"))
        shown = vocab::label(vocab::frequencyFromCode(stored, &ok));
    else if (column == QLatin1String("subject"))
        shown = vocab::label(vocab::dutySubjectFromCode(stored, &ok));
    else if (column == QLatin1String("rule")) {
        const auto rule = vocab::scoreRuleFromCode(stored);
        ok = rule.has_value();
        if (ok)
            shown = vocab::label(*rule);
    } else if ((column == QLatin1String("deleted") || column == QLatin1String("cadre") ||
                column == QLatin1String("sealed") || column == QLatin1String("valid")) &&
               (stored == QLatin1String("0") || stored == QLatin1String("1"))) {
        //: 是 / 否
        return stored == QLatin1String("1") ? tr("Yes") : tr("No");
    } else if (column == QLatin1String("gender") && (stored == QLatin1String("M") || stored == QLatin1String("F"))) {
        //: 男 / 女
        return stored == QLatin1String("M") ? tr("Male") : tr("Female");
    } else if (column == QLatin1String("standing") &&
               (stored == QLatin1String("full") || stored == QLatin1String("probationary"))) {
        //: 正式党员 / 预备党员
        return stored == QLatin1String("full") ? tr("Full member") : tr("Probationary member");
    }
    return ok ? shown : stored;
}

QString TableLabels::columns(const QStringList &names)
{
    QStringList shown;
    for (const QString &n : names)
        shown << column(n);
    //: the separator between column names in a list: 、
    return shown.join(tr(", "));
}

QString TableLabels::resolution(const QString &how)
{
    // ConflictRepository stores how a conflict was settled as mine, theirs or fields.
    if (how == QLatin1String("mine"))
        //: 保留本单位
        return tr("kept this office's version");
    if (how == QLatin1String("theirs"))
        //: 采用对方
        return tr("took the other office's version");
    if (how == QLatin1String("fields"))
        //: 按字段合并
        return tr("merged field by field");
    return how;
}

QString TableLabels::change(const QString &op)
{
    if (op == QLatin1String("insert"))
        //: 新增
        return tr("Added");
    if (op == QLatin1String("update"))
        //: 修改
        return tr("Changed");
    if (op == QLatin1String("delete"))
        //: 删除
        return tr("Deleted");
    if (op == QLatin1String("event"))
        //: 操作
        return tr("Event");
    if (op == QLatin1String("baseline"))
        //: 记录基线（记录开始时或升级后行的状态）
        return tr("Baseline");
    return op;
}

} // namespace dj
