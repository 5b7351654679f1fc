-- Schema version 5: the offices this one trusts for exchange (issue 6). Local state: it is
-- never sent in a package, so it has no owner, version or tombstone.

CREATE TABLE peer_office (
    office_id     TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    public_key    TEXT NOT NULL CHECK (length(public_key) = 64),  -- Ed25519, hex
    trusted_at    TEXT NOT NULL,
    trusted_by    TEXT NOT NULL DEFAULT '',
    revoked_at    TEXT                                            -- set when trust is withdrawn
) WITHOUT ROWID;
