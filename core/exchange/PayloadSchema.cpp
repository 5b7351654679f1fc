#include "PayloadSchema.h"

#include "AttachmentRows.h"
#include "BusinessTables.h"
#include "PayloadFields.h"
#include "SqlStmt.h"
#include "common/Error.h"
#include "common/SizeText.h"
#include "exchange/PackageHeader.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <sqlite3.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PayloadSchema)
};

[[noreturn]] void refuse(Error::Kind kind, const QString &why)
{
    throw Error(kind, Tr::tr("The package cannot be imported: %1").arg(why));
}

// name -> "type|tbl_name|sql" of every schema object of a database, SQLite's own included: a
// payload holds only the automatic indexes of its keys, so sqlite_stat1 (which steers the
// query planner), sqlite_sequence or anything else named sqlite_ is as unknown as any table.
QMap<QString, QString> schemaOf(sqlite3 *db)
{
    QMap<QString, QString> out;
    SqlStmt s(db, "SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema");
    while (s.step())
        out.insert(s.text(1), s.text(0) + QLatin1Char('|') + s.text(2) + QLatin1Char('|') + s.text(3));
    return out;
}

const QMap<QString, QString> &expectedSchema()
{
    static const QMap<QString, QString> expected = [] {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        PayloadSchema::create(db);
        auto out = schemaOf(db);
        sqlite3_close_v2(db);
        return out;
    }();
    return expected;
}

struct ReadOnly
{
    sqlite3 *db = nullptr;
    ~ReadOnly() { sqlite3_close_v2(db); }
};
} // namespace

const QStringList &PayloadSchema::tables()
{
    static const QStringList list = businessTables() + QStringList{QStringLiteral("row_history")};
    return list;
}

void PayloadSchema::create(sqlite3 *db)
{
    SqlStmt::run(db, "PRAGMA foreign_keys = OFF; BEGIN");
    for (const Migration &m : Migrations::all())
        SqlStmt::run(db, m.sql);
    QStringList drop;
    {
        SqlStmt s(db, "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view', 'table') "
                      "AND name NOT LIKE 'sqlite_%'");
        while (s.step())
            if (s.text(0) != QLatin1String("table") || !tables().contains(s.text(1)))
                drop << QStringLiteral("DROP %1 IF EXISTS %2").arg(s.text(0).toUpper(), QString::fromUtf8(quoteIdent(s.text(1))));
    }
    for (const QString &stmt : drop)
        SqlStmt::run(db, stmt.toUtf8());
    SqlStmt::run(db, "PRAGMA application_id = " + QByteArray::number(ApplicationId) + "; PRAGMA user_version = " +
                         QByteArray::number(Migrations::latestVersion()) + "; COMMIT");
}

void PayloadSchema::validate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16))
        refuse(Error::Kind::Corrupt, Tr::tr("its contents are not a database."));
    if (f.size() > package::kMaxPackageBytes) // a payload is never larger than its package
        refuse(Error::Kind::Invalid, Tr::tr("its data is %1; at most %2 are read.").arg(sizeText(f.size()), sizeText(package::kMaxPackageBytes)));
    f.close();

    ReadOnly ro;
    if (sqlite3_open_v2(path.toUtf8().constData(), &ro.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        refuse(Error::Kind::Corrupt, QString::fromUtf8(sqlite3_errmsg(ro.db)));
    // Nothing in the file may run code or be trusted: defensive mode, no triggers or views.
    sqlite3_db_config(ro.db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(ro.db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(ro.db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(ro.db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    try {
        // The full integrity check of a city's payload reads every index against its table: a
        // bigger page cache for this short-lived connection saves a quarter of its time there.
        SqlStmt::run(ro.db, "PRAGMA query_only = 1; PRAGMA cache_size = -131072");
        if (SqlStmt::scalar(ro.db, "PRAGMA application_id") != ApplicationId)
            refuse(Error::Kind::NotOurFile, Tr::tr("its contents are not a Dangjian Desk payload."));
        const int version = int(SqlStmt::scalar(ro.db, "PRAGMA user_version"));
        const int ours = Migrations::latestVersion();
        if (version > ours)
            refuse(Error::Kind::TooNew, Tr::tr("it was made by a newer version of Dangjian Desk (data format %1; this "
                                               "program has %2). Update this program to one with data format %1 or later.")
                                            .arg(version)
                                            .arg(ours));
        if (version < ours)
            refuse(Error::Kind::Invalid, Tr::tr("it was made by an older version of Dangjian Desk (data format %1; this "
                                                "program needs %2). Ask the sender to update and send it again.")
                                             .arg(version)
                                             .arg(ours));
        // The full check: also that every index holds exactly its table's rows (UNIQUE included).
        SqlStmt check(ro.db, "PRAGMA integrity_check(1)");
        if (!check.step() || check.text(0) != QLatin1String("ok"))
            refuse(Error::Kind::Corrupt, Tr::tr("its database is damaged (%1).").arg(check.text(0)));
        checkContents(ro.db);
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Storage)
            throw;
        refuse(Error::Kind::Corrupt, e.message()); // SQLite could not read it: damaged
    }
}

void PayloadSchema::checkContents(sqlite3 *db)
{
    const QMap<QString, QString> actual = schemaOf(db);
    const QMap<QString, QString> &expected = expectedSchema();
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const QString type = it.value().section(QLatin1Char('|'), 0, 0);
        if (type == QLatin1String("trigger"))
            refuse(Error::Kind::Corrupt, Tr::tr("it holds a trigger (%1), which a package never does.").arg(it.key()));
        if (type == QLatin1String("view"))
            refuse(Error::Kind::Corrupt, Tr::tr("it holds a view (%1), which a package never does.").arg(it.key()));
        if (!expected.contains(it.key()))
            refuse(Error::Kind::Corrupt, Tr::tr("it holds an unknown %1 \"%2\".").arg(type, it.key()));
        if (expected.value(it.key()) != it.value())
            refuse(Error::Kind::Corrupt, Tr::tr("its %1 \"%2\" differs from this program's layout.").arg(type, it.key()));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!actual.contains(it.key()))
            refuse(Error::Kind::Corrupt, Tr::tr("it lacks the %1 \"%2\".").arg(it.value().section(QLatin1Char('|'), 0, 0), it.key()));

    // A UUID names one row in one table; the same one twice means a forged or broken payload.
    QByteArray all;
    for (const QString &t : businessTables())
        all += (all.isEmpty() ? "" : " UNION ALL ") + ("SELECT id FROM " + quoteIdent(t));
    SqlStmt dup(db, "SELECT id FROM (" + all + ") GROUP BY id HAVING count(*) > 1 LIMIT 1");
    if (dup.step())
        refuse(Error::Kind::Corrupt, Tr::tr("the row id %1 appears more than once.").arg(dup.text(0)));

    // Evidence files are written to disk and may be opened: their names and bytes are checked too.
    AttachmentRows::check(db);
    // Every field of every row as local edits check it: types, lengths, characters, dates.
    PayloadFields::check(db);
}

} // namespace dj
