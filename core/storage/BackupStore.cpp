#include "BackupStore.h"
#include "access/Permission.h"

#include "Migrations.h"
#include "PrivateFiles.h"
#include "Query.h"
#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>

#include <sqlite3.h>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::BackupStore)
};

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

const QList<std::pair<BackupInfo::Reason, QString>> &reasons()
{
    static const QList<std::pair<BackupInfo::Reason, QString>> all = {
        {BackupInfo::Reason::Manual, QStringLiteral("manual")},   {BackupInfo::Reason::Daily, QStringLiteral("daily")},
        {BackupInfo::Reason::Import, QStringLiteral("import")},   {BackupInfo::Reason::Upgrade, QStringLiteral("upgrade")},
        {BackupInfo::Reason::Restore, QStringLiteral("restore")},
    };
    return all;
}

bool rotates(BackupInfo::Reason r)
{
    // Never the copy made before a restore: it holds the log the restore replaced.
    return r == BackupInfo::Reason::Daily || r == BackupInfo::Reason::Import;
}

QRegularExpression namePattern(const QString &base)
{
    return QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(base) +
                              QStringLiteral("-(\\d{8}-\\d{6})-([a-z]+)(?:-([0-9a-f]{%1}))?(?:-\\d+)?\\.djdb$")
                                  .arg(BackupInfo::HeadDigits));
}

// One line of `PRAGMA integrity_check` or `foreign_key_check` that is not "ok".
QString firstProblem(const Database &copy)
{
    Query integrity(copy, QStringLiteral("PRAGMA integrity_check(5)"));
    integrity.exec();
    if (integrity.next() && integrity.text(0) != QLatin1String("ok"))
        return integrity.text(0);
    Query fk(copy, QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    if (fk.next())
        return Tr::tr("a broken reference in table %1").arg(fk.text(0));
    return {};
}

// name -> "type|tbl_name|sql" of the schema objects of `db` (SQLite's statistics aside: the
// query planner may write them).
QMap<QString, QString> schemaOf(sqlite3 *db)
{
    QMap<QString, QString> out;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema WHERE name NOT LIKE "
                               "'sqlite\\_stat%' ESCAPE '\\'", -1, &s, nullptr) != SQLITE_OK)
        return out;
    const auto text = [&](int c) { return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c))); };
    while (sqlite3_step(s) == SQLITE_ROW)
        out.insert(text(1), text(0) + QLatin1Char('|') + text(2) + QLatin1Char('|') + text(3));
    sqlite3_finalize(s);
    return out;
}

// What differs between the backup at `path` and the layout its data format (user_version)
// has — every table, index and trigger exactly as the migrations up to that format make
// them — or an empty string. A restored file is reopened and upgraded from its user_version:
// a false one, a dropped table or a planted trigger would run or break there.
QString schemaProblem(const QString &path)
{
    sqlite3 *backup = nullptr, *expected = nullptr;
    const auto close = qScopeGuard([&] {
        sqlite3_close_v2(backup);
        sqlite3_close_v2(expected);
    });
    if (sqlite3_open_v2(path.toUtf8().constData(), &backup, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(backup));
    int version = -1;
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(backup, "PRAGMA user_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            version = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    if (version < 1 || version > Migrations::latestVersion())
        return Tr::tr("its data format %1 is not one this program knows.").arg(version);
    sqlite3_open_v2(":memory:", &expected, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    for (const Migration &m : Migrations::all())
        if (m.version <= version && sqlite3_exec(expected, m.sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(expected));
    const QMap<QString, QString> have = schemaOf(backup), want = schemaOf(expected);
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        if (!have.contains(it.key()))
            return Tr::tr("it lacks the %1 \"%2\" of data format %3.").arg(it.value().section(QLatin1Char('|'), 0, 0), it.key()).arg(version);
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        const QString type = it.value().section(QLatin1Char('|'), 0, 0);
        if (!want.contains(it.key()))
            return Tr::tr("it holds a %1 \"%2\" that data format %3 does not have.").arg(type, it.key()).arg(version);
        if (want.value(it.key()) != it.value())
            return Tr::tr("its %1 \"%2\" differs from data format %3.").arg(type, it.key()).arg(version);
    }
    return {};
}

} // namespace

BackupStore::BackupStore(const Database &db) : m_db(db)
{
    const QFileInfo fi(db.path());
    m_folder = fi.absoluteDir().filePath(QStringLiteral("backups"));
    m_base = fi.completeBaseName();
}

QString BackupStore::reasonCode(BackupInfo::Reason reason)
{
    for (const auto &[r, code] : reasons())
        if (r == reason)
            return code;
    return {};
}

BackupInfo BackupStore::make(BackupInfo::Reason reason, const Database::Progress &progress,
                             const QString &otherFolder) const
{
    const QString folder = otherFolder.isEmpty() ? m_folder : otherFolder;
    // The automatic copies are part of keeping the file safe, whoever works on it; a copy
    // asked for takes all the data away, unmasked.
    if (reason == BackupInfo::Reason::Manual)
        require(m_db, Permission::CopyAllData);
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Storage, Tr::tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    PrivateFiles::makePrivate(folder);
    const QDateTime when = Clock::now().toLocalTime();
    // The head now is the head of the copy: nothing writes between here and the copy.
    const QString head = QString::fromLatin1(AuditEvent::head(m_db).toHex().left(BackupInfo::HeadDigits));
    QString stem = m_base + QLatin1Char('-') + when.toString(StampFormat) + QLatin1Char('-') + reasonCode(reason);
    if (!head.isEmpty())
        stem += QLatin1Char('-') + head;
    QDir dir(folder);
    QString path = dir.filePath(stem + QStringLiteral(".djdb"));
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(stem + QStringLiteral("-%1.djdb").arg(i));

    m_db.backupTo(path, progress);
    try {
        verify(path, m_db.officeId());
    } catch (const Error &e) {
        Database::removeFiles(path);
        throw Error(Error::Kind::Storage, Tr::tr("The backup copy %1 did not verify and was removed: %2")
                                              .arg(QDir::toNativeSeparators(path), e.message()));
    }
    if (otherFolder.isEmpty() && rotates(reason))
        rotate();
    return BackupInfo{path, when, reason, QFileInfo(path).size(), head};
}

std::optional<BackupInfo> BackupStore::makeDailyIfDue(const Database::Progress &progress) const
{
    const QDate today = Clock::now().toLocalTime().date();
    for (const BackupInfo &b : list())
        if (b.when.date() == today)
            return std::nullopt;
    return make(BackupInfo::Reason::Daily, progress);
}

QList<BackupInfo> BackupStore::list() const
{
    const QRegularExpression pattern = namePattern(m_base);
    QList<BackupInfo> out;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.djdb")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &fi : files) {
        const QRegularExpressionMatch m = pattern.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        for (const auto &[r, code] : reasons())
            if (code == m.captured(2))
                out.append(BackupInfo{fi.absoluteFilePath(), QDateTime::fromString(m.captured(1), StampFormat), r, fi.size(),
                                      m.captured(3)});
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.when > b.when; });
    return out;
}

int BackupStore::keep() const
{
    bool ok = false;
    const int n = m_db.meta(QStringLiteral("backup_keep")).toInt(&ok);
    return ok && n >= 1 && n <= MaxKeep ? n : DefaultKeep;
}

void BackupStore::setKeep(Database &db, int keep)
{
    require(db, Permission::ChangeSettings);
    if (keep < 1 || keep > MaxKeep)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The number of backups to keep must be between 1 and %1, not %2.").arg(MaxKeep).arg(keep));
    db.setMeta(QStringLiteral("backup_keep"), QString::number(keep));
}

void BackupStore::rotate() const
{
    int kept = 0;
    const int limit = keep();
    for (const BackupInfo &b : list()) {
        if (!rotates(b.reason))
            continue;
        if (++kept > limit)
            Database::removeFiles(b.path);
    }
}

void BackupStore::verify(const QString &path, const QString &officeId)
{
    // A copy of a file with accounts asks for a sign-in like the file; checking it needs none.
    std::unique_ptr<Database> copy = Database::openCopyToVerify(path);
    const QString problem = firstProblem(*copy);
    if (!problem.isEmpty())
        throw Error(Error::Kind::Corrupt, Tr::tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), problem));
    if (!officeId.isEmpty() && copy->officeId() != officeId)
        throw Error(Error::Kind::Invalid, Tr::tr("%1 is a data file of %2, not of this office.")
                                              .arg(QDir::toNativeSeparators(path), copy->officeName()));
}

BackupInfo BackupStore::restore(Database &db, const QString &path, const Database::Progress &progress)
{
    require(db, Permission::RestoreBackup);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        throw Error(Error::Kind::Invalid, Tr::tr("Choose a backup copy, not the data file itself."));
    verify(path, db.officeId());
    if (const QString problem = schemaProblem(path); !problem.isEmpty())
        throw Error(Error::Kind::Corrupt, Tr::tr("%1 cannot be restored, the data file is unchanged: %2")
                                              .arg(QDir::toNativeSeparators(path), problem));
    const BackupInfo before = BackupStore(db).make(BackupInfo::Reason::Restore);

    sqlite3 *src = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    QString failure;
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(db.handle(), "main", src, "main");
        if (!b) {
            failure = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        } else {
            // All pages in one step: the destination is written inside one transaction.
            rc = sqlite3_backup_step(b, -1);
            if (progress)
                progress(1, 1);
            if (rc != SQLITE_DONE)
                failure = QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_backup_finish(b);
        }
    } else {
        failure = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close_v2(src);
    if (!failure.isEmpty())
        throw Error(Error::Kind::Storage, Tr::tr("Restoring from %1 failed, the data file is unchanged: %2")
                                              .arg(QDir::toNativeSeparators(path), failure));
    return before;
}

} // namespace dj
