-- Schema version 9: what a trusted office speaks for, and which row versions were exchanged
-- with which office (issue 18).
--
-- speaks_for_org: NULL for an office that speaks for the whole department (the 机关党委 or
-- 党组 office); otherwise the organisation at the top of the subtree it speaks for (a 党总支 or
-- 党支部 office). An import applies only rows inside it.
-- Offices trusted before: where every package imported from one came with the scope
-- org:CODE of one organisation this file has, it speaks for that subtree (it only ever sent
-- its own part); otherwise it keeps the whole department, as it had before, and 单位与密钥
-- shows it so an administrator can narrow it.
ALTER TABLE peer_office ADD COLUMN speaks_for_org TEXT;
UPDATE peer_office SET speaks_for_org = (
    SELECT o.id FROM organization o WHERE o.deleted = 0 AND o.code =
        (SELECT substr(min(l.scope), 5) FROM import_log l WHERE l.sender_office = peer_office.office_id))
WHERE (SELECT count(DISTINCT l.scope) FROM import_log l WHERE l.sender_office = peer_office.office_id) = 1
  AND (SELECT min(l.scope) FROM import_log l WHERE l.sender_office = peer_office.office_id) LIKE 'org:%';

-- The newest version of each row this office sent to another office ('*': a package for any
-- office) or received from it: an office may claim that its version follows ours only for a
-- version it has had. A claim on a version that came here from a third office (relayed) is
-- not believed either, but only makes the two versions a conflict for a person to settle; a
-- claim on a version made here and never sent to the claimant refuses the package. One line
-- per office and row, replaced as versions go by.
CREATE TABLE exchange_row_peer (
    office_id  TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    received   INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),  -- 1: it came from that office
    PRIMARY KEY (office_id, row_id)
) WITHOUT ROWID;

-- In a file that had exchanged packages before, versions from before the record began are
-- accepted from offices it had exchanged with by then (no record exists to check them
-- against). A new file has no such time: every claim is checked.
INSERT OR REPLACE INTO local_meta (key, value)
    SELECT 'exchange_rows_recorded_since', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE EXISTS (SELECT 1 FROM import_log) OR EXISTS (SELECT 1 FROM exchange_sent);
