#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace dj {

// The payload of a package: a SQLite file with the business tables exactly as in a data file
// (same CREATE statements, so the same checks), plus row_history, and nothing else — no
// triggers, no views, no local tables. Its application_id differs from a data file's, so a
// payload can never be opened as one.
class PayloadSchema
{
public:
    static constexpr int ApplicationId = 0x444A504B; // "DJPK"

    // business tables + row_history, in the order rows are applied
    static const QStringList &tables();
    // Writes the payload schema into an empty database.
    static void create(sqlite3 *db);

    // Opens the payload at `path` through its own read-only connection with SQLite's defensive
    // settings and checks, before anything is read from its rows: application_id, data format
    // (a newer one is refused naming the version needed), integrity (PRAGMA integrity_check:
    // indexes match their tables too), exactly the known tables with exactly our layout and no
    // other SQLite object (sqlite_stat1, sqlite_sequence), no trigger or view, no UUID used
    // twice, evidence-file rows sound (AttachmentRows), every field of every row as local edits
    // check it (PayloadFields). Throws dj::Error.
    static void validate(const QString &path);

private:
    static void checkContents(sqlite3 *db);
};

} // namespace dj
