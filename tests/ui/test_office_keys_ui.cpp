// The office key in 单位与密钥 (issue 18, item 3): the dialog says plainly where the secret key
// rests, makes a new key, and the other office's import wizard shows the signed key change.
#include "AddOrg.h"
#include "AdminAndReader.h"
#include "ExchangeFixture.h"
#include "Screenshot.h"
#include "TempDb.h"
#include "Widgets.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "exchange/ImportPackageDialog.h"
#include "exchange/OfficesDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QWizard>
#include <catch2/catch.hpp>

namespace {

void clickYes(QWidget *w)
{
    auto *box = qobject_cast<QMessageBox *>(w);
    REQUIRE(box);
    box->button(QMessageBox::Yes)->click();
}

} // namespace

TEST_CASE("the offices dialog says who can sign, makes a new key, and the peer's import shows the change",
          "[exchange][ui][keys]")
{
    chineseForScreenshots();
    Offices x;
    auto a = x.make(QStringLiteral("甲"));
    auto b = x.make(QStringLiteral("乙"));
    smallTree(*a);
    Offices::trust(*b, *a);
    Session sa(std::move(a));
    const QString old = dj::OfficeIdentity::publicKey(sa.db()).fingerprint();

    OfficesDialog d(sa);
    d.show();
    auto *notice = child<QLabel>(&d, "officesKeyNotice");
    CHECK(notice->text() == OfficesDialog::plainKeyNotice()); // no accounts: anyone with the file signs
    CHECK(notice->isVisible());

    bool asked = false;
    onNextModal([&](QWidget *w) {
        asked = true;
        clickYes(w);
    });
    QTest::mouseClick(child<QPushButton>(&d, "officesNewKey"), Qt::LeftButton);
    CHECK(asked);
    const QString fresh = dj::OfficeIdentity::publicKey(sa.db()).fingerprint();
    CHECK(fresh != old);
    CHECK(child<QLabel>(&d, "officesFingerprint")->text() == fresh);
    CHECK(child<QLabel>(&d, "officesMessage")->text().contains(old));
    CHECK(child<QLabel>(&d, "officesMessage")->text().contains(fresh));
    d.resize(900, 600);
    screenshot(d, QStringLiteral("offices-new-key"));

    // 乙 trusts the old key: the wizard shows both fingerprints and lets the import go on.
    const QString package = x.send(sa.db());
    Session sb(std::move(b));
    ImportPackageDialog w(sb);
    w.show();
    w.setPackagePath(package);
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::CheckPage);
    auto *warning = child<QLabel>(&w, "importSenderWarning");
    CHECK(warning->isVisibleTo(&w));
    CHECK(warning->text().contains(old));
    CHECK(warning->text().contains(fresh));
    CHECK(w.button(QWizard::NextButton)->isEnabled());
    screenshot(w, QStringLiteral("import-key-change"));
}

TEST_CASE("with accounts the dialog says the key is locked; a read-only account makes no new key",
          "[exchange][ui][keys][access]")
{
    chineseForScreenshots();
    TempDb t;
    const QString pw = QStringLiteral("Dangjian-2026");
    addAdminAndReader(*t, pw);
    t.db.reset();
    const auto signOut = qScopeGuard([&] { dj::Authenticator::signOut(t.path()); });
    MainWindow main;
    onNextModal([&](QWidget *dlg) {
        REQUIRE(dlg->objectName() == QStringLiteral("signInDialog"));
        QTest::keyClicks(child<QLineEdit>(dlg, "signInName"), QStringLiteral("chakan"));
        QTest::keyClicks(child<QLineEdit>(dlg, "signInPassword"), pw);
        QTest::mouseClick(child<QPushButton>(dlg, "signInOk"), Qt::LeftButton);
    });
    REQUIRE(main.openFile(t.path()));
    REQUIRE(main.session()->db().user().user == QStringLiteral("chakan"));
    const QString old = dj::OfficeIdentity::publicKey(main.session()->db()).fingerprint();

    OfficesDialog d(*main.session());
    d.show();
    CHECK(child<QLabel>(&d, "officesKeyNotice")->text() == OfficesDialog::lockedKeyNotice());
    QString refused;
    onNextModal([&](QWidget *w) {
        onNextModal([&](QWidget *error) {
            refused = qobject_cast<QMessageBox *>(error)->text();
            qobject_cast<QMessageBox *>(error)->accept();
        });
        clickYes(w);
    });
    QTest::mouseClick(child<QPushButton>(&d, "officesNewKey"), Qt::LeftButton);
    CHECK_FALSE(refused.isEmpty());
    CHECK(dj::OfficeIdentity::publicKey(main.session()->db()).fingerprint() == old);
}
