// Issue 18, items 2 and 8 in the windows: the import preview lists the rows a branch office
// may not change and imports only when the user ticks to leave them out; the trust dialog shows
// a replaced key beside the old one; 单位与密钥 shows and changes what an office speaks for.
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "FullMember.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "app/Session.h"
#include "exchange/ImportPackageDialog.h"
#include "exchange/ImportPreviewPage.h"
#include "exchange/OfficesDialog.h"
#include "exchange/TrustKeyDialog.h"
#include "org/PersonRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

TEST_CASE("the import preview lists refused rows and imports the rest only when asked", "[exchange][ui][scope]")
{
    chineseForScreenshots();
    Offices x;
    auto dept = x.make(QStringLiteral("机关党委"));
    auto branch = x.make(QStringLiteral("第一支部"));
    const QStringList orgs = smallTree(*dept);
    const QString mine = addFullMember(*dept, QStringLiteral("张一"), orgs[2]);
    const QString other = addFullMember(*dept, QStringLiteral("李二"), orgs[3]);
    Offices::trust(*branch, *dept);
    Offices::trust(*dept, *branch, QStringLiteral("A11"));
    x.receive(*branch, x.send(*dept));
    x.tick();
    renameMember(*branch, mine, QStringLiteral("张一改"));
    x.tick();
    renameMember(*branch, other, QStringLiteral("李二被改"));
    const QString package = x.send(*branch);
    Session s(std::move(dept));
    const QString before = Offices::digest(s.db());

    ImportPackageDialog w(s);
    w.show();
    w.setPackagePath(package);
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::CheckPage);
    x.tick();
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::PreviewPage);
    auto *refused = child<QListWidget>(&w, "importRefused");
    CHECK(refused->isVisibleTo(&w));
    REQUIRE(refused->count() == 1);
    CHECK(refused->item(0)->text().contains(other));
    auto *skip = child<QCheckBox>(&w, "importSkipRefused");
    CHECK(skip->isVisibleTo(&w));
    CHECK_FALSE(w.button(QWizard::CommitButton)->isEnabled());
    w.resize(1020, 660);
    screenshot(w, QStringLiteral("exchange-import-refused"));
    w.next(); // refused when called directly as well
    CHECK(w.currentId() == ImportPackageDialog::PreviewPage);
    CHECK(Offices::digest(s.db()) == before);

    skip->click();
    CHECK(w.button(QWizard::CommitButton)->isEnabled());
    x.tick();
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::ResultPage);
    CHECK(dj::PersonRepository(s.db()).get(mine).name == QStringLiteral("张一改"));
    CHECK(dj::PersonRepository(s.db()).get(other).name == QStringLiteral("李二"));
    CHECK(w.result()->refusedTotal == 1);
}

TEST_CASE("a replaced key is shown beside the old one; 单位与密钥 changes what an office speaks for",
          "[exchange][ui][trust]")
{
    chineseForScreenshots();
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    const QStringList orgs = smallTree(*a);
    auto lookalike = dj::Database::create(x.path(QStringLiteral("乙2.djdb")), QStringLiteral("乙"));
    Offices::trust(*a, *b, QStringLiteral("A11"));
    Session s(std::move(a));
    OfficesDialog d(s);
    d.show();
    auto *peers = child<QTableWidget>(&d, "officesPeers");
    REQUIRE(peers->rowCount() == 1);
    CHECK(peers->item(0, 2)->text().contains(QStringLiteral("A11")));
    REQUIRE(d.setSpeaksFor(b->officeId(), orgs[1]));
    CHECK(peers->item(0, 2)->text().contains(QStringLiteral("A1 ")));
    CHECK(dj::PeerRepository(s.db()).find(b->officeId())->speaksForOrgId == orgs[1]);

    // 乙's office id with another key: old and new fingerprints side by side.
    dj::OfficeKey changed = dj::OfficeIdentity::publicKey(*b);
    changed.publicKey = dj::OfficeIdentity::publicKey(*lookalike).publicKey;
    const QString file = x.path(QStringLiteral("changed.djkey"));
    dj::OfficeIdentity::writeKeyFile(changed, file);
    QString oldShown, newShown;
    bool warned = false;
    onNextModal([&](QWidget *w) {
        oldShown = child<QLabel>(w, "trustOldFingerprint")->text();
        newShown = child<QLabel>(w, "trustFingerprint")->text();
        warned = child<QLabel>(w, "trustKeyChanged")->isVisible();
        screenshot(*w, QStringLiteral("exchange-trust-key-changed"));
        qobject_cast<QDialog *>(w)->reject();
    });
    CHECK_FALSE(d.trustKeyFile(file));
    CHECK(oldShown == dj::OfficeIdentity::publicKey(*b).fingerprint());
    CHECK(newShown == changed.fingerprint());
    CHECK(warned);
    CHECK(dj::PeerRepository(s.db()).find(b->officeId())->key.publicKey == dj::OfficeIdentity::publicKey(*b).publicKey);

    // Another office called 乙: warned about.
    const QString twin = x.path(QStringLiteral("twin.djkey"));
    dj::OfficeIdentity::writeKeyFile(dj::OfficeIdentity::publicKey(*lookalike), twin);
    bool clash = false;
    onNextModal([&](QWidget *w) {
        clash = child<QLabel>(w, "trustNameClash")->text().contains(dj::OfficeIdentity::publicKey(*b).fingerprint());
        qobject_cast<QDialog *>(w)->reject();
    });
    CHECK_FALSE(d.trustKeyFile(twin));
    CHECK(clash);
}
