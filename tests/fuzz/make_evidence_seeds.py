#!/usr/bin/env python3
"""Payload seeds with evidence files (issue 18): a payload of corpus/payload with one sound
attachment row added, and the same with a hostile name, so that the fuzzer starts from rows
that reach AttachmentRows::check. Run from the repository root:
    python3 tests/fuzz/make_evidence_seeds.py PAYLOAD OUT_DIR [DATA_FORMAT]
DATA_FORMAT, when given, becomes the seeds' user_version (the stored office-all.sqlite is of
data format 6; the seeds are at the current data format, 8)."""
import hashlib, os, shutil, sqlite3, sys

src, out = sys.argv[1], sys.argv[2]
data_format = int(sys.argv[3]) if len(sys.argv) > 3 else None
os.makedirs(out, exist_ok=True)
for seed, name in (("office-evidence.sqlite", "支部会议记录.pdf"),
                   ("office-evidence-hostile.sqlite", "..\\..\\Startup\\a\u202etxt.exe")):
    path = os.path.join(out, seed)
    shutil.copyfile(src, path)
    db = sqlite3.connect(path)
    data = b"%PDF-1.4\n%evidence\n"
    owner = db.execute("SELECT id FROM organization LIMIT 1").fetchone()[0]
    db.execute("INSERT INTO attachment (id, owner_office, updated_at, owner_table, owner_id, name, mime, size, "
               "sha256, data) VALUES ('3f1c2a9e-5b7d-4e2f-9a61-0c8d7e5b4a31', 'f', '2026-11-24T02:00:00.000Z', "
               "'organization', ?, ?, 'application/pdf', ?, ?, ?)",
               (owner, name, len(data), hashlib.sha256(data).hexdigest(), data))
    db.commit()
    if data_format is not None:
        db.execute(f"PRAGMA user_version = {data_format}")
    db.execute("VACUUM")
    db.close()
