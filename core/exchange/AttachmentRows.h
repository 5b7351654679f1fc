#pragma once

struct sqlite3;

namespace dj {

// The evidence-file rows of a payload, checked before any row is applied: each id a row UUID,
// each name already clean (EvidenceName), size within AttachmentStore::MaxBytes and equal to
// the bytes carried, and the row's SHA-256 that of those bytes. Tombstoned rows too: an undo
// may bring them back. Throws dj::Error naming the table, the row and the field.
class AttachmentRows
{
public:
    static void check(sqlite3 *payload);
};

} // namespace dj
