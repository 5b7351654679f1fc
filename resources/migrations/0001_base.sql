-- Schema version 1: the office itself, organisations, people and their branch history.
-- Every business table carries: id (UUID text), owner_office, version, updated_at (UTC ISO-8601),
-- deleted (tombstone). Rows are never physically deleted; exchange between offices relies on it.

CREATE TABLE local_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organization (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    parent_id     TEXT REFERENCES organization(id),
    org_type      TEXT NOT NULL CHECK (org_type IN ('party_group', 'leading_group',
                      'organ_committee', 'discipline_committee', 'general_branch', 'branch', 'group')),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name    TEXT NOT NULL DEFAULT '',
    code          TEXT NOT NULL CHECK (length(trim(code)) > 0),
    unit_kind     TEXT NOT NULL DEFAULT '' CHECK (unit_kind IN ('', 'internal', 'affiliated',
                      'enterprise', 'branch_office', 'overseas')),
    established_on TEXT,
    term_start    TEXT,
    term_years    INTEGER NOT NULL DEFAULT 0 CHECK (term_years BETWEEN 0 AND 10),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dissolved')),
    dissolved_on  TEXT,
    contact_person_id TEXT REFERENCES person(id),
    sort_order    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX organization_code ON organization(code) WHERE deleted = 0;
CREATE INDEX organization_parent ON organization(parent_id);

CREATE TABLE person (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender        TEXT NOT NULL CHECK (gender IN ('M', 'F')),
    ethnicity     TEXT NOT NULL DEFAULT '汉族',
    birth_date    TEXT,
    id_number     TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    education     TEXT NOT NULL DEFAULT '',
    work_unit     TEXT NOT NULL DEFAULT '',
    department    TEXT NOT NULL DEFAULT '',
    position      TEXT NOT NULL DEFAULT '',
    standing      TEXT NOT NULL DEFAULT 'full' CHECK (standing IN ('full', 'probationary')),
    joined_on     TEXT,
    full_member_on TEXT,
    branch_id     TEXT REFERENCES organization(id),
    cadre         TEXT NOT NULL DEFAULT 'none' CHECK (cadre IN ('none', 'full_time', 'part_time')),
    note          TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX person_id_number ON person(id_number) WHERE deleted = 0 AND id_number <> '';
CREATE INDEX person_branch ON person(branch_id) WHERE deleted = 0;
CREATE INDEX person_name ON person(name);

-- Every branch a person has belonged to; the open row (to_date IS NULL) is person.branch_id.
CREATE TABLE membership (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    person_id     TEXT NOT NULL REFERENCES person(id),
    org_id        TEXT NOT NULL REFERENCES organization(id),
    from_date     TEXT NOT NULL,
    to_date       TEXT,
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX membership_person ON membership(person_id);
CREATE INDEX membership_org ON membership(org_id);

-- Guards every writer must respect: bump the version on change, tombstone instead of delete.
CREATE TRIGGER organization_version BEFORE UPDATE ON organization
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER organization_no_delete BEFORE DELETE ON organization
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER person_version BEFORE UPDATE ON person
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER membership_version BEFORE UPDATE ON membership
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER membership_no_delete BEFORE DELETE ON membership
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
