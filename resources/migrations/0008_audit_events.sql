-- The audit log records what changes no row as well (issue 18): op 'event' for a restore, an
-- export, a backup, a copy or a sign-in (table_name says which, row_id what it concerns), and
-- op 'baseline' for the digest of a row as it stood when the log took it over (rows from
-- before the log, and every row after an upgrade changed the tables' columns). SQLite cannot
-- widen a CHECK in place: the table is rebuilt, every entry and chain copied unchanged.
CREATE TABLE audit_log_new (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'event', 'baseline')),
    old_digest BLOB,
    new_digest BLOB,
    chain      BLOB NOT NULL
);
INSERT INTO audit_log_new (seq, at, user_name, table_name, row_id, op, old_digest, new_digest, chain)
    SELECT seq, at, user_name, table_name, row_id, op, old_digest, new_digest, chain FROM audit_log ORDER BY seq;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
CREATE INDEX audit_log_user ON audit_log(user_name);
