// Exporting a package: progress from 0 to 100, and a cancel at any point leaves no package,
// no partial file, and an earlier package at the destination as it was.
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "PackageBytes.h"
#include "common/Error.h"
#include "exchange/PackageReader.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace dj;

namespace {
QStringList packageFiles(const Offices &x)
{
    return QDir(x.dir.path()).entryList({QStringLiteral("*.djpkg*"), QStringLiteral(".djpkg*")},
                                        QDir::Files | QDir::Hidden);
}
} // namespace

TEST_CASE("an export reports progress to 100 and a cancel at any step leaves nothing behind", "[exchange][export]")
{
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    smallTree(*a);
    const QString dest = x.path(QStringLiteral("out.djpkg"));
    for (const bool encrypted : {false, true}) {
        CAPTURE(encrypted);
        ExportRequest r;
        r.out = dest;
        if (encrypted)
            r.passphrase = "口令 passphrase";
        QList<int> seen;
        PackageExport::run(*a, r, [&](int percent) {
            seen << percent;
            return true;
        });
        REQUIRE(seen.size() > 4);
        CHECK(seen.last() == 100);
        CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
        const PackageHeader written = PackageReader(dest).header();
        CHECK(written.encryption == (encrypted ? PackageHeader::Encryption::Passphrase : PackageHeader::Encryption::None));
        const QByteArray before = readAll(dest);

        // Every step of a plain export; a few of an encrypted one (each costs an Argon2id).
        QList<int> stops;
        for (int stopAt = 1; stopAt < seen.size(); ++stopAt)
            if (!encrypted || stopAt == 1 || stopAt == seen.size() / 2 || stopAt == seen.size() - 1)
                stops << stopAt;
        for (const int stopAt : std::as_const(stops)) {
            CAPTURE(stopAt);
            int calls = 0;
            try {
                PackageExport::run(*a, r, [&](int) { return ++calls < stopAt; });
                FAIL("the export was not cancelled");
            } catch (const Error &e) {
                CHECK(e.kind() == Error::Kind::Invalid);
                CHECK(e.message().contains(QStringLiteral("cancelled")));
            }
            CHECK(readAll(dest) == before);
            CHECK(packageFiles(x) == QStringList{QStringLiteral("out.djpkg")});
        }
    }
}
