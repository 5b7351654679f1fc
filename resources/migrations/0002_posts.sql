-- Schema version 2: posts (person x post x organisation x dates).
CREATE TABLE post (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    person_id     TEXT NOT NULL REFERENCES person(id),
    org_id        TEXT NOT NULL REFERENCES organization(id),
    post_type     TEXT NOT NULL,
    from_date     TEXT NOT NULL,
    to_date       TEXT
);
CREATE INDEX post_person ON post(person_id) WHERE deleted = 0;
CREATE INDEX post_org ON post(org_id) WHERE deleted = 0;

CREATE TRIGGER post_version BEFORE UPDATE ON post
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER post_no_delete BEFORE DELETE ON post
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;

-- The contact leader (联系点) of an organisation is a person.
CREATE INDEX organization_contact ON organization(contact_person_id);

-- Search-as-you-type scans this index instead of the table: everything the people list
-- filters and sorts on, in display order (partial, so it must be queried with deleted = 0).
CREATE INDEX person_search ON person(name, phone, id_number, branch_id) WHERE deleted = 0;
