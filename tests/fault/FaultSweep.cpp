#include "FaultSweep.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <sqlite3.h>

namespace faultsweep {

namespace {

// What a user reads must say what happened in words, not only SQLite's error text.
void requireClear(const QString &message)
{
    INFO(message.toStdString());
    REQUIRE_FALSE(message.isEmpty());
    CHECK_FALSE(message.startsWith(QLatin1String("SQL")));
    CHECK_FALSE(message.startsWith(QLatin1String("Database error")));
    const bool explains = message.contains(QLatin1String("not saved")) || message.contains(QLatin1String("nothing was")) ||
                          message.contains(QLatin1String("failed")) || message.contains(QLatin1String("left as it was")) ||
                          message.contains(QLatin1String("did not verify"));
    CHECK(explains);
}

// The message up to its details, with paths (which differ per run) as FILE.
QString firstSentence(const QString &message)
{
    static const QRegularExpression path(QStringLiteral("/\\S+"));
    const int end = message.indexOf(QLatin1Char(':'));
    return QString(end > 0 ? message.left(end) : message.left(80)).replace(path, QStringLiteral("FILE"));
}

// Every point when DJ_FAULT_LONG is set; otherwise, for long operations (thousands of writes
// while the year's lists are generated), the first and last points — where a transaction
// opens, and where it commits and syncs — and an even spread between, so the test command
// stays short while every phase of the operation is still hit.
QList<long> pointsToTry(long total)
{
    constexpr long Edge = 40;
    constexpr long Middle = 80;
    QList<long> points;
    if (qEnvironmentVariableIsSet("DJ_FAULT_LONG") || total <= 2 * Edge + Middle) {
        for (long n = 1; n <= total; ++n)
            points << n;
        return points;
    }
    for (long n = 1; n <= Edge; ++n)
        points << n;
    const long first = Edge + 1, last = total - Edge; // the middle range, inclusive
    for (long i = 0; i < Middle; ++i)
        points << first + (last - first) * i / (Middle - 1);
    for (long n = total - Edge + 1; n <= total; ++n)
        points << n;
    return points;
}

} // namespace

void freshCopy(const QString &from, const QString &to)
{
    dj::Database::removeFiles(to);
    QDir(QFileInfo(to).absoluteDir().filePath(QStringLiteral("backups"))).removeRecursively();
    REQUIRE(QFile::copy(from, to));
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void requireWhole(const QString &path)
{
    auto db = dj::Database::openReadOnly(path);
    REQUIRE(dj::Query(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString() == QStringLiteral("ok"));
    dj::Query fk(*db, QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    REQUIRE_FALSE(fk.next());
}

Stats sweep(const Operation &op, const QList<std::pair<faultvfs::Mode, int>> &faults)
{
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work.djdb"));
    Stats stats;

    // One undisturbed run counts the fault points from where the operation arms them.
    freshCopy(op.pristine, work);
    op.run(work, [] { faultvfs::reset(); });
    stats.points = faultvfs::points();
    op.check(work, true);
    REQUIRE(stats.points > 0);

    for (const auto &[mode, code] : faults) {
        for (const long n : pointsToTry(stats.points)) {
            freshCopy(op.pristine, work);
            bool succeeded = true;
            QString message;
            try {
                op.run(work, [&] {
                    faultvfs::reset();
                    faultvfs::arm(n, mode, code);
                });
            } catch (const dj::Error &e) {
                succeeded = false;
                message = e.message();
            }
            faultvfs::disarm();
            ++stats.runs;
            INFO(op.name.toStdString() << ": fault point " << n << " of " << stats.points << (mode == faultvfs::Mode::Once ? " once" : " from then on")
                                       << ", code " << code << "; " << (succeeded ? "succeeded" : message.toStdString()));
            if (succeeded) {
                ++stats.survived;
            } else {
                ++stats.refused;
                requireClear(message);
                if (!stats.messages.contains(firstSentence(message)))
                    stats.messages << firstSentence(message);
            }
            requireWhole(work);
            op.check(work, succeeded);
        }
    }
    return stats;
}

QList<std::pair<faultvfs::Mode, int>> defaultFaults()
{
    if (qEnvironmentVariableIsSet("DJ_FAULT_LONG"))
        return {{faultvfs::Mode::Once, SQLITE_IOERR_WRITE},
                {faultvfs::Mode::FromThenOn, SQLITE_IOERR_WRITE},
                {faultvfs::Mode::Once, SQLITE_FULL},
                {faultvfs::Mode::FromThenOn, SQLITE_FULL}};
    return {{faultvfs::Mode::Once, SQLITE_IOERR_WRITE}, {faultvfs::Mode::FromThenOn, SQLITE_FULL}};
}

} // namespace faultsweep
