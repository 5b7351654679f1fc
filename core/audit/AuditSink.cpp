#include "AuditSink.h"

#include "AuditHash.h"
#include "access/SignInRegistry.h"
#include "access/UserSession.h"
#include "common/Clock.h"
#include "exchange/SqlStmt.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

#include <cstring>
#include <sqlite3.h>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AuditSink)
};

// What every sink of a connection shares: its Database (the session is read at each entry)
// and a name for a session without one.
struct Module
{
    const Database *db = nullptr;
    QByteArray fallbackUser;
};

void destroyModule(void *p) { delete static_cast<Module *>(p); }

struct Sink
{
    sqlite3_vtab base; // first: SQLite hands back a pointer to it
    sqlite3 *h;
    const Module *module;
    sqlite3_stmt *next;    // the new entry's number and the chain it follows
    sqlite3_stmt *append;  // the entry
    sqlite3_stmt *advance; // the head
};

Sink *sinkOf(sqlite3_vtab *vt) { return reinterpret_cast<Sink *>(vt); }

int fail(Sink *s, int rc, const char *message)
{
    sqlite3_free(s->base.zErrMsg);
    s->base.zErrMsg = sqlite3_mprintf("%s", message);
    return rc;
}

int connect(sqlite3 *h, void *aux, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(h, "CREATE TABLE x(table_name, row_id, op, old_digest, new_digest)");
    if (rc != SQLITE_OK)
        return rc;
    // Usable by this connection's TEMP triggers under trusted_schema=OFF; a file's own triggers
    // cannot see a TEMP table at all.
    sqlite3_vtab_config(h, SQLITE_VTAB_INNOCUOUS);
    *out = &(new Sink{{}, h, static_cast<const Module *>(aux), nullptr, nullptr, nullptr})->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *vt)
{
    Sink *s = sinkOf(vt);
    sqlite3_finalize(s->next);
    sqlite3_finalize(s->append);
    sqlite3_finalize(s->advance);
    sqlite3_free(s->base.zErrMsg);
    delete s;
    return SQLITE_OK;
}

// Nothing can be read back: the entries are in audit_log.
int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1;
    info->estimatedRows = 0;
    return SQLITE_OK;
}
int openCursor(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    *out = new sqlite3_vtab_cursor{};
    return SQLITE_OK;
}
int closeCursor(sqlite3_vtab_cursor *c)
{
    delete c;
    return SQLITE_OK;
}
int filterRows(sqlite3_vtab_cursor *, int, const char *, int, sqlite3_value **) { return SQLITE_OK; }
int nextRow(sqlite3_vtab_cursor *) { return SQLITE_OK; }
int atEnd(sqlite3_vtab_cursor *) { return 1; }
int columnValue(sqlite3_vtab_cursor *, sqlite3_context *ctx, int)
{
    sqlite3_result_null(ctx);
    return SQLITE_OK;
}
int rowidOf(sqlite3_vtab_cursor *, sqlite3_int64 *id)
{
    *id = 0;
    return SQLITE_OK;
}

int prepare(Sink *s)
{
    if (s->advance)
        return SQLITE_OK;
    const struct
    {
        sqlite3_stmt **stmt;
        const char *sql;
    } statements[] = {
        // After the head, and after any entry still there (a head set back must not make a
        // number collide); the head's chain, 32 zero bytes before the first entry.
        {&s->next, "SELECT max(coalesce((SELECT seq FROM main.audit_head WHERE id = 1), 0), "
                   "coalesce((SELECT max(seq) FROM main.audit_log), 0)) + 1, "
                   "(SELECT chain FROM main.audit_head WHERE id = 1)"},
        {&s->append, "INSERT INTO main.audit_log(seq, at, user_name, table_name, row_id, op, old_digest, "
                     "new_digest, chain) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
        {&s->advance, "UPDATE main.audit_head SET seq = ?1, chain = ?2 WHERE id = 1"},
    };
    for (const auto &st : statements)
        if (const int rc = sqlite3_prepare_v3(s->h, st.sql, -1, SQLITE_PREPARE_PERSISTENT, st.stmt, nullptr);
            rc != SQLITE_OK)
            return fail(s, rc, sqlite3_errmsg(s->h));
    return SQLITE_OK;
}

QByteArray textOf(sqlite3_value *v)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return p ? QByteArray(p, sqlite3_value_bytes(v)) : QByteArray();
}

bool sameDigest(sqlite3_value *a, sqlite3_value *b)
{
    return sqlite3_value_type(a) == SQLITE_BLOB && sqlite3_value_type(b) == SQLITE_BLOB &&
           sqlite3_value_bytes(a) == sqlite3_value_bytes(b) &&
           memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), size_t(sqlite3_value_bytes(a))) == 0;
}

// Steps a statement to its end and resets it; SQLite's code on failure.
int run(Sink *s, sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : fail(s, rc, sqlite3_errmsg(s->h));
}

// INSERT INTO dj_audit_sink VALUES (table, row id, op, old digest, new digest).
int append(sqlite3_vtab *vt, int argc, sqlite3_value **argv, sqlite3_int64 *newRowid)
{
    Sink *s = sinkOf(vt);
    if (argc != 7 || sqlite3_value_type(argv[0]) != SQLITE_NULL)
        return fail(s, SQLITE_CONSTRAINT, "dj-audit: entries are only added");
    *newRowid = 0;
    sqlite3_value **v = argv + 2;
    const QByteArray op = textOf(v[2]);
    if (op == "update" && sameDigest(v[3], v[4]))
        return SQLITE_OK; // nothing changed
    if (const int rc = prepare(s); rc != SQLITE_OK)
        return rc;
    int rc = sqlite3_step(s->next);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(s->next);
        return fail(s, rc, sqlite3_errmsg(s->h));
    }
    const qint64 seq = sqlite3_column_int64(s->next, 0);
    QByteArray prev(AuditHash::Bytes, '\0');
    if (sqlite3_column_type(s->next, 1) != SQLITE_NULL)
        prev = QByteArray(static_cast<const char *>(sqlite3_column_blob(s->next, 1)), sqlite3_column_bytes(s->next, 1));
    sqlite3_reset(s->next);

    const QByteArray at = Clock::stamp().toUtf8();
    const Database *db = s->module->db;
    // Without accounts, the person the window asked for (录入人) rather than the computer's user.
    const QString person = db->user().signedIn ? QString() : SignInRegistry::person(db->path());
    QByteArray user = (person.isEmpty() ? db->user().user : person).toUtf8();
    if (user.isEmpty())
        user = s->module->fallbackUser;
    const QByteArray texts[] = {at, user, textOf(v[0]), textOf(v[1]), op};
    // The chain covers exactly what is stored, in the order AuditLog::verify reads it.
    AuditHash chain;
    chain.addBlob(prev);
    chain.addInteger(seq);
    for (const QByteArray &t : texts)
        chain.addText(t);
    chain.addValue(v[3]);
    chain.addValue(v[4]);
    const QByteArray link = chain.result();

    sqlite3_bind_int64(s->append, 1, seq);
    for (int i = 0; i < 5; ++i)
        sqlite3_bind_text(s->append, 2 + i, texts[i].constData(), int(texts[i].size()), SQLITE_TRANSIENT);
    sqlite3_bind_value(s->append, 7, v[3]);
    sqlite3_bind_value(s->append, 8, v[4]);
    sqlite3_bind_blob(s->append, 9, link.constData(), int(link.size()), SQLITE_TRANSIENT);
    if ((rc = run(s, s->append)) != SQLITE_OK)
        return rc;
    sqlite3_bind_int64(s->advance, 1, seq);
    sqlite3_bind_blob(s->advance, 2, link.constData(), int(link.size()), SQLITE_TRANSIENT);
    if ((rc = run(s, s->advance)) != SQLITE_OK)
        return rc;
    *newRowid = seq;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.xCreate = connect;
    m.xConnect = connect;
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xDestroy = disconnect;
    m.xOpen = openCursor;
    m.xClose = closeCursor;
    m.xFilter = filterRows;
    m.xNext = nextRow;
    m.xEof = atEnd;
    m.xColumn = columnValue;
    m.xRowid = rowidOf;
    m.xUpdate = append;
    return m;
}

const sqlite3_module kModule = makeModule();

} // namespace

void AuditSink::create(Database &db)
{
    sqlite3 *h = db.handle();
    // Once per connection: a module registered again would free what existing sinks point to.
    if (SqlStmt::scalar(h, "SELECT count(*) FROM pragma_module_list WHERE name = 'dj_audit'") == 0) {
        auto *module = new Module{&db, UserSession::unnamed().user.toUtf8()};
        if (const int rc = sqlite3_create_module_v2(h, "dj_audit", &kModule, module, destroyModule); rc != SQLITE_OK)
            throw storageError(rc, Tr::tr("The audit log could not be set up: %1")
                                       .arg(QString::fromUtf8(sqlite3_errmsg(h))));
    }
    db.execScript("CREATE VIRTUAL TABLE IF NOT EXISTS temp.dj_audit_sink USING dj_audit");
}

} // namespace dj
