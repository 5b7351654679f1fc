#include "AccessGuard.h"

#include "exchange/BusinessTables.h"
#include "storage/Database.h"

#include <sqlite3.h>

#include <QByteArray>

namespace dj {

namespace {

// The organisation a branch account works in. No statement is kept between calls: a
// connection with an unfinalised statement would not close (Qt closes with sqlite3_close).
struct Scope
{
    QByteArray root;
};

void destroyScope(void *p) { delete static_cast<Scope *>(p); }

void inScope(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *scope = static_cast<Scope *>(sqlite3_user_data(ctx));
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0); // the department's own rows
        return;
    }
    QByteArray org(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
    sqlite3_stmt *parentOf = nullptr;
    if (sqlite3_prepare_v2(sqlite3_context_db_handle(ctx), "SELECT parent_id FROM main.organization WHERE id = ?1", -1,
                           &parentOf, nullptr) != SQLITE_OK) {
        sqlite3_finalize(parentOf);
        sqlite3_result_error(ctx, "dj_in_scope: cannot read the organisation tree", -1);
        return;
    }
    // The tree is at most a few levels deep; the bound guards against a cycle in a damaged file.
    bool found = false;
    for (int depth = 0; depth < 64 && !org.isEmpty() && !found; ++depth) {
        if (org == scope->root) {
            found = true;
            break;
        }
        sqlite3_reset(parentOf);
        sqlite3_bind_text(parentOf, 1, org.constData(), int(org.size()), SQLITE_TRANSIENT);
        org.clear();
        if (sqlite3_step(parentOf) == SQLITE_ROW && sqlite3_column_type(parentOf, 0) != SQLITE_NULL)
            org = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(parentOf, 0)),
                             sqlite3_column_bytes(parentOf, 0));
    }
    sqlite3_finalize(parentOf);
    sqlite3_result_int(ctx, found ? 1 : 0);
}

QByteArray withRow(const char *expr, const char *row)
{
    return QByteArray(expr).replace("X.", QByteArray(row) + '.');
}

// The tables whose changes the guard watches. Accounts are not among them: AccountRepository
// lets only administrators change them, and everyone their own password.
QStringList guardedTables()
{
    QStringList t = businessTables();
    t << QStringLiteral("peer_office") << QStringLiteral("sync_conflict");
    return t;
}

// Inside its own subtree a branch still enters only its 自评: the 审核 values and the grade
// decided for a tie are the department's (Permission::ReviewAssessment), whatever writes them.
const char kBranchMayNotReview[] =
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_guard_review_insert BEFORE INSERT ON main.assess_score "
    "WHEN NEW.stage = 'review' BEGIN SELECT RAISE(ABORT, 'dj-denied:review:assess_score'); END;\n"
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_guard_review_update BEFORE UPDATE ON main.assess_score "
    "WHEN OLD.stage = 'review' OR NEW.stage = 'review' BEGIN SELECT RAISE(ABORT, 'dj-denied:review:assess_score'); END;\n"
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_guard_review_delete BEFORE DELETE ON main.assess_score "
    "WHEN OLD.stage = 'review' BEGIN SELECT RAISE(ABORT, 'dj-denied:review:assess_score'); END;\n"
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_guard_grade_insert BEFORE INSERT ON main.assess_org "
    "WHEN NEW.grade_choice <> '' BEGIN SELECT RAISE(ABORT, 'dj-denied:review:assess_org'); END;\n"
    "CREATE TEMP TRIGGER IF NOT EXISTS dj_guard_grade_update BEFORE UPDATE ON main.assess_org "
    "WHEN NEW.grade_choice IS NOT OLD.grade_choice BEGIN SELECT RAISE(ABORT, 'dj-denied:review:assess_org'); END;\n";

} // namespace

const char *AccessGuard::scopeOf(const char *table)
{
    static const struct
    {
        const char *table;
        const char *org;
    } scoped[] = {
        {"person", "X.branch_id"},
        {"membership", "X.org_id"},
        {"post", "X.org_id"},
        {"duty_list", "X.org_id"},
        {"duty_item", "(SELECT l.org_id FROM main.duty_list l WHERE l.id = X.list_id)"},
        {"duty_record", "(SELECT l.org_id FROM main.duty_item i JOIN main.duty_list l ON l.id = i.list_id "
                        "WHERE i.id = X.item_id)"},
        {"attachment", "(CASE X.owner_table WHEN 'duty_record' THEN (SELECT l.org_id FROM main.duty_record r "
                       "JOIN main.duty_item i ON i.id = r.item_id JOIN main.duty_list l ON l.id = i.list_id "
                       "WHERE r.id = X.owner_id) END)"},
        {"assess_org", "X.org_id"},
        {"assess_score", "X.org_id"},
    };
    for (const auto &s : scoped)
        if (qstrcmp(s.table, table) == 0)
            return s.org;
    return "NULL";
}

void AccessGuard::install(Database &db)
{
    const UserSession &s = db.user();
    if (s.canWriteAll() || db.isReadOnly())
        return;
    sqlite3 *h = db.handle();
    if (s.role == Role::Branch) {
        auto *scope = new Scope;
        scope->root = s.scopeOrgId.toUtf8();
        sqlite3_create_function_v2(h, "dj_in_scope", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, scope, inScope, nullptr,
                                   nullptr, destroyScope);
    }
    QByteArray sql;
    for (const QString &table : guardedTables()) {
        const QByteArray t = table.toLatin1();
        const QByteArray why = s.role == Role::ReadOnly ? "readonly" : "scope";
        QByteArray whenInsert, whenUpdate, whenDelete; // empty: always refused
        if (s.role == Role::Branch) {
            const char *org = scopeOf(t.constData());
            whenInsert = "WHEN NOT dj_in_scope(" + withRow(org, "NEW") + ")";
            // sql-identifiers-only: fixed expressions from scopeOf()
            whenUpdate = "WHEN NOT (dj_in_scope(" + withRow(org, "OLD") + ") AND dj_in_scope(" + withRow(org, "NEW") + "))";
            whenDelete = "WHEN NOT dj_in_scope(" + withRow(org, "OLD") + ")";
            if (table == QLatin1String("organization")) {
                // A new organisation goes under one in scope; the top of the subtree itself may
                // be edited but not moved.
                whenInsert = "WHEN NOT dj_in_scope(NEW.parent_id)";
                whenUpdate = "WHEN NOT (dj_in_scope(OLD.id) AND (NEW.parent_id IS OLD.parent_id OR "
                             "dj_in_scope(NEW.parent_id)))";
                whenDelete = "WHEN NOT dj_in_scope(OLD.id)";
            }
        }
        const std::pair<const char *, const QByteArray &> ops[] = {
            {"INSERT", whenInsert}, {"UPDATE", whenUpdate}, {"DELETE", whenDelete}};
        for (const auto &[op, when] : ops)
            // sql-identifiers-only: a table name from businessTables() and the fixed WHEN above
            sql += "CREATE TEMP TRIGGER IF NOT EXISTS dj_guard_" + t + "_" + QByteArray(op).toLower() + " BEFORE " + op + " ON main." + t + " " + when + " BEGIN SELECT RAISE(ABORT, 'dj-denied:" + why + ":" + t + "'); END;\n";
    }
    if (s.role == Role::Branch)
        sql += kBranchMayNotReview;
    db.execScript(sql);
}

} // namespace dj
