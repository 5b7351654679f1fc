-- Accounts and the audit log. Both stay in this file: they never travel in an exchange
-- package. A file with no account asks nobody to sign in (as before this version).
CREATE TABLE account (
    name           TEXT PRIMARY KEY NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    display_name   TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL CHECK (role IN ('admin', 'committee', 'branch', 'readonly')),
    scope_org_id   TEXT REFERENCES organization(id), -- a branch account: the top of its subtree
    password_hash  TEXT NOT NULL,                    -- libsodium crypto_pwhash_str (Argon2id)
    failed_count   INTEGER NOT NULL DEFAULT 0,       -- failed sign-ins in a row
    last_failed_at TEXT,
    disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at     TEXT NOT NULL,
    CHECK ((role = 'branch') = (scope_org_id IS NOT NULL))
);

-- One row per changed row, appended by triggers the program installs on its own connection.
-- chain = BLAKE2b-256(previous chain || this entry): an edited or removed entry breaks it.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    old_digest BLOB,
    new_digest BLOB,
    chain      BLOB NOT NULL
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
CREATE INDEX audit_log_user ON audit_log(user_name); -- the viewer lists who appears in it
-- The last entry's number and chain: removing entries from the end is caught too.
CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    chain BLOB NOT NULL
);
INSERT INTO audit_head(id, seq, chain) VALUES (1, 0, zeroblob(32));
