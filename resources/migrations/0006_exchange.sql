-- Schema version 6: exchange state (issue 6). All of it is local: never sent as rows of its own.
--
-- row_history: every earlier version (version, updated_at) a business row has had here. A
-- package carries it for the rows it holds, so the receiver can tell "theirs descends from
-- mine" (apply), "mine descends from theirs" (older, ignore) and "both changed" (conflict).
CREATE TABLE row_history (
    row_id     TEXT NOT NULL,
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (row_id, version, updated_at)
) WITHOUT ROWID;

-- While the one row of exchange_write exists (only inside an import's or undo's transaction),
-- the guards let a row take an older version or be removed, and history is written by the
-- importer itself. It is never committed: the writer removes it before COMMIT.
CREATE TABLE exchange_write (flag INTEGER PRIMARY KEY CHECK (flag = 1));

-- One row per package imported: what, from whom, what it did, and whether it was undone.
CREATE TABLE import_log (
    id            INTEGER PRIMARY KEY,
    package_id    TEXT NOT NULL,
    package_hash  TEXT NOT NULL,
    sender_office TEXT NOT NULL,
    sender_name   TEXT NOT NULL,
    recipient     TEXT NOT NULL,              -- the office it was made for, '*' for any
    sequence      INTEGER NOT NULL,
    scope         TEXT NOT NULL,
    created_at    TEXT NOT NULL,              -- when the sender made the package
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL DEFAULT '',
    counts        TEXT NOT NULL,              -- JSON: category -> table -> rows
    expected_sequence INTEGER,                -- set when packages from this sender are missing
    undone_at     TEXT
);
CREATE INDEX import_log_sender ON import_log(sender_office, recipient, sequence);

-- What an import changed, so the last import can be undone exactly: each row it overwrote as
-- it was before (exact bytes), its history before, and the version the import left (undo
-- refuses when the row has changed since).
CREATE TABLE import_change (
    import_id  INTEGER NOT NULL REFERENCES import_log(id),
    row_id     TEXT NOT NULL,
    tbl        TEXT NOT NULL,
    before_row BLOB NOT NULL,
    before_history TEXT NOT NULL DEFAULT '[]',
    after_version  INTEGER NOT NULL,
    after_updated_at TEXT NOT NULL,
    PRIMARY KEY (import_id, row_id)
) WITHOUT ROWID;

-- The rows an import added, per table: they are appended, so one range of rowids holds them
-- (a million new rows cost one line here, not a million).
CREATE TABLE import_range (
    import_id   INTEGER NOT NULL REFERENCES import_log(id),
    tbl         TEXT NOT NULL,
    first_rowid INTEGER NOT NULL,
    last_rowid  INTEGER NOT NULL,
    PRIMARY KEY (import_id, tbl)
) WITHOUT ROWID;

-- Versions an import could not apply without overwriting a change made elsewhere. The row in
-- the table is the provisional winner (higher version, then later time, then larger hash, so
-- every office shows the same one); the other version is kept here whole until a person
-- chooses. kind 'edit': the same row changed on both sides; 'key': a new row whose natural key
-- (an organisation code, a year's assessment …) is already taken here by local_row_id.
CREATE TABLE sync_conflict (
    id            INTEGER PRIMARY KEY,
    tbl           TEXT NOT NULL,
    row_id        TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('edit', 'key')),
    local_row_id  TEXT NOT NULL,
    other_row     BLOB NOT NULL,              -- the version not in the table, exact bytes
    other_history TEXT NOT NULL DEFAULT '[]',
    other_is_mine INTEGER NOT NULL DEFAULT 0 CHECK (other_is_mine IN (0, 1)),
    sender_office TEXT NOT NULL,
    import_id     INTEGER REFERENCES import_log(id),
    detected_at   TEXT NOT NULL,
    resolved_at   TEXT,
    resolution    TEXT CHECK (resolution IN ('mine', 'theirs', 'fields')),
    resolved_by   TEXT
);
CREATE INDEX sync_conflict_row ON sync_conflict(row_id);

-- The last package sent to each recipient ('*' for any office): its sequence and time, the
-- start of the next incremental package.
CREATE TABLE exchange_sent (
    recipient     TEXT PRIMARY KEY NOT NULL,
    last_sequence INTEGER NOT NULL,
    last_sent_at  TEXT NOT NULL
) WITHOUT ROWID;

-- The guards of schema 1-4 again, now standing aside for exchange writes; plus history.

DROP TRIGGER organization_version;
DROP TRIGGER organization_no_delete;
CREATE TRIGGER organization_version BEFORE UPDATE ON organization
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER organization_no_delete BEFORE DELETE ON organization
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER organization_history AFTER UPDATE ON organization
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER person_version;
DROP TRIGGER person_no_delete;
CREATE TRIGGER person_version BEFORE UPDATE ON person
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER person_history AFTER UPDATE ON person
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER membership_version;
DROP TRIGGER membership_no_delete;
CREATE TRIGGER membership_version BEFORE UPDATE ON membership
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER membership_no_delete BEFORE DELETE ON membership
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER membership_history AFTER UPDATE ON membership
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER post_version;
DROP TRIGGER post_no_delete;
CREATE TRIGGER post_version BEFORE UPDATE ON post
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER post_no_delete BEFORE DELETE ON post
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER post_history AFTER UPDATE ON post
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER duty_template_version;
DROP TRIGGER duty_template_no_delete;
CREATE TRIGGER duty_template_version BEFORE UPDATE ON duty_template
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_template_no_delete BEFORE DELETE ON duty_template
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_template_history AFTER UPDATE ON duty_template
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER duty_template_item_version;
DROP TRIGGER duty_template_item_no_delete;
CREATE TRIGGER duty_template_item_version BEFORE UPDATE ON duty_template_item
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_template_item_no_delete BEFORE DELETE ON duty_template_item
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_template_item_history AFTER UPDATE ON duty_template_item
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER duty_list_version;
DROP TRIGGER duty_list_no_delete;
CREATE TRIGGER duty_list_version BEFORE UPDATE ON duty_list
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_list_no_delete BEFORE DELETE ON duty_list
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_list_history AFTER UPDATE ON duty_list
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER duty_item_version;
DROP TRIGGER duty_item_no_delete;
CREATE TRIGGER duty_item_version BEFORE UPDATE ON duty_item
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_item_no_delete BEFORE DELETE ON duty_item
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_item_history AFTER UPDATE ON duty_item
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER duty_record_version;
DROP TRIGGER duty_record_no_delete;
CREATE TRIGGER duty_record_version BEFORE UPDATE ON duty_record
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_record_no_delete BEFORE DELETE ON duty_record
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_record_history AFTER UPDATE ON duty_record
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER attachment_version;
DROP TRIGGER attachment_no_delete;
CREATE TRIGGER attachment_version BEFORE UPDATE ON attachment
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER attachment_history AFTER UPDATE ON attachment
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_scheme_version;
DROP TRIGGER assess_scheme_no_delete;
CREATE TRIGGER assess_scheme_version BEFORE UPDATE ON assess_scheme
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_scheme_no_delete BEFORE DELETE ON assess_scheme
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_scheme_history AFTER UPDATE ON assess_scheme
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_indicator_version;
DROP TRIGGER assess_indicator_no_delete;
CREATE TRIGGER assess_indicator_version BEFORE UPDATE ON assess_indicator
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_indicator_no_delete BEFORE DELETE ON assess_indicator
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_indicator_history AFTER UPDATE ON assess_indicator
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assessment_version;
DROP TRIGGER assessment_no_delete;
CREATE TRIGGER assessment_version BEFORE UPDATE ON assessment
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assessment_no_delete BEFORE DELETE ON assessment
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assessment_history AFTER UPDATE ON assessment
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_org_version;
DROP TRIGGER assess_org_no_delete;
CREATE TRIGGER assess_org_version BEFORE UPDATE ON assess_org
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_org_no_delete BEFORE DELETE ON assess_org
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_org_history AFTER UPDATE ON assess_org
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_score_version;
DROP TRIGGER assess_score_no_delete;
CREATE TRIGGER assess_score_version BEFORE UPDATE ON assess_score
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_score_no_delete BEFORE DELETE ON assess_score
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_score_history AFTER UPDATE ON assess_score
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_pg_mark_version;
DROP TRIGGER assess_pg_mark_no_delete;
CREATE TRIGGER assess_pg_mark_version BEFORE UPDATE ON assess_pg_mark
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_pg_mark_no_delete BEFORE DELETE ON assess_pg_mark
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_pg_mark_history AFTER UPDATE ON assess_pg_mark
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_ballot_mark_version;
DROP TRIGGER assess_ballot_mark_no_delete;
CREATE TRIGGER assess_ballot_mark_version BEFORE UPDATE ON assess_ballot_mark
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_ballot_mark_no_delete BEFORE DELETE ON assess_ballot_mark
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_ballot_mark_history AFTER UPDATE ON assess_ballot_mark
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_pair_version;
DROP TRIGGER assess_pair_no_delete;
CREATE TRIGGER assess_pair_version BEFORE UPDATE ON assess_pair
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_pair_no_delete BEFORE DELETE ON assess_pair
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_pair_history AFTER UPDATE ON assess_pair
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER assess_seal_event_version;
DROP TRIGGER assess_seal_event_no_delete;
CREATE TRIGGER assess_seal_event_version BEFORE UPDATE ON assess_seal_event
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_seal_event_no_delete BEFORE DELETE ON assess_seal_event
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_seal_event_history AFTER UPDATE ON assess_seal_event
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER sat_survey_version;
DROP TRIGGER sat_survey_no_delete;
CREATE TRIGGER sat_survey_version BEFORE UPDATE ON sat_survey
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_survey_no_delete BEFORE DELETE ON sat_survey
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_survey_history AFTER UPDATE ON sat_survey
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER sat_item_version;
DROP TRIGGER sat_item_no_delete;
CREATE TRIGGER sat_item_version BEFORE UPDATE ON sat_item
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_item_no_delete BEFORE DELETE ON sat_item
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_item_history AFTER UPDATE ON sat_item
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER sat_ballot_version;
DROP TRIGGER sat_ballot_no_delete;
CREATE TRIGGER sat_ballot_version BEFORE UPDATE ON sat_ballot
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_ballot_no_delete BEFORE DELETE ON sat_ballot
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_ballot_history AFTER UPDATE ON sat_ballot
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;

DROP TRIGGER sat_tally_version;
DROP TRIGGER sat_tally_no_delete;
CREATE TRIGGER sat_tally_version BEFORE UPDATE ON sat_tally
    WHEN NEW.version <= OLD.version AND NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_tally_no_delete BEFORE DELETE ON sat_tally
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_tally_history AFTER UPDATE ON sat_tally
    WHEN NOT EXISTS (SELECT 1 FROM exchange_write)
    BEGIN INSERT OR IGNORE INTO row_history VALUES (OLD.id, OLD.version, OLD.updated_at); END;
