#include "PayloadFields.h"

#include "BusinessTables.h"
#include "PayloadSchema.h"
#include "SqlStmt.h"
#include "TableLabels.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "evidence/EvidenceName.h"
#include "storage/RowIds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringDecoder>
#include <cmath>
#include <sqlite3.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PayloadFields)
};

using K = PayloadFields::Kind;
using R = PayloadFields::Rule;
namespace L = limits;

constexpr double IntMax = 2147483647.0; // sort orders and other plain counters

R text(const char *c, int max, bool many = false) { return R{c, K::Text, 0, double(max), many, false}; }
R ref(const char *c, bool nullable = false) { return R{c, K::Ref, 0, 0, false, nullable}; }
R date(const char *c, bool nullable = false) { return R{c, K::Date, 0, 0, false, nullable}; }
R whole(const char *c, double min, double max, bool nullable = false) { return R{c, K::Whole, min, max, false, nullable}; }
R real(const char *c, double min, double max) { return R{c, K::Real, min, max, false, false}; }
R flag(const char *c) { return R{c, K::Flag}; }

// The columns every business table has.
QList<R> common(std::initializer_list<R> own)
{
    QList<R> out{R{"id", K::RowId}, R{"owner_office", K::Office}, R{"version", K::Version}, R{"updated_at", K::Stamp},
                 flag("deleted")};
    out.append(QList<R>(own));
    return out;
}

// Codes the program itself writes (types, subjects, frequencies …): their CHECKs name the
// values; this only bounds their length and characters.
constexpr int WordMax = 40;
// A duty item's "subject/code" of the item it carries out.
constexpr int CarriesOutMax = WordMax + 1 + L::CodeMax;
// A survey's options, '|'-separated, and a ballot's answers, one index per item.
constexpr int OptionsTextMax = L::SurveyOptionsMax * (L::SurveyOptionMax + 1);
constexpr int AnswersTextMax = L::SurveyItemsMax * 4;
// A MIME type ("application/vnd.openxmlformats-officedocument.wordprocessingml.document").
constexpr int MimeMax = 127;

const QHash<QString, QList<R>> &allRules()
{
    static const QHash<QString, QList<R>> rules = {
        {QStringLiteral("organization"),
         common({ref("parent_id", true), text("org_type", WordMax), text("name", L::OrgNameMax),
                 text("short_name", L::ShortNameMax), text("code", L::CodeMax), text("unit_kind", WordMax),
                 date("established_on", true), date("term_start", true), whole("term_years", 0, L::TermYearsMax),
                 text("status", WordMax), date("dissolved_on", true), ref("contact_person_id", true),
                 whole("sort_order", -IntMax, IntMax)})},
        {QStringLiteral("person"),
         common({text("name", L::PersonNameMax), text("gender", WordMax), text("ethnicity", L::EthnicityMax),
                 date("birth_date", true), text("id_number", L::IdNumberMax), text("phone", L::PhoneMax),
                 text("education", L::EducationMax), text("work_unit", L::OrgNameMax),
                 text("department", L::PersonDepartmentMax), text("position", L::PositionMax),
                 text("standing", WordMax), date("joined_on", true), date("full_member_on", true),
                 ref("branch_id", true), text("cadre", WordMax), text("note", L::NoteMax, true)})},
        {QStringLiteral("membership"),
         common({ref("person_id"), ref("org_id"), date("from_date"), date("to_date", true),
                 text("reason", L::ReasonMax, true)})},
        {QStringLiteral("post"),
         common({ref("person_id"), ref("org_id"), text("post_type", WordMax), date("from_date"), date("to_date", true)})},
        {QStringLiteral("duty_template"),
         common({text("subject", WordMax), whole("year", L::YearMin, L::YearMax), text("name", L::TitleMax)})},
        {QStringLiteral("duty_template_item"),
         common({ref("template_id"), text("code", L::CodeMax), whole("sort_order", -IntMax, IntMax),
                 text("category", L::CategoryMax), text("title", L::TitleMax), text("content", L::ContentMax, true),
                 text("frequency", WordMax), R{"deadline", K::MonthDay}, whole("expected", 1, L::ExpectedMax),
                 text("evidence", L::EvidenceMax, true), text("carries_out", CarriesOutMax)})},
        {QStringLiteral("duty_list"),
         common({whole("year", L::YearMin, L::YearMax), text("subject", WordMax), ref("template_id", true),
                 ref("org_id"), ref("person_id", true), text("title", L::TitleMax)})},
        {QStringLiteral("duty_item"),
         common({ref("list_id"), ref("template_item_id", true), text("code", L::CodeMax),
                 whole("sort_order", -IntMax, IntMax), text("category", L::CategoryMax), text("title", L::TitleMax),
                 text("content", L::ContentMax, true), text("frequency", WordMax), R{"deadline", K::MonthDay},
                 whole("expected", 1, L::ExpectedMax), text("evidence", L::EvidenceMax, true),
                 ref("carries_out_id", true), date("retired_on", true)})},
        {QStringLiteral("duty_record"),
         common({ref("item_id"), date("done_on"), text("text", L::RecordTextMax, true),
                 text("recorded_by", L::PersonNameMax)})},
        // name, size, sha256 and the bytes: AttachmentRows checks them as a file.
        {QStringLiteral("attachment"),
         common({R{"owner_table", K::TableName}, ref("owner_id"), text("name", 1000), text("mime", MimeMax),
                 whole("size", 0, 1e12), text("sha256", 64), R{"data", K::Bytes}})},
        {QStringLiteral("assess_scheme"),
         common({text("name", L::TitleMax), whole("revision", 1, IntMax), whole("year_from", 0, L::YearMax),
                 whole("year_to", 0, L::YearMax), text("note", L::NoteMax, true)})},
        {QStringLiteral("assess_indicator"),
         common({ref("scheme_id"), text("area", L::CategoryMax), text("code", L::CodeMax),
                 whole("sort_order", -IntMax, IntMax), text("name", L::TitleMax), real("max_score", 0, L::ScoreMax),
                 text("rule", WordMax), real("points", 0, L::ScoreMax), real("target", 0, L::TargetMax),
                 text("standard", L::ContentMax, true), text("evidence", L::EvidenceMax, true)})},
        {QStringLiteral("assessment"),
         common({whole("year", L::YearMin, L::YearMax), ref("scheme_id"), text("name", L::TitleMax),
                 real("w_daily", 0, L::ScoreMax), real("w_party_group", 0, L::ScoreMax), real("w_report", 0, L::ScoreMax),
                 text("grade_scale", WordMax), text("grade_method", WordMax), text("grade_limits", L::GradeLimitsTextMax),
                 text("ballot_points", L::GradeLimitsTextMax), whole("trim_from", 3, L::TrimFromMax), flag("sealed")})},
        {QStringLiteral("assess_org"), common({ref("assessment_id"), ref("org_id"), text("grade_choice", WordMax)})},
        {QStringLiteral("assess_score"),
         common({ref("assessment_id"), ref("org_id"), ref("indicator_id"), text("stage", WordMax),
                 real("value", 0, L::TargetMax), text("note", L::NoteMax, true), text("entered_by", L::PersonNameMax)})},
        {QStringLiteral("assess_pg_mark"),
         common({ref("assessment_id"), ref("org_id"), text("evaluator", L::PersonNameMax), real("score", 0, L::ScoreMax),
                 text("entered_by", L::PersonNameMax)})},
        {QStringLiteral("assess_ballot_mark"),
         common({ref("assessment_id"), text("ballot_no", L::BallotNoMax), whole("entry", 1, 2),
                 text("rater_kind", L::RaterKindMax), ref("org_id"), real("score", 0, L::ScoreMax),
                 text("word", L::NumberTextMax), text("entered_by", L::PersonNameMax)})},
        {QStringLiteral("assess_pair"), common({ref("assessment_id"), ref("strong_org_id"), ref("weak_org_id")})},
        {QStringLiteral("assess_seal_event"),
         common({ref("assessment_id"), text("action", WordMax), text("reason", L::ReasonMax, true),
                 text("by_whom", L::PersonNameMax), R{"at", K::Stamp}})},
        {QStringLiteral("sat_survey"),
         common({whole("year", L::YearMin, L::YearMax), text("title", L::TitleMax), text("options", OptionsTextMax),
                 whole("satisfied", 1, L::SurveyOptionsMax)})},
        {QStringLiteral("sat_item"),
         common({ref("survey_id"), whole("sort_order", -IntMax, IntMax), text("text", L::TitleMax)})},
        {QStringLiteral("sat_ballot"),
         common({ref("survey_id"), text("ballot_no", L::BallotNoMax), text("kind", WordMax), flag("valid"),
                 text("answers", AnswersTextMax)})},
        // Earlier versions of the rows: they decide what descends from what.
        {QStringLiteral("row_history"),
         {R{"row_id", K::RowId}, R{"version", K::Version}, R{"updated_at", K::Stamp}}},
        {QStringLiteral("sat_tally"),
         common({ref("survey_id"), text("kind", WordMax), ref("item_id", true),
                 whole("option_index", -1, L::SurveyOptionsMax - 1), whole("count", 0, L::TallyMax)})},
    };
    return rules;
}

QString typeName(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return Tr::tr("a whole number");
    case SQLITE_FLOAT:
        return Tr::tr("a fractional number");
    case SQLITE_TEXT:
        return Tr::tr("text");
    case SQLITE_BLOB:
        return Tr::tr("binary data");
    default:
        return Tr::tr("nothing (NULL)");
    }
}

QString number(double v) { return QString::number(v, 'g', 15); }

// The value as text for a message: short, with invisible characters shown as code points.
QString shown(sqlite3_value *v)
{
    const int bytes = sqlite3_value_bytes(v);
    const char *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return EvidenceName::visible(QString::fromUtf8(p, qMin(bytes, 400)));
}

// Decodes strict UTF-8: invalid bytes are a problem, not a replacement character.
bool decode(sqlite3_value *v, QString &out)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const char *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    out = utf8.decode(QByteArrayView(p, sqlite3_value_bytes(v)));
    return !utf8.hasError();
}

struct Checker
{
    QDateTime latest = Clock::now().toUTC().addSecs(PayloadFields::StampSkewSecs);
    QStringList tables = PayloadSchema::tables(); // business tables and row_history
    QList<const QList<R> *> rules = [this] {
        QList<const QList<R> *> out;
        for (const QString &t : tables)
            out << &PayloadFields::rules(t);
        return out;
    }();

    // What is wrong with `v` under `rule`, or an empty string. The one check: the SQL pass
    // asks it whether a row is sound, and the message comes from it too.
    QString problem(const R &rule, sqlite3_value *v) const
    {
        const int type = sqlite3_value_type(v);
        if (type == SQLITE_NULL) {
            if (rule.nullable)
                return {};
            return Tr::tr("it is empty (NULL), which this field never is.");
        }
        const auto wrongType = [&](const QString &wanted) {
            return Tr::tr("it holds %1 where %2 belongs.").arg(typeName(type), wanted);
        };
        switch (rule.kind) {
        case K::RowId:
        case K::Ref:
        case K::Office: {
            if (type != SQLITE_TEXT)
                return wrongType(Tr::tr("a row id (UUID)"));
            QString s;
            if (sqlite3_value_bytes(v) != 36 || !decode(v, s) || !isRowId(s))
                return Tr::tr("\"%1\" is not a row id (UUID).").arg(shown(v));
            return {};
        }
        case K::Version:
        case K::Flag:
        case K::Whole: {
            const double min = rule.kind == K::Version ? 1 : rule.kind == K::Flag ? 0 : rule.min;
            const double max = rule.kind == K::Version ? double(PayloadFields::VersionMax) : rule.kind == K::Flag ? 1 : rule.max;
            if (type != SQLITE_INTEGER)
                return wrongType(Tr::tr("a whole number"));
            const qint64 n = sqlite3_value_int64(v);
            if (double(n) < min || double(n) > max)
                return Tr::tr("it must be from %1 to %2, not %3.").arg(number(min), number(max)).arg(n);
            return {};
        }
        case K::Real: {
            if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
                return wrongType(Tr::tr("a number"));
            return fieldcheck::rangeProblem(Tr::tr("The value"), sqlite3_value_double(v), rule.min, rule.max);
        }
        case K::Text: {
            if (type != SQLITE_TEXT)
                return wrongType(Tr::tr("text"));
            const int max = int(rule.max);
            const qint64 bytes = sqlite3_value_bytes(v);
            if (bytes > 3 * qint64(max)) // at least a third as many UTF-16 units as bytes
                return Tr::tr("it is %1 bytes long; at most %2 characters are allowed.").arg(bytes).arg(max);
            QString s;
            if (!decode(v, s))
                return Tr::tr("it is not valid UTF-8 text.");
            return fieldcheck::problem(Tr::tr("The text"), s, max,
                                       rule.manyLines ? fieldcheck::Lines::Many : fieldcheck::Lines::One);
        }
        case K::Date: {
            QString s;
            if (type != SQLITE_TEXT)
                return wrongType(Tr::tr("a date"));
            if (sqlite3_value_bytes(v) != 10 || !decode(v, s))
                return Tr::tr("\"%1\" is not a date (yyyy-mm-dd).").arg(shown(v));
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (!d.isValid() || d.toString(Qt::ISODate) != s)
                return Tr::tr("\"%1\" is not a date (yyyy-mm-dd).").arg(shown(v));
            return fieldcheck::dateProblem(Tr::tr("The date"), d);
        }
        case K::MonthDay: {
            QString s;
            if (type != SQLITE_TEXT)
                return wrongType(Tr::tr("a day of the year"));
            if (sqlite3_value_bytes(v) == 0)
                return {};
            const QDate d = sqlite3_value_bytes(v) == 5 && decode(v, s)
                                ? QDate::fromString(QStringLiteral("2000-") + s, Qt::ISODate)
                                : QDate();
            if (!d.isValid() || d.toString(QStringLiteral("MM-dd")) != s)
                return Tr::tr("\"%1\" is not a day of the year (mm-dd).").arg(shown(v));
            return {};
        }
        case K::Stamp: {
            QString s;
            if (type != SQLITE_TEXT)
                return wrongType(Tr::tr("a time"));
            const int bytes = sqlite3_value_bytes(v);
            if ((bytes != 24 && bytes != 20) || !decode(v, s) || !s.endsWith(QLatin1Char('Z')))
                return Tr::tr("\"%1\" is not a time as this program writes it (yyyy-mm-ddThh:mm:ss.zzzZ).").arg(shown(v));
            const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (!t.isValid() || t.date().year() < L::YearMin)
                return Tr::tr("\"%1\" is not a time as this program writes it (yyyy-mm-ddThh:mm:ss.zzzZ).").arg(shown(v));
            if (t > latest)
                return Tr::tr("the time %1 is in the future; check the clock of the office that sent it.").arg(s);
            return {};
        }
        case K::TableName: {
            QString s;
            if (type != SQLITE_TEXT || !decode(v, s) || !businessTables().contains(s))
                return Tr::tr("\"%1\" is not the name of a table.").arg(shown(v));
            return {};
        }
        case K::Bytes:
            if (type != SQLITE_BLOB)
                return wrongType(typeName(SQLITE_BLOB));
            return {};
        }
        return {};
    }
};

const R &ruleAt(sqlite3_context *ctx, sqlite3_value **argv)
{
    const auto *checker = static_cast<const Checker *>(sqlite3_user_data(ctx));
    return checker->rules.at(sqlite3_value_int(argv[0]))->at(sqlite3_value_int(argv[1]));
}

// dj_field_ok(table index, rule index, value): 1 when the value passes its rule.
void fieldOk(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *checker = static_cast<const Checker *>(sqlite3_user_data(ctx));
    sqlite3_result_int(ctx, checker->problem(ruleAt(ctx, argv), argv[2]).isEmpty() ? 1 : 0);
}

// dj_field_why(table index, rule index, value): the problem, or NULL.
void fieldWhy(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *checker = static_cast<const Checker *>(sqlite3_user_data(ctx));
    const QByteArray why = checker->problem(ruleAt(ctx, argv), argv[2]).toUtf8();
    if (why.isEmpty())
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, why.constData(), int(why.size()), SQLITE_TRANSIENT);
}

QString labelled(const QString &label, const QString &name)
{
    return label == name ? name : QStringLiteral("%1 (%2)").arg(label, name);
}

[[noreturn]] void refuse(const QString &table, const QString &row, const QString &column, const QString &why)
{
    throw Error(Error::Kind::Corrupt, Tr::tr("The package cannot be imported: table %1, row %2, field %3: %4")
                                          .arg(labelled(TableLabels::table(table), table), row,
                                               labelled(TableLabels::column(column), column), why));
}

} // namespace

const QList<PayloadFields::Rule> &PayloadFields::rules(const QString &table)
{
    static const QList<Rule> none;
    const auto it = allRules().find(table);
    return it == allRules().end() ? none : *it;
}

void PayloadFields::check(sqlite3 *payload)
{
    const Checker checker;
    const int flags = SQLITE_UTF8 | SQLITE_DIRECTONLY;
    sqlite3_create_function_v2(payload, "dj_field_ok", 3, flags, const_cast<Checker *>(&checker), fieldOk, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(payload, "dj_field_why", 3, flags, const_cast<Checker *>(&checker), fieldWhy, nullptr,
                               nullptr, nullptr);
    // The functions point at `checker`: gone with it, whatever happens.
    struct Unregister
    {
        sqlite3 *db;
        ~Unregister()
        {
            sqlite3_create_function_v2(db, "dj_field_ok", 3, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
            sqlite3_create_function_v2(db, "dj_field_why", 3, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
        }
    } unregister{payload};

    for (int ti = 0; ti < checker.tables.size(); ++ti) {
        const QString &table = checker.tables.at(ti);
        const QList<Rule> &list = rules(table);
        const auto call = [&](const char *fn, int ri) {
            return QByteArray(fn) + '(' + QByteArray::number(ti) + ", " + QByteArray::number(ri) + ", " +
                   quoteIdent(QString::fromLatin1(list.at(ri).column)) + ')';
        };
        // One pass finds a bad row; the problems of its fields are worked out for it alone.
        QByteArray sound, name = "NULL", why;
        for (int ri = 0; ri < list.size(); ++ri) {
            // sql-identifiers-only: column names of our own schema and rule numbers
            sound += (sound.isEmpty() ? "" : " AND ") + call("dj_field_ok", ri);
            why += ", " + call("dj_field_why", ri);
            const QByteArray c = list.at(ri).column;
            if (name == "NULL" && (c == "name" || c == "title" || c == "code"))
                name = "CASE WHEN " + call("dj_field_ok", ri) + " THEN " + quoteIdent(QString::fromLatin1(c)) + " END";
        }
        const QByteArray key = quoteIdent(QString::fromLatin1(list.first().column));
        // sql-identifiers-only: the table and column names of our own schema
        SqlStmt bad(payload, "SELECT substr(CAST(" + key + " AS TEXT), 1, 80), " + name + why + " FROM " +
                                 quoteIdent(table) + " WHERE NOT (" + sound + ") LIMIT 1");
        if (!bad.step())
            continue;
        const QString id = EvidenceName::visible(bad.text(0));
        const QString row = bad.isNull(1) ? id : QStringLiteral("%1 “%2”").arg(id, EvidenceName::visible(bad.text(1)));
        for (int ri = 0; ri < list.size(); ++ri)
            if (!bad.isNull(2 + ri))
                refuse(table, row, QString::fromLatin1(list.at(ri).column), bad.text(2 + ri));
    }
}

} // namespace dj
