#include "SenderRules.h"

#include "BusinessTables.h"
#include "PeerRepository.h"
#include "RowCodec.h"
#include "SqlStmt.h"
#include "TableLabels.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <algorithm>
#include <sqlite3.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SenderRules)
};

const QByteArray kOrgs = "(SELECT id FROM temp.dj_peer_org)";

// True unless `c` holds (a NULL counts as not holding).
QByteArray fails(const QByteArray &c) { return "(coalesce((" + c + "), 0) = 0)"; }

// The tables whose rows can be an organisation's, in the order parents come first.
const QStringList &subtreeTables()
{
    static const QStringList t = {QStringLiteral("organization"), QStringLiteral("person"),     QStringLiteral("membership"),
                                  QStringLiteral("post"),         QStringLiteral("duty_list"),  QStringLiteral("duty_item"),
                                  QStringLiteral("duty_record"),  QStringLiteral("assess_score")};
    return t;
}
} // namespace

SenderRules::SenderRules(Database &db, QString senderOffice, QString senderName, QString scopeOrgId, bool ownPackage)
    : m_db(db), m_sender(std::move(senderOffice)), m_senderName(std::move(senderName)), m_scopeOrgId(std::move(scopeOrgId)),
      m_own(ownPackage)
{
}

SenderRules::~SenderRules()
{
    sqlite3_exec(m_db.handle(),
                 "DROP TABLE IF EXISTS temp.dj_refused; DROP TABLE IF EXISTS temp.dj_peer_org; DROP TABLE IF EXISTS "
                 "temp.dj_unproven",
                 nullptr, nullptr, nullptr);
}

QByteArray SenderRules::effective(const QString &table, const QByteArray &idExpr)
{
    if (table == QLatin1String("organization"))
        return "(" + idExpr + " IN " + kOrgs + ")";
    const QByteArray t = quoteIdent(table);
    const QByteArray a = "e" + QByteArray::number(++m_alias);
    // The row as this file has it; a row this file lacks, as the package brings it.
    return "(EXISTS (SELECT 1 FROM main." + t + " " + a + " WHERE " + a + ".id = " + idExpr + " AND " + inScope(table, a) +
           ") OR (NOT EXISTS (SELECT 1 FROM main." + t + " " + a + " WHERE " + a + ".id = " + idExpr +
           ") AND EXISTS (SELECT 1 FROM p." + t + " " + a + " WHERE " + a + ".id = " + idExpr + " AND " + inScope(table, a) +
           ")))";
}

QByteArray SenderRules::inScope(const QString &table, const QByteArray &a)
{
    const QByteArray t = table.toUtf8();
    if (t == "organization")
        return "(" + a + ".id IN " + kOrgs + ")";
    if (t == "person")
        return "(" + a + ".branch_id IN " + kOrgs + ")";
    if (t == "membership" || t == "post")
        return "(" + a + ".org_id IN " + kOrgs + " OR " + effective(QStringLiteral("person"), a + ".person_id") + ")";
    if (t == "duty_list")
        return "(" + a + ".org_id IN " + kOrgs + ")";
    if (t == "duty_item")
        return effective(QStringLiteral("duty_list"), a + ".list_id");
    if (t == "duty_record")
        return effective(QStringLiteral("duty_item"), a + ".item_id");
    if (t == "assess_score")
        return "(" + a + ".stage = 'self' AND " + a + ".org_id IN " + kOrgs + ")";
    if (t == "attachment") {
        QByteArray any;
        for (const QString &owner : subtreeTables())
            any += (any.isEmpty() ? "" : " OR ") + ("(" + a + ".owner_table = '" + owner.toUtf8() + "' AND " +
                                                    effective(owner, a + ".owner_id") + ")");
        return "(" + any + ")";
    }
    return {}; // the department's own
}

// The reason code for row x (with m, this file's row, or NULL) as an SQL expression.
QByteArray SenderRules::refusal(const QString &table)
{
    // Version N needs N-1 distinct earlier versions in the history either side holds.
    QByteArray why = "CASE WHEN x.version > 1 AND x.version > 1 + (SELECT count(*) FROM (SELECT version FROM p.row_history "
                     "WHERE row_id = x.id AND version < x.version UNION SELECT version FROM main.row_history WHERE row_id = "
                     "x.id AND version < x.version UNION SELECT m.version WHERE m.version < x.version)) THEN 'version' ";
    if (!m_own)
        why += "WHEN m.id IS NOT NULL AND EXISTS (SELECT 1 FROM p.row_history r WHERE r.row_id = x.id AND r.version = "
               "m.version AND r.updated_at = m.updated_at) AND NOT EXISTS (SELECT 1 FROM main.exchange_row_peer e WHERE "
               "e.row_id = x.id AND e.office_id IN (:sender, '*') AND (e.version > m.version OR (e.version = m.version AND "
               "e.updated_at = m.updated_at))) AND NOT (m.updated_at < :since AND :knew) AND NOT EXISTS (SELECT 1 FROM "
               "main.exchange_row_peer e WHERE e.row_id = x.id AND e.received = 1 AND e.version = m.version AND "
               "e.updated_at = m.updated_at) THEN 'descent' ";
    if (!m_own && !m_scopeOrgId.isEmpty()) {
        const QByteArray t = table.toUtf8();
        if (t == "organization") {
            why += "WHEN " +
                   fails("x.id IN " + kOrgs + " AND CASE WHEN x.id = :root THEN x.parent_id IS (SELECT o.parent_id FROM "
                         "main.organization o WHERE o.id = :root) ELSE x.parent_id IN " + kOrgs + " END") +
                   " THEN 'outside' ";
        } else if (t == "assess_score") {
            const QByteArray sealed = "(SELECT id FROM main.assessment WHERE sealed = 1)";
            why += "WHEN x.stage <> 'self' OR m.stage <> 'self' THEN 'review' WHEN " + fails("x.org_id IN " + kOrgs) +
                   " OR (m.id IS NOT NULL AND " + fails("m.org_id IN " + kOrgs) + ") THEN 'outside' WHEN x.assessment_id IN " +
                   sealed + " OR m.assessment_id IN " + sealed + " THEN 'sealed' ";
        } else {
            const QByteArray x = inScope(table, "x");
            if (x.isEmpty())
                why += "WHEN 1 THEN 'department' ";
            else
                why += "WHEN " + fails(x) + " OR (m.id IS NOT NULL AND " + fails(inScope(table, "m")) + ") THEN 'outside' ";
        }
    }
    return why + "END";
}

QList<RefusedRow> SenderRules::check()
{
    sqlite3 *h = m_db.handle();
    SqlStmt::run(h, "DROP TABLE IF EXISTS temp.dj_refused; CREATE TEMP TABLE dj_refused (tbl TEXT, id TEXT, why TEXT, "
                    "PRIMARY KEY (tbl, id)); DROP TABLE IF EXISTS temp.dj_unproven; CREATE TEMP TABLE dj_unproven (id TEXT PRIMARY "
                    "KEY); DROP TABLE IF EXISTS temp.dj_peer_org; CREATE TEMP TABLE dj_peer_org (id TEXT "
                    "PRIMARY KEY)");
    if (!m_scopeOrgId.isEmpty()) {
        // The subtree: this file's organisations by this file's parents, and new ones the
        // package brings by the package's.
        SqlStmt fill(h, "INSERT INTO temp.dj_peer_org WITH RECURSIVE o(id, parent_id) AS (SELECT id, parent_id FROM "
                        "main.organization UNION ALL SELECT x.id, x.parent_id FROM p.organization x WHERE NOT EXISTS "
                        "(SELECT 1 FROM main.organization m WHERE m.id = x.id)), sub(id) AS (SELECT ?1 UNION SELECT o.id "
                        "FROM o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub");
        fill.bind(1, m_scopeOrgId).exec();
    }
    QString since;
    {
        SqlStmt s(h, "SELECT value FROM main.local_meta WHERE key = 'exchange_rows_recorded_since'");
        if (s.step())
            since = s.text(0);
    }
    SqlStmt knew(h, "SELECT EXISTS (SELECT 1 FROM main.import_log WHERE sender_office = ?1) OR EXISTS (SELECT 1 FROM "
                    "main.exchange_sent WHERE recipient IN (?1, '*'))");
    knew.bind(1, m_sender);
    const qint64 knewBefore = knew.step() ? knew.int64(0) : 0;

    QStringList order = businessTables();
    order.removeAll(QStringLiteral("attachment"));
    order.append(QStringLiteral("attachment")); // its owners may come after it
    for (const QString &table : order) {
        const QByteArray t = quoteIdent(table);
        QByteArray same;
        for (const QString &c : tableColumns(h, table))
            same += (same.isEmpty() ? "" : " AND ") + ("m." + quoteIdent(c) + " IS x." + quoteIdent(c));
        m_alias = 0;
        SqlStmt find(h, "INSERT INTO temp.dj_refused SELECT ?1, id, why FROM (SELECT x.id AS id, " + refusal(table) +
                            " AS why FROM p." + t + " x LEFT JOIN main." + t + " m ON m.id = x.id WHERE m.id IS NULL OR "
                            "(NOT (" + same + ") AND NOT EXISTS (SELECT 1 FROM main.row_history r WHERE r.row_id = x.id AND "
                            "r.version = x.version AND r.updated_at = x.updated_at))) WHERE why IS NOT NULL");
        find.bind(1, table);
        const auto bindNamed = [&](const char *name, auto value) {
            if (const int i = sqlite3_bind_parameter_index(find.handle(), name))
                find.bind(i, value);
        };
        bindNamed(":sender", m_sender);
        bindNamed(":since", since);
        bindNamed(":knew", knewBefore);
        bindNamed(":root", m_scopeOrgId);
        find.exec();
    }
    // Relayed versions: the claim is not believed, the import keeps both versions (ImportEngine).
    if (!m_own) {
        for (const QString &table : order) {
            const QByteArray t = quoteIdent(table);
            SqlStmt relayed(h, "INSERT OR IGNORE INTO temp.dj_unproven SELECT x.id FROM p." + t + " x JOIN main." + t +
                                   " m ON m.id = x.id WHERE EXISTS (SELECT 1 FROM p.row_history r WHERE r.row_id = x.id AND "
                                   "r.version = m.version AND r.updated_at = m.updated_at) AND NOT EXISTS (SELECT 1 FROM "
                                   "main.exchange_row_peer e WHERE e.row_id = x.id AND e.office_id IN (?1, '*') AND "
                                   "(e.version > m.version OR (e.version = m.version AND e.updated_at = m.updated_at))) AND "
                                   "NOT (m.updated_at < ?2 AND ?3)");
            relayed.bind(1, m_sender).bind(2, since).bind(3, knewBefore).exec();
        }
    }
    m_total = SqlStmt::scalar(h, "SELECT count(*) FROM temp.dj_refused");
    QList<RefusedRow> out;
    QByteArray cases;
    const QStringList tables = businessTables();
    for (int i = 0; i < tables.size(); ++i)
        cases += " WHEN '" + tables.at(i).toUtf8() + "' THEN " + QByteArray::number(i);
    SqlStmt list(h, "SELECT tbl, id, why FROM temp.dj_refused ORDER BY CASE tbl" + cases + " END, id LIMIT " +
                        QByteArray::number(ListLimit));
    while (list.step())
        out.append({list.text(0), list.text(1), reasonText(list.text(0), list.text(2))});
    return out;
}

QString SenderRules::reasonText(const QString &table, const QString &code) const
{
    const PeerRepository peers(m_db);
    if (code == QLatin1String("version"))
        return Tr::tr("its version number is higher than the edits recorded in its history account for");
    if (code == QLatin1String("descent"))
        return Tr::tr("it claims to follow this file's version, which was never sent to %1 nor received from it")
            .arg(m_senderName);
    if (code == QLatin1String("department"))
        return Tr::tr("%1 speaks for %2, not the whole department, and may not change the department's %3")
            .arg(m_senderName, peers.describeScope(m_scopeOrgId), TableLabels::table(table));
    if (code == QLatin1String("sealed"))
        return Tr::tr("the assessment is sealed; only the department office can reopen it");
    if (code == QLatin1String("review"))
        return Tr::tr("审核 scores are entered by the department office, not by %1").arg(m_senderName);
    return Tr::tr("it belongs to an organisation outside what %1 speaks for (%2)")
        .arg(m_senderName, peers.describeScope(m_scopeOrgId));
}

QString SenderRules::message(const QList<RefusedRow> &rows) const
{
    if (rows.isEmpty())
        return {};
    const RefusedRow &r = rows.first();
    return Tr::tr("The package cannot be imported: row %1 of %2 (%3) is refused: %4. %n row(s) refused in all; nothing "
                  "was imported.",
                  nullptr, int(m_total))
        .arg(r.id, r.table, TableLabels::table(r.table), r.reason);
}

void SenderRules::dropRefused()
{
    sqlite3 *h = m_db.handle();
    QStringList tables = businessTables();
    std::reverse(tables.begin(), tables.end()); // children first: the payload's references stay whole
    for (const QString &t : tables) {
        const QByteArray q = quoteIdent(t);
        const QByteArray cols = columnList(tableColumns(h, t));
        // A row this file has: the package's version becomes this file's (nothing to apply);
        // a new one leaves the package.
        SqlStmt keep(h, "UPDATE p." + q + " AS x SET (" + cols + ") = (SELECT " + cols + " FROM main." + q +
                            " m WHERE m.id = x.id) WHERE x.id IN (SELECT id FROM temp.dj_refused WHERE tbl = ?1) AND "
                            "EXISTS (SELECT 1 FROM main." + q + " m WHERE m.id = x.id)");
        keep.bind(1, t).exec();
        SqlStmt drop(h, "DELETE FROM p." + q + " WHERE id IN (SELECT id FROM temp.dj_refused WHERE tbl = ?1) AND NOT EXISTS "
                            "(SELECT 1 FROM main." + q + " m WHERE m.id = p." + q + ".id)");
        drop.bind(1, t).exec();
    }
}

void SenderRules::recordExchanged(sqlite3 *h, const QByteArray &schema, const QString &office, bool received)
{
    for (const QString &t : businessTables()) {
        // Only a newer version replaces what is recorded: an older copy sent back later does
        // not make the office forget the newer one it had.
        SqlStmt add(h, "INSERT INTO main.exchange_row_peer (office_id, row_id, version, updated_at, received) SELECT ?1, id, "
                       "version, updated_at, ?2 FROM " + schema + '.' + quoteIdent(t) + " WHERE true ON CONFLICT (office_id, "
                       "row_id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at, received = "
                       "excluded.received WHERE excluded.version > exchange_row_peer.version");
        add.bind(1, office).bind(2, qint64(received ? 1 : 0)).exec();
    }
}

} // namespace dj
