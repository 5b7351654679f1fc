// The first start: what the program opens from its command line and recent files, and the
// welcome dialog that creates a department's file and shows the office key's fingerprint.
#include "Screenshot.h"
#include "Widgets.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "app/StartupFile.h"
#include "app/WelcomeDialog.h"
#include "assess/SchemeRepository.h"
#include "duty/TemplateRepository.h"
#include "exchange/OfficeIdentity.h"
#include "org/OrganizationRepository.h"
#include "setup/NewDepartment.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
void fill(WelcomeDialog &d, const QString &department, const QString &path)
{
    child<QPushButton>(&d, "newButton")->click();
    child<QLineEdit>(&d, "departmentEdit")->setText(department);
    auto *file = child<QLineEdit>(&d, "fileEdit");
    file->setText(QDir::toNativeSeparators(path));
    emit file->textEdited(file->text());
}
} // namespace

TEST_CASE("the program opens the named file, the last one used, or nothing (welcome)", "[ui][firststart]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.djdb"));
    const QString gone = dir.filePath(QStringLiteral("gone.djdb"));
    QFile(a).open(QIODevice::WriteOnly);

    startup::Plan p = startup::plan({}, false, {});
    CHECK(p.file.isEmpty()); // nothing to open: the welcome dialog
    CHECK(p.package.isEmpty());
    p = startup::plan({}, false, {gone, a});
    CHECK(p.file == a); // the first recent file that still exists
    p = startup::plan({QStringLiteral("/x/other.djdb")}, false, {a});
    CHECK(p.file == QStringLiteral("/x/other.djdb"));
    p = startup::plan({QStringLiteral("/x/from-branch.DJPKG")}, false, {a});
    CHECK(p.file == a);
    CHECK(p.package == QStringLiteral("/x/from-branch.DJPKG"));
    p = startup::plan({QStringLiteral("/x/from-branch.djpkg")}, false, {gone});
    CHECK(p.file.isEmpty()); // welcome first, then the import
    CHECK(p.package == QStringLiteral("/x/from-branch.djpkg"));
    p = startup::plan({a}, true, {});
    CHECK(p.demo);
    CHECK(p.file == startup::demoDataFile());
}

TEST_CASE("the welcome dialog creates a department file and shows its key", "[ui][firststart]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("市商务局.djdb"));
    chineseForScreenshots();
    WelcomeDialog d;
    d.show();
    screenshot(d, QStringLiteral("welcome"));
    if (!qEnvironmentVariableIsEmpty("DJ_SCREENSHOT_DIR")) {
        WelcomeDialog shot;
        shot.show();
        fill(shot, QStringLiteral("市商务局"), path);
        screenshot(shot, QStringLiteral("welcome-new"));
    }
    auto *error = child<QLabel>(&d, "errorLabel");

    // Bad input is said plainly and creates nothing.
    fill(d, QString(), path);
    child<QPushButton>(&d, "createButton")->click();
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(QFile::exists(path));
    child<QLineEdit>(&d, "departmentEdit")->setText(QStringLiteral("市商务局"));
    child<QLineEdit>(&d, "codeEdit")->clear();
    child<QPushButton>(&d, "createButton")->click();
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(QFile::exists(path));

    child<QLineEdit>(&d, "codeEdit")->setText(QStringLiteral("SW"));
    child<QCheckBox>(&d, "templatesCheck")->setChecked(false);
    child<QPushButton>(&d, "createButton")->click();
    CHECK(error->text().isEmpty());
    REQUIRE(d.choice() == WelcomeDialog::Choice::Created);
    CHECK(d.path() == path);
    REQUIRE(QFile::exists(path));

    auto db = dj::Database::open(path);
    CHECK(db->officeName() == QStringLiteral("市商务局机关党委"));
    CHECK(child<QLabel>(&d, "fingerprintLabel")->text() == dj::OfficeIdentity::publicKey(*db).fingerprint());
    CHECK(child<QLabel>(&d, "doneText")->text().contains(QStringLiteral("市商务局机关党委")));
    screenshot(d, QStringLiteral("welcome-done"));
    dj::OrganizationRepository orgs(*db);
    const dj::Organization committee = orgs.get(dj::NewDepartment::officeOrgId(*db));
    CHECK(committee.type == dj::OrgType::OrganCommittee);
    CHECK(committee.name == QStringLiteral("中共市商务局机关委员会"));
    CHECK(committee.code == QStringLiteral("SW-JG"));
    CHECK(orgs.get(committee.parentId).name == QStringLiteral("中共市商务局党组"));
    CHECK(dj::SchemeRepository(*db).all().size() == 1);
    CHECK(dj::TemplateRepository(*db).all().isEmpty()); // unticked

    // The same file again is refused, naming it.
    db.reset();
    WelcomeDialog again;
    fill(again, QStringLiteral("市商务局"), path);
    child<QPushButton>(&again, "createButton")->click();
    CHECK(child<QLabel>(&again, "errorLabel")->text().contains(QDir::toNativeSeparators(path).section(QLatin1Char('/'), -1)));
    CHECK(again.choice() == WelcomeDialog::Choice::None);
}

TEST_CASE("at first start the main window goes through the welcome dialog to a new file", "[ui][firststart]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dept.djdb"));
    MainWindow w;
    w.show();
    onNextModal([&](QWidget *modal) {
        auto *d = qobject_cast<WelcomeDialog *>(modal);
        REQUIRE(d);
        fill(*d, QStringLiteral("市统计局"), path);
        child<QComboBox>(d, "speaksForCombo")->setCurrentIndex(1); // 党组
        child<QPushButton>(d, "createButton")->click();
        INFO(child<QLabel>(d, "errorLabel")->text().toStdString());
        CHECK_FALSE(child<QLabel>(d, "fingerprintLabel")->text().isEmpty());
        child<QPushButton>(d, "startButton")->click();
    });
    REQUIRE(w.welcome());
    REQUIRE(w.session());
    CHECK(w.session()->db().officeName() == QStringLiteral("市统计局党组"));
    CHECK(w.windowTitle().contains(QStringLiteral("市统计局党组")));
    CHECK_FALSE(w.windowTitle().contains(QStringLiteral("demo")));
    CHECK(dj::TemplateRepository(w.session()->db()).all().size() > 0);

    // Cancelled: nothing opens, and the window says how to go on.
    MainWindow empty;
    onNextModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
    CHECK_FALSE(empty.welcome());
    CHECK_FALSE(empty.session());
}
