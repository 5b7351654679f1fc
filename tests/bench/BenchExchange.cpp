#include "BenchExchange.h"

#include "exchange/BusinessTables.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageImport.h"
#include "exchange/PayloadBuilder.h"
#include "exchange/PeerRepository.h"
#include "exchange/SqlStmt.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <functional>

namespace {
double ms(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

// Each figure against what SQLite itself needs for the same bytes in the same run: VACUUM INTO
// for writing the package, INSERT … SELECT from the attached payload for reading one in.
void benchExchange(const QString &cityFile)
{
    const QString pkg = QStringLiteral("/tmp/dj-bench.djpkg");
    const QString vacuum = QStringLiteral("/tmp/dj-bench-vacuum.sqlite");
    const QString payload = QStringLiteral("/tmp/dj-bench-payload.sqlite");
    const QString empty = QStringLiteral("/tmp/dj-bench-empty.djdb");
    const QString baseline = QStringLiteral("/tmp/dj-bench-baseline.djdb");
    auto city = dj::Database::open(cityFile);
    QFile::remove(vacuum);
    const double vacuumMs = ms([&] {
        dj::SqlStmt(city->handle(), "VACUUM INTO ?1").bind(1, vacuum).exec();
    });
    dj::ExportOutcome out;
    dj::ExportRequest request;
    request.out = pkg;
    const double exportMs = ms([&] { out = dj::PackageExport::run(*city, request); });
    std::printf("export all as a package     %8.0f ms   %lld rows, %.1f MB; ratio %.2f x VACUUM INTO (%.0f ms) "
                "(target <= 1.5)\n",
                exportMs, qlonglong(out.totalRows), QFile(pkg).size() / 1e6, exportMs / vacuumMs, vacuumMs);

    // The baseline: the same rows copied by SQLite alone into an empty data file.
    const double payloadMs = ms([&] { dj::PayloadBuilder(*city).build(payload, dj::ExchangeScope{}); });
    std::printf("  (a payload file alone     %8.0f ms;  the export builds it inside the package, then hashes, signs, "
                "syncs and reads back)\n", payloadMs);
    const dj::OfficeKey cityKey = dj::OfficeIdentity::publicKey(*city);
    city.reset();
    removeDb(baseline);
    auto base = dj::Database::create(baseline, QStringLiteral("基准"));
    const double copyMs = ms([&] {
        dj::SqlStmt(base->handle(), "ATTACH DATABASE ?1 AS p").bind(1, payload).exec();
        dj::SqlStmt::run(base->handle(), "BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON");
        for (const QString &t : dj::businessTables())
            dj::SqlStmt::run(base->handle(), "INSERT INTO main." + t.toUtf8() + " SELECT * FROM p." + t.toUtf8());
        dj::SqlStmt::run(base->handle(), "COMMIT; DETACH DATABASE p");
    });
    base.reset();
    removeDb(baseline);

    removeDb(empty);
    auto target = dj::Database::create(empty, QStringLiteral("接收单位（基准测试）"));
    dj::PeerRepository(*target).trust(cityKey, QString(), QStringLiteral("bench"));
    dj::ImportOutcome first, again;
    const double importMs = ms([&] { first = dj::PackageImport(*target, pkg).run({}); });
    const double reimportMs = ms([&] { again = dj::PackageImport(*target, pkg).run({}); });
    std::printf("import it into an empty file%8.0f ms   %lld new rows; ratio %.2f x INSERT ... SELECT (%.0f ms) "
                "(target <= 2)\n",
                importMs, qlonglong(first.counts.total(dj::ImportCounts::New)), importMs / copyMs, copyMs);
    std::printf("import it again (no-op)     %8.0f ms   %lld unchanged, nothing written: %s; ratio %.2f x INSERT ... "
                "SELECT (target <= 1)\n",
                reimportMs, qlonglong(again.counts.total(dj::ImportCounts::Unchanged)), again.nothingToDo ? "yes" : "no",
                reimportMs / copyMs);
    target.reset();
    removeDb(empty);
    for (const QString &f : {pkg, vacuum, payload})
        QFile::remove(f);
}
