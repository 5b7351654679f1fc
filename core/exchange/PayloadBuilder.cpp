#include "PayloadBuilder.h"

#include "BusinessTables.h"
#include "OffsetVfs.h"
#include "PayloadSchema.h"
#include "SqlStmt.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <sqlite3.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PayloadBuilder)
};

// Rows a scope names directly, as a condition on main.<table> m; other rows only come in as
// references. "sel(t)" is the selection of table t made before (tables go parents first).
QByteArray anchor(const ExchangeScope &s, const QString &table)
{
    const auto sel = [](const char *t) { return QByteArray("(SELECT id FROM temp.dj_sel_") + t + ")"; };
    const QByteArray orgs = "(SELECT id FROM temp.dj_scope_org)";
    const QByteArray t = table.toUtf8();
    if (s.kind == ExchangeScope::Kind::Schemes) {
        if (t == "assess_scheme" || t == "duty_template")
            return "1";
        if (t == "assess_indicator")
            return "m.scheme_id IN " + sel("assess_scheme");
        if (t == "duty_template_item")
            return "m.template_id IN " + sel("duty_template");
        return {};
    }
    if (s.kind == ExchangeScope::Kind::Year) {
        const QByteArray y = QByteArray::number(s.year);
        if (t == "duty_template" || t == "duty_list" || t == "assessment" || t == "sat_survey")
            return "m.year = " + y;
        if (t == "duty_template_item")
            return "m.template_id IN " + sel("duty_template");
        if (t == "duty_item")
            return "m.list_id IN " + sel("duty_list");
        if (t == "duty_record")
            return "m.item_id IN " + sel("duty_item");
        if (t.startsWith("assess_") && t != "assess_scheme" && t != "assess_indicator")
            return "m.assessment_id IN " + sel("assessment");
        if (t.startsWith("sat_") && t != "sat_survey")
            return "m.survey_id IN " + sel("sat_survey");
        return {};
    }
    // Org: the subtree, its people and what hangs on them.
    if (t == "organization")
        return "m.id IN " + orgs;
    if (t == "person")
        return "m.branch_id IN " + orgs;
    if (t == "membership" || t == "post" || t == "duty_list")
        return "m.org_id IN " + orgs + " OR m.person_id IN " + sel("person");
    if (t == "duty_item")
        return "m.list_id IN " + sel("duty_list");
    if (t == "duty_record")
        return "m.item_id IN " + sel("duty_item");
    if (t == "assess_org" || t == "assess_score" || t == "assess_pg_mark" || t == "assess_ballot_mark")
        return "m.org_id IN " + orgs;
    if (t == "assess_pair")
        return "m.strong_org_id IN " + orgs + " OR m.weak_org_id IN " + orgs;
    if (t == "assess_seal_event")
        return "m.assessment_id IN (SELECT assessment_id FROM temp.dj_sel_assess_org)";
    return {};
}

// Changed here (stamped now), or brought by an import since (stamped by the sender's clock).
QByteArray changedSince(const QString &table)
{
    return "(m.updated_at >= :since OR m.id IN (SELECT c.row_id FROM main.import_change c JOIN main.import_log l "
           "ON l.id = c.import_id WHERE l.imported_at >= :since AND l.undone_at IS NULL) OR EXISTS (SELECT 1 FROM "
           "main.import_range g JOIN main.import_log l ON l.id = g.import_id WHERE g.tbl = '" + table.toUtf8() +
           "' AND m.rowid BETWEEN g.first_rowid AND g.last_rowid AND l.imported_at >= :since AND l.undone_at IS NULL))";
}
} // namespace

QMap<QString, qint64> PayloadBuilder::build(const QString &path, const ExchangeScope &scope, const QString &since,
                                            const Progress &progress)
{
    QFile::remove(path);
    try {
        return fill(path, path, scope, since, progress);
    } catch (...) {
        QFile::remove(path);
        throw;
    }
}

QMap<QString, qint64> PayloadBuilder::buildInPlace(const QString &path, qint64 offset, const ExchangeScope &scope,
                                                   const QString &since, const Progress &progress)
{
    return fill(path, OffsetVfs::uri(path, offset), scope, since, progress);
}

QMap<QString, qint64> PayloadBuilder::fill(const QString &path, const QString &target, const ExchangeScope &scope,
                                           const QString &since, const Progress &progress)
{
    sqlite3 *h = m_db.handle();
    {
        sqlite3 *p = nullptr;
        const int rc = sqlite3_open_v2(target.toUtf8().constData(), &p,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
        try {
            if (rc != SQLITE_OK)
                throw Error(Error::Kind::Storage, Tr::tr("Cannot create %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(p))));
            PayloadSchema::create(p);
        } catch (...) {
            sqlite3_close_v2(p);
            throw;
        }
        sqlite3_close_v2(p);
    }
    QMap<QString, qint64> counts;
    bool attached = false;
    try {
        SqlStmt attach(h, "ATTACH DATABASE ?1 AS p");
        attach.bind(1, target).exec();
        attached = true;
        // A scratch file: no journal, no sync; a failed build is deleted whole. Every row's
        // parents are added below, so the payload holds together without checks row by row.
        SqlStmt::run(h, "PRAGMA foreign_keys = OFF; PRAGMA p.journal_mode = OFF; PRAGMA p.synchronous = OFF; BEGIN");
        const int steps = 5;
        const auto step = [&](int done) {
            if (progress && !progress(done, steps))
                throw Error(Error::Kind::Invalid, Tr::tr("The export was cancelled; nothing was written."));
        };
        select(scope);
        step(1);
        copyRows(scope, since);
        step(2);
        if (scope.kind != ExchangeScope::Kind::All || !since.isEmpty()) // everything holds together already
            closeReferences();
        if (scope.kind != ExchangeScope::Kind::All)
            addEvidence(since);
        step(3);
        addHistory(scope.kind == ExchangeScope::Kind::All && since.isEmpty());
        step(4);
        for (const QString &t : businessTables())
            counts.insert(t, SqlStmt::scalar(h, "SELECT count(*) FROM p." + quoteIdent(t)));
        SqlStmt::run(h, "COMMIT; PRAGMA foreign_keys = ON");
        SqlStmt::run(h, "DETACH DATABASE p");
        attached = false;
        dropSelection();
        step(5);
    } catch (...) {
        if (!sqlite3_get_autocommit(h))
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(h, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        if (attached)
            sqlite3_exec(h, "DETACH DATABASE p", nullptr, nullptr, nullptr);
        dropSelection();
        throw;
    }
    return counts;
}

void PayloadBuilder::dropSelection()
{
    QByteArray sql = "DROP TABLE IF EXISTS temp.dj_scope_org;";
    for (const QString &t : businessTables())
        sql += " DROP TABLE IF EXISTS temp.dj_sel_" + t.toUtf8() + ';';
    sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
}

void PayloadBuilder::select(const ExchangeScope &scope)
{
    sqlite3 *h = m_db.handle();
    if (scope.kind == ExchangeScope::Kind::All)
        return;
    if (scope.kind == ExchangeScope::Kind::Org) {
        SqlStmt::run(h, "DROP TABLE IF EXISTS temp.dj_scope_org; CREATE TEMP TABLE dj_scope_org (id TEXT PRIMARY KEY)");
        SqlStmt fill(h, "INSERT INTO temp.dj_scope_org WITH RECURSIVE sub(id) AS ("
                        "SELECT id FROM main.organization WHERE code = ?1 AND deleted = 0 "
                        "UNION SELECT o.id FROM main.organization o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub");
        if (fill.bind(1, scope.orgCode).exec() == 0)
            throw Error(Error::Kind::NotFound, Tr::tr("No organisation has the code %1.").arg(scope.orgCode));
    }
    for (const QString &t : businessTables()) {
        const QByteArray sel = "temp.dj_sel_" + t.toUtf8();
        SqlStmt::run(h, "DROP TABLE IF EXISTS " + sel + "; CREATE TEMP TABLE dj_sel_" + t.toUtf8() + " (id TEXT PRIMARY KEY)");
        const QByteArray where = anchor(scope, t);
        if (!where.isEmpty())
            SqlStmt::run(h, "INSERT INTO " + sel + " SELECT m.id FROM main." + quoteIdent(t) + " m WHERE " + where);
    }
}

void PayloadBuilder::copyRows(const ExchangeScope &scope, const QString &since)
{
    sqlite3 *h = m_db.handle();
    for (const QString &t : businessTables()) {
        QByteArray where = scope.kind == ExchangeScope::Kind::All ? QByteArray()
                                                                  : "m.id IN (SELECT id FROM temp.dj_sel_" + t.toUtf8() + ")";
        if (!since.isEmpty())
            where += (where.isEmpty() ? "" : " AND ") + changedSince(t);
        // Without WHERE (and with foreign keys off) SQLite copies whole b-trees: VACUUM's speed.
        SqlStmt copy(h, "INSERT INTO p." + quoteIdent(t) + " SELECT * FROM main." + quoteIdent(t) +
                            (where.isEmpty() ? QByteArray() : " m WHERE " + where));
        if (!since.isEmpty())
            copy.bind(sqlite3_bind_parameter_index(copy.handle(), ":since"), since);
        copy.exec();
    }
}

void PayloadBuilder::closeReferences()
{
    sqlite3 *h = m_db.handle();
    struct Ref
    {
        QString child, column, parent;
    };
    QList<Ref> refs;
    for (const QString &t : businessTables()) {
        SqlStmt fk(h, "PRAGMA main.foreign_key_list(" + quoteIdent(t) + ")");
        while (fk.step())
            refs.append({t, fk.text(3), fk.text(2)});
    }
    // Parents of parents: repeat until a pass adds nothing (an organisation's whole chain up).
    for (bool added = true; added;) {
        added = false;
        for (const Ref &r : refs) {
            const QByteArray parent = quoteIdent(r.parent);
            SqlStmt add(h, "INSERT OR IGNORE INTO p." + parent + " SELECT * FROM main." + parent + " WHERE id IN (SELECT c." +
                               quoteIdent(r.column) + " FROM p." + quoteIdent(r.child) + " c WHERE c." +
                               quoteIdent(r.column) + " IS NOT NULL AND c." + quoteIdent(r.column) +
                               " NOT IN (SELECT id FROM p." + parent + "))");
            if (add.exec() > 0)
                added = true;
        }
    }
}

void PayloadBuilder::addEvidence(const QString &since)
{
    sqlite3 *h = m_db.handle();
    for (const QString &t : businessTables()) {
        if (t == QLatin1String("attachment"))
            continue;
        SqlStmt add(h, "INSERT OR IGNORE INTO p.attachment SELECT m.* FROM main.attachment m WHERE m.owner_table = ?1 "
                       "AND m.owner_id IN (SELECT id FROM p." + quoteIdent(t) + ")" +
                           (since.isEmpty() ? QByteArray() : " AND " + changedSince(QStringLiteral("attachment"))));
        add.bind(1, t);
        if (!since.isEmpty())
            add.bind(sqlite3_bind_parameter_index(add.handle(), ":since"), since);
        add.exec();
    }
}

void PayloadBuilder::addHistory(bool everything)
{
    sqlite3 *h = m_db.handle();
    if (everything) {
        SqlStmt::run(h, "INSERT INTO p.row_history SELECT * FROM main.row_history");
        return;
    }
    for (const QString &t : businessTables())
        SqlStmt::run(h, "INSERT OR IGNORE INTO p.row_history SELECT x.* FROM main.row_history x JOIN p." + quoteIdent(t) +
                            " r ON r.id = x.row_id");
}

} // namespace dj
