-- Schema version 3: responsibility lists (责任清单). Templates are versioned by year; each year's
-- lists are generated from them (one per organisation of a level, one per holder of a post)
-- and hold the items; progress records (履责纪实) carry evidence files stored in the file.

CREATE TABLE duty_template (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    subject       TEXT NOT NULL CHECK (subject IN ('party_group', 'leading_group', 'organ_committee',
                      'grassroots', 'pg_secretary', 'pg_member', 'oc_secretary',
                      'oc_fulltime_deputy', 'br_secretary')),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0)
);
-- One template per subject and year: a list for year Y uses the latest one not after Y.
CREATE UNIQUE INDEX duty_template_key ON duty_template(subject, year) WHERE deleted = 0;

CREATE TABLE duty_template_item (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    template_id   TEXT NOT NULL REFERENCES duty_template(id),
    code          TEXT NOT NULL CHECK (length(trim(code)) > 0),
    sort_order    INTEGER NOT NULL DEFAULT 0,
    category      TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    content       TEXT NOT NULL DEFAULT '',
    frequency     TEXT NOT NULL CHECK (frequency IN ('once', 'monthly', 'quarterly',
                      'half_yearly', 'yearly', 'by_date')),
    deadline      TEXT NOT NULL DEFAULT '',  -- 'MM-DD' within the year, or ''
    expected      INTEGER NOT NULL DEFAULT 1 CHECK (expected BETWEEN 1 AND 99),
    evidence      TEXT NOT NULL DEFAULT '',
    carries_out   TEXT NOT NULL DEFAULT ''   -- 'subject/code' of the item above it carries out
);
CREATE UNIQUE INDEX duty_template_item_code ON duty_template_item(template_id, code) WHERE deleted = 0;

CREATE TABLE duty_list (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    subject       TEXT NOT NULL,
    template_id   TEXT REFERENCES duty_template(id),
    org_id        TEXT NOT NULL REFERENCES organization(id), -- a post list: the post's organisation
    person_id     TEXT REFERENCES person(id),                -- post lists only
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0)
);
CREATE UNIQUE INDEX duty_list_org ON duty_list(year, subject, org_id)
    WHERE deleted = 0 AND person_id IS NULL;
CREATE UNIQUE INDEX duty_list_person ON duty_list(year, subject, person_id, org_id)
    WHERE deleted = 0 AND person_id IS NOT NULL;
CREATE INDEX duty_list_year ON duty_list(year) WHERE deleted = 0;

CREATE TABLE duty_item (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    list_id       TEXT NOT NULL REFERENCES duty_list(id),
    template_item_id TEXT REFERENCES duty_template_item(id), -- NULL for an item added by hand
    code          TEXT NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0,
    category      TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    content       TEXT NOT NULL DEFAULT '',
    frequency     TEXT NOT NULL CHECK (frequency IN ('once', 'monthly', 'quarterly',
                      'half_yearly', 'yearly', 'by_date')),
    deadline      TEXT NOT NULL DEFAULT '',
    expected      INTEGER NOT NULL DEFAULT 1 CHECK (expected BETWEEN 1 AND 99),
    evidence      TEXT NOT NULL DEFAULT '',
    carries_out_id TEXT REFERENCES duty_item(id),
    retired_on    TEXT                        -- set when the item is retired (no longer counts)
);
CREATE UNIQUE INDEX duty_item_template ON duty_item(list_id, template_item_id)
    WHERE deleted = 0 AND template_item_id IS NOT NULL;
CREATE INDEX duty_item_list ON duty_item(list_id) WHERE deleted = 0;
CREATE INDEX duty_item_carries_out ON duty_item(carries_out_id);

CREATE TABLE duty_record (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    item_id       TEXT NOT NULL REFERENCES duty_item(id),
    done_on       TEXT NOT NULL,
    text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
    recorded_by   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX duty_record_item ON duty_record(item_id, done_on) WHERE deleted = 0;

-- Evidence files, kept inside the data file so a package carries them. owner_table/owner_id
-- name the row they prove (duty_record now; assessment scores later).
CREATE TABLE attachment (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    owner_table   TEXT NOT NULL,
    owner_id      TEXT NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    mime          TEXT NOT NULL DEFAULT 'application/octet-stream',
    size          INTEGER NOT NULL CHECK (size BETWEEN 0 AND 20971520),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    data          BLOB NOT NULL CHECK (length(data) = size)
);
CREATE INDEX attachment_owner ON attachment(owner_table, owner_id) WHERE deleted = 0;

CREATE TRIGGER duty_template_version BEFORE UPDATE ON duty_template
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_template_no_delete BEFORE DELETE ON duty_template
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_template_item_version BEFORE UPDATE ON duty_template_item
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_template_item_no_delete BEFORE DELETE ON duty_template_item
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_list_version BEFORE UPDATE ON duty_list
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_list_no_delete BEFORE DELETE ON duty_list
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_item_version BEFORE UPDATE ON duty_item
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_item_no_delete BEFORE DELETE ON duty_item
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER duty_record_version BEFORE UPDATE ON duty_record
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER duty_record_no_delete BEFORE DELETE ON duty_record
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER attachment_version BEFORE UPDATE ON attachment
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
