#pragma once

#include "common/Clock.h"
#include "exchange/BusinessDigest.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageImport.h"
#include "exchange/PeerRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

// Several offices (data files) in one temporary folder under one clock that the test moves,
// so two edits never share a time stamp unless a test wants them to.
struct Offices
{
    QTemporaryDir dir;
    dj::FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC)};
    dj::ScopedClock scoped{clock};
    int packages = 0;

    QString path(const QString &name) const { return dir.filePath(name); }
    std::unique_ptr<dj::Database> make(const QString &office)
    {
        return dj::Database::create(path(office + QStringLiteral(".djdb")), office);
    }
    // `receiver` trusts `sender`'s key, as after comparing fingerprints, for what it speaks
    // for: "department" (the whole department) or an organisation code of receiver's file.
    static void trust(dj::Database &receiver, dj::Database &sender, const QString &speaksFor = QStringLiteral("department"))
    {
        dj::PeerRepository peers(receiver);
        peers.trust(dj::OfficeIdentity::publicKey(sender), peers.parseScope(speaksFor), QStringLiteral("test"));
    }
    QString send(dj::Database &from, const QString &scope = QStringLiteral("all"), bool sinceLast = false,
                 dj::Database *to = nullptr)
    {
        tick();
        dj::ExportRequest r;
        r.scope = dj::ExchangeScope::parse(scope);
        r.sinceLast = sinceLast;
        if (to)
            r.recipient = dj::OfficeIdentity::publicKey(*to);
        r.out = path(QStringLiteral("p%1.djpkg").arg(++packages));
        dj::PackageExport::run(from, r);
        return r.out;
    }
    dj::ImportOutcome receive(dj::Database &to, const QString &package, bool dryRun = false)
    {
        tick();
        dj::PackageImport import(to, package);
        dj::PackageImportOptions o;
        o.dryRun = dryRun;
        return import.run(o);
    }
    void tick() { clock.advanceSecs(1); }
    static QString digest(dj::Database &db) { return dj::BusinessDigest::compute(db); }
};
