-- The office's secret keys at rest (issue 18, item 3). While the file has accounts the keys
-- are kept only in the vault (local_meta 'office_key_vault': crypto_secretbox of the keys under
-- a random vault key) and the vault key only wrapped here, once per account allowed to export:
-- crypto_secretbox under a key that Argon2id (crypto_pwhash) derives from the account's
-- password with the row's own salt. A row here means "wrapped keys exist": the file had accounts.
CREATE TABLE office_key_wrap (
    account_name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    salt         BLOB NOT NULL,    -- crypto_pwhash_SALTBYTES
    ops_limit    INTEGER NOT NULL,
    mem_limit    INTEGER NOT NULL,
    nonce        BLOB NOT NULL,    -- crypto_secretbox_NONCEBYTES
    wrapped      BLOB NOT NULL,    -- secretbox of the 32-byte vault key
    created_at   TEXT NOT NULL
);

-- Key changes of this office (`office new-key`): each notice names the new public keys and is
-- signed by the key it replaces. Every package carries the chain, so a peer that trusts any
-- earlier key can follow it to the current one.
CREATE TABLE office_key_change (
    seq            INTEGER PRIMARY KEY,
    old_public     BLOB NOT NULL,  -- Ed25519, 32 bytes
    new_public     BLOB NOT NULL,  -- Ed25519, 32 bytes
    new_box_public BLOB NOT NULL,  -- X25519, 32 bytes
    signature      BLOB NOT NULL,  -- Ed25519 by old_public over OfficeKeyChange::message()
    made_at        TEXT NOT NULL
);
