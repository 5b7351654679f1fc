// The exchange dialogs, driven as an officer would: export a package, import one through the
// wizard (check → preview → apply), settle a conflict, trust and revoke keys, undo an import.
#include "AddOrg.h"
#include "ExchangeFixture.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "app/Application.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "common/OrgComboBox.h"
#include "demo/DemoGenerator.h"
#include "exchange/ConflictFieldsModel.h"
#include "exchange/ConflictRepository.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/TableLabels.h"
#include "exchange/ExportPackageDialog.h"
#include "exchange/ImportCheckPage.h"
#include "exchange/ImportCountsModel.h"
#include "exchange/ImportLog.h"
#include "exchange/ImportLogDialog.h"
#include "exchange/ImportPackageDialog.h"
#include "exchange/ImportPreviewPage.h"
#include "exchange/OfficesDialog.h"
#include "exchange/PackageReader.h"
#include "org/OrgVocabulary.h"
#include "org/OrganizationRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {
using Tester = QAbstractItemModelTester;


void rename(dj::Database &db, const QString &id, const QString &name)
{
    dj::OrganizationRepository orgs(db);
    dj::Organization o = orgs.get(id);
    o.name = name;
    orgs.update(o);
}

int organisations(dj::Database &db)
{
    return int(dj::OrganizationRepository(db).all().size());
}

void clickYes(QWidget *w)
{
    auto *box = qobject_cast<QMessageBox *>(w);
    REQUIRE(box);
    box->button(QMessageBox::Yes)->click();
}

// Two offices, 甲 with a small tree, trusting each other; 甲's file in a session.
struct TwoOffices
{
    Offices x;
    std::unique_ptr<dj::Database> b;
    QStringList ids;
    std::unique_ptr<Session> a;
    explicit TwoOffices(bool trust = true)
    {
        auto da = x.make(QStringLiteral("甲"));
        b = x.make(QStringLiteral("乙"));
        ids = smallTree(*da);
        if (trust) {
            Offices::trust(*b, *da);
            Offices::trust(*da, *b);
        }
        a = std::make_unique<Session>(std::move(da));
    }
};
} // namespace

TEST_CASE("the export dialog writes a package with the chosen scope, recipient and protection",
          "[exchange][ui]")
{
    chineseForScreenshots();
    TwoOffices t;
    ExportPackageDialog d(*t.a);
    d.resize(720, 640);
    d.show();
    CHECK(child<QSpinBox>(&d, "exportYear")->value() == 2026);
    // Without a recipient there is nothing to be "since the last package to" or encrypted for.
    CHECK_FALSE(child<QCheckBox>(&d, "exportSinceLast")->isEnabled());
    CHECK_FALSE(child<QRadioButton>(&d, "exportEncryptRecipient")->isEnabled());
    CHECK(child<QLineEdit>(&d, "exportDestination")
              ->text()
              .endsWith(QStringLiteral("甲-all-20261124.djpkg")));

    child<QRadioButton>(&d, "exportScopeOrg")->click();
    REQUIRE(child<OrgComboBox>(&d, "exportOrg")->setCurrentOrgId(t.ids[2]));
    CHECK(child<QLineEdit>(&d, "exportDestination")
              ->text()
              .endsWith(QStringLiteral("甲-A11-20261124.djpkg")));
    child<QRadioButton>(&d, "exportToTrusted")->click();
    CHECK(child<QComboBox>(&d, "exportPeer")->currentData().toString() == t.b->officeId());
    CHECK(child<QCheckBox>(&d, "exportSinceLast")->isEnabled());
    CHECK(child<QLabel>(&d, "exportRecipientInfo")
              ->text()
              .contains(dj::OfficeIdentity::publicKey(*t.b).fingerprint()));

    // A passphrase typed differently twice is refused, and nothing is written.
    const QString out = t.x.path(QStringLiteral("out/branch.djpkg"));
    d.setDestination(out);
    child<QRadioButton>(&d, "exportEncryptPassphrase")->click();
    child<QLineEdit>(&d, "exportPassphrase")->setText(QStringLiteral("12345678"));
    child<QLineEdit>(&d, "exportPassphraseAgain")->setText(QStringLiteral("12345679"));
    QTest::mouseClick(child<QPushButton>(&d, "exportRun"), Qt::LeftButton);
    CHECK(child<QLabel>(&d, "exportMessage")->isVisibleTo(&d));
    child<QLineEdit>(&d, "exportPassphraseAgain")->setText(QStringLiteral("1234567"));
    child<QLineEdit>(&d, "exportPassphrase")->setText(QStringLiteral("1234567"));
    CHECK_FALSE(d.exportPackage());
    CHECK(child<QLabel>(&d, "exportMessage")->text().contains(QLatin1Char('8')));
    CHECK_FALSE(QFileInfo::exists(out));

    child<QRadioButton>(&d, "exportEncryptRecipient")->click();
    screenshot(d, QStringLiteral("exchange-export"));
    QTest::mouseClick(child<QPushButton>(&d, "exportRun"), Qt::LeftButton);
    REQUIRE(child<QStackedWidget>(&d, "exportPages")->currentIndex() == 1);
    REQUIRE(d.outcome());
    CHECK(d.outcome()->totalRows == 3); // the branch (nothing below it) and the two above it
    CHECK(child<QLabel>(&d, "exportSummary")->text().contains(QStringLiteral("branch.djpkg")));
    CHECK(child<QTableWidget>(&d, "exportRows")->rowCount() == 1);

    const dj::PackageHeader h = dj::PackageReader(out).header();
    CHECK(h.scope == QStringLiteral("org:A11"));
    CHECK(h.recipientOfficeId == t.b->officeId());
    CHECK(h.encryption == dj::PackageHeader::Encryption::Recipient);
    CHECK(h.sequence == 1);
    // Only 乙 can open it, and the branch arrives there.
    const dj::ImportOutcome o = t.x.receive(*t.b, out);
    CHECK(o.counts.total(dj::ImportCounts::New) == 3);
    CHECK(dj::OrganizationRepository(*t.b).get(t.ids[2]).name == QStringLiteral("第一支部"));
}

TEST_CASE("the import wizard checks, previews and imports a package, the data arrive",
          "[exchange][ui]")
{
    chineseForScreenshots();
    Offices x;
    auto a = x.make(dj::DemoGenerator::demoOfficeName());
    dj::DemoGenerator::generate(*a, dj::DemoGenerator::Scale::Department);
    auto b = x.make(QStringLiteral("乙"));
    Offices::trust(*b, *a);
    const QString package = x.send(*a);
    Session s(std::move(b));
    s.undoStack()->push(new QUndoCommand(QStringLiteral("an edit before the import")));
    QSignalSpy orgsChanged(&s, &Session::organizationsChanged);
    QSignalSpy dutyChanged(&s, &Session::dutyChanged);
    QSignalSpy assessChanged(&s, &Session::assessChanged);

    ImportPackageDialog w(s);
    w.show();
    // A file that is not a package: the reason shows, the page stays.
    child<QLineEdit>(&w, "importPackageFile")->setText(x.path(QStringLiteral("乙.djdb")));
    w.next();
    CHECK(w.currentId() == ImportPackageDialog::FilePage);
    CHECK_FALSE(child<QLabel>(&w, "importFileError")->text().isEmpty());

    w.setPackagePath(package);
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::CheckPage);
    CHECK(child<QLabel>(&w, "importSender")->text() == a->officeName());
    CHECK(child<QLabel>(&w, "importFingerprint")->text() ==
          dj::OfficeIdentity::publicKey(*a).fingerprint());
    CHECK(child<QLabel>(&w, "importSequence")->text() == QStringLiteral("1"));
    CHECK_FALSE(child<QLabel>(&w, "importSenderWarning")->isVisibleTo(&w));
    CHECK_FALSE(child<QLineEdit>(&w, "importPassphrase")->isVisibleTo(&w));
    CHECK(w.button(QWizard::NextButton)->isEnabled());

    x.tick();
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::PreviewPage);
    ImportCountsModel *model = w.previewPage()->model();
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() > 10); // the demo fills most tables, plus the total row
    CHECK(model->tableAt(0) == QStringLiteral("organization"));
    CHECK(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toString() ==
          dj::TableLabels::table(QStringLiteral("organization")));
    const int orgs = organisations(*a);
    CHECK(model->data(model->index(0, dj::ImportCounts::New), Qt::DisplayRole).toString() ==
          QString::number(orgs));
    CHECK(model->data(model->index(0, dj::ImportCounts::Conflict), Qt::DisplayRole)
              .toString()
              .isEmpty());
    const int total = model->rowCount() - 1;
    CHECK(model->tableAt(total).isEmpty());
    w.previewPage()->selectCell(0, dj::ImportCounts::New);
    CHECK(child<QListWidget>(&w, "importRowIds")->count() == orgs);
    w.previewPage()->selectCell(total, dj::ImportCounts::New);
    CHECK(child<QListWidget>(&w, "importRowIds")
              ->item(0)
              ->text()
              .startsWith(dj::TableLabels::table(QStringLiteral("organization")) +
                          QStringLiteral(" · ")));
    CHECK_FALSE(child<QLabel>(&w, "importNothing")->isVisibleTo(&w));
    CHECK(organisations(s.db()) == 0); // a preview changes nothing
    w.previewPage()->selectCell(0, dj::ImportCounts::New);
    screenshot(w, QStringLiteral("exchange-import-preview"));

    x.tick();
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::ResultPage);
    REQUIRE(w.result());
    CHECK(w.result()->importId > 0);
    CHECK(Offices::digest(s.db()) == Offices::digest(*a));
    // Every page refreshes, and the undo history (which no longer matches the file) is gone.
    CHECK(s.undoStack()->count() == 0);
    CHECK(orgsChanged.count() >= 1);
    CHECK(dutyChanged.count() >= 1);
    CHECK(assessChanged.count() >= 1);
    CHECK_FALSE(child<QPushButton>(&w, "importOpenConflicts")->isVisibleTo(&w));
    CHECK(child<QLabel>(&w, "importResult")->text().contains(a->officeName()));

    // The same package again: nothing to change, nothing to go on to.
    ImportPackageDialog again(s);
    again.show();
    again.setPackagePath(package);
    again.next();
    x.tick();
    again.next();
    REQUIRE(again.currentId() == ImportPackageDialog::PreviewPage);
    CHECK(child<QLabel>(&again, "importNothing")->isVisibleTo(&again));
    CHECK_FALSE(again.button(QWizard::CommitButton)->isEnabled());
}

TEST_CASE("a package from an office not trusted yet needs the fingerprint confirmed",
          "[exchange][ui]")
{
    chineseForScreenshots();
    TwoOffices t(false);
    const QString package = t.x.send(t.a->db());
    Session s(std::move(t.b));
    const QString sender = t.a->db().officeId();
    {
        ImportPackageDialog w(s);
        w.show();
        w.setPackagePath(package);
        w.next();
        REQUIRE(w.currentId() == ImportPackageDialog::CheckPage);
        CHECK(child<QLabel>(&w, "importSenderWarning")->isVisibleTo(&w));
        auto *confirm = child<QCheckBox>(&w, "importTrustConfirm");
        CHECK(confirm->isVisibleTo(&w));
        CHECK(confirm->text().contains(QStringLiteral("甲")));
        CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
        w.next(); // refused as well when called directly
        CHECK(w.currentId() == ImportPackageDialog::CheckPage);
        CHECK_FALSE(dj::PeerRepository(s.db()).find(sender));

        confirm->click();
        // What it speaks for is chosen too before going on.
        CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
        auto *speaksFor = child<QComboBox>(&w, "importSpeaksFor");
        CHECK(speaksFor->isVisibleTo(&w));
        speaksFor->setFocus();
        QTest::keyClick(speaksFor, Qt::Key_Down); // the whole department
        CHECK(w.button(QWizard::NextButton)->isEnabled());
        t.x.tick();
        w.next();
        REQUIRE(w.currentId() == ImportPackageDialog::PreviewPage);
        // The preview trusts nothing (issue 18, item 8): trust comes with the import.
        CHECK_FALSE(dj::PeerRepository(s.db()).find(sender));
        CHECK(organisations(s.db()) == 0);
        t.x.tick();
        w.next();
        REQUIRE(w.currentId() == ImportPackageDialog::ResultPage);
        const auto peer = dj::PeerRepository(s.db()).find(sender);
        REQUIRE(peer);
        CHECK(peer->trusted());
        CHECK(peer->department());
        CHECK(organisations(s.db()) > 0);
    }
    // A revoked key stops at the check: no checkbox, no way on.
    dj::PeerRepository(s.db()).revoke(sender);
    ImportPackageDialog w(s);
    w.show();
    w.setPackagePath(package);
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::CheckPage);
    CHECK(child<QLabel>(&w, "importSenderWarning")->isVisibleTo(&w));
    CHECK_FALSE(child<QCheckBox>(&w, "importTrustConfirm")->isVisibleTo(&w));
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
    w.next();
    CHECK(w.currentId() == ImportPackageDialog::CheckPage);
}

TEST_CASE("a passphrase package asks for the passphrase before the preview", "[exchange][ui]")
{
    chineseForScreenshots();
    TwoOffices t;
    t.x.tick();
    dj::ExportRequest r;
    r.passphrase = "correct horse";
    r.out = t.x.path(QStringLiteral("secret.djpkg"));
    dj::PackageExport::run(t.a->db(), r);
    Session s(std::move(t.b));
    ImportPackageDialog w(s);
    w.show();
    w.setPackagePath(r.out);
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::CheckPage);
    auto *pass = child<QLineEdit>(&w, "importPassphrase");
    CHECK(pass->isVisibleTo(&w));
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
    pass->setText(QStringLiteral("correct horse"));
    CHECK(w.button(QWizard::NextButton)->isEnabled());
    t.x.tick();
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::PreviewPage);
    t.x.tick();
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::ResultPage);
    CHECK(organisations(s.db()) == 4);
}

TEST_CASE("the conflicts dialog settles two offices renaming the same organisation",
          "[exchange][ui]")
{
    chineseForScreenshots();
    TwoOffices t;
    Offices &x = t.x;
    x.receive(*t.b, x.send(t.a->db()));
    x.tick();
    rename(t.a->db(), t.ids[2], QStringLiteral("甲改的名字"));
    rename(t.a->db(), t.ids[3], QStringLiteral("甲改的二支部"));
    x.tick();
    rename(*t.b, t.ids[2], QStringLiteral("乙改的名字"));
    rename(*t.b, t.ids[3], QStringLiteral("乙改的二支部"));
    // Imported through the wizard: the preview and the result say so and offer the conflicts.
    Session &s = *t.a;
    ImportPackageDialog w(s);
    w.show();
    w.setPackagePath(x.send(*t.b));
    w.next();
    x.tick();
    w.next();
    REQUIRE(w.currentId() == ImportPackageDialog::PreviewPage);
    CHECK(w.previewPage()->model()->counts().total(dj::ImportCounts::Conflict) == 2);
    x.tick();
    w.next();
    REQUIRE(w.result());
    const dj::ImportOutcome o = *w.result();
    REQUIRE(o.counts.total(dj::ImportCounts::Conflict) == 2);
    CHECK(child<QPushButton>(&w, "importOpenConflicts")->isVisibleTo(&w));
    w.close();
    s.undoStack()->push(new QUndoCommand(QStringLiteral("an edit before")));
    QSignalSpy orgsChanged(&s, &Session::organizationsChanged);

    ConflictsDialog d(s);
    d.show();
    auto *list = child<QTableWidget>(&d, "conflictList");
    REQUIRE(list->rowCount() == 2);
    CHECK(list->item(0, 0)->text() == dj::TableLabels::table(QStringLiteral("organization")));
    CHECK(list->item(0, 2)->text() == QStringLiteral("乙")); // the sender, by name
    ConflictFieldsModel *fields = d.fieldsModel();
    Tester tester(fields, Tester::FailureReportingMode::Fatal);
    const qint64 first = o.counts.conflictIds.first();
    REQUIRE(d.selectConflict(first));
    const dj::SyncConflict c = dj::ConflictRepository(s.db()).get(first);
    const int name = fields->rowOf(QStringLiteral("name"));
    REQUIRE(name >= 0);
    CHECK(
        fields->data(fields->index(name, ConflictFieldsModel::Mine), Qt::DisplayRole).toString() ==
        c.mine.value(c.columns.indexOf(QStringLiteral("name"))).toString());
    CHECK(fields->data(fields->index(name, ConflictFieldsModel::Theirs), Qt::DisplayRole)
              .toString()
              .startsWith(QStringLiteral("乙改")));
    // What the row refers to by name, codes as labels, the owning office by its name.
    const auto mine = [&](const char *column) {
        return fields->data(fields->index(fields->rowOf(QString::fromLatin1(column)), ConflictFieldsModel::Mine), Qt::DisplayRole)
            .toString();
    };
    CHECK(mine("parent_id") == QStringLiteral("机关党委"));
    CHECK(mine("org_type") == dj::vocab::label(dj::OrgType::Branch));
    CHECK(mine("owner_office") == QStringLiteral("甲"));
    // The differing field is highlighted and can be ticked; an equal one cannot.
    CHECK(fields->data(fields->index(name, ConflictFieldsModel::Field), Qt::BackgroundRole)
              .isValid());
    CHECK(fields->flags(fields->index(name, ConflictFieldsModel::TakeTheirs)) &
          Qt::ItemIsUserCheckable);
    const int code = fields->rowOf(QStringLiteral("code"));
    CHECK_FALSE(fields->data(fields->index(code, ConflictFieldsModel::Field), Qt::BackgroundRole)
                    .isValid());
    CHECK_FALSE(fields->flags(fields->index(code, ConflictFieldsModel::TakeTheirs)) &
                Qt::ItemIsUserCheckable);
    auto *merge = child<QPushButton>(&d, "conflictMerge");
    CHECK_FALSE(merge->isEnabled());
    d.resize(980, 680);
    screenshot(d, QStringLiteral("exchange-conflicts"));

    // Theirs in the name field: the row takes 乙's name, the conflict is settled.
    const QString theirName =
        fields->data(fields->index(name, ConflictFieldsModel::Theirs), Qt::DisplayRole).toString();
    REQUIRE(fields->setData(fields->index(name, ConflictFieldsModel::TakeTheirs), Qt::Checked,
                            Qt::CheckStateRole));
    CHECK(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);
    CHECK(dj::OrganizationRepository(s.db()).get(c.rowId).name == theirName);
    CHECK(list->rowCount() == 1);
    CHECK(s.undoStack()->count() == 0);
    CHECK(orgsChanged.count() >= 1);

    // The other one: keep this office's version.
    const dj::SyncConflict second = dj::ConflictRepository(s.db()).list().first();
    QTest::mouseClick(child<QPushButton>(&d, "conflictKeepMine"), Qt::LeftButton);
    CHECK(list->rowCount() == 0);
    CHECK(dj::OrganizationRepository(s.db()).get(second.rowId).name ==
          second.mine.value(second.columns.indexOf(QStringLiteral("name"))).toString());
    CHECK(dj::ConflictRepository(s.db()).openCount() == 0);
    CHECK_FALSE(child<QPushButton>(&d, "conflictTakeTheirs")->isEnabled());

    // Settled ones stay visible on request, read-only.
    child<QCheckBox>(&d, "conflictShowSettled")->click();
    CHECK(list->rowCount() == 2);
    CHECK_FALSE(child<QPushButton>(&d, "conflictKeepMine")->isEnabled());
    // The decisions travel: 乙 takes them without a new conflict.
    x.tick();
    CHECK(x.receive(*t.b, x.send(s.db())).counts.total(dj::ImportCounts::Conflict) == 0);
    CHECK(Offices::digest(*t.b) == Offices::digest(s.db()));
}

TEST_CASE("the offices dialog exports this office's key, trusts a key file and revokes it",
          "[exchange][ui]")
{
    chineseForScreenshots();
    TwoOffices t(false);
    Session &s = *t.a;
    OfficesDialog d(s);
    d.show();
    CHECK(child<QLabel>(&d, "officesFingerprint")->text() ==
          dj::OfficeIdentity::publicKey(s.db()).fingerprint());
    const QString mine = t.x.path(QStringLiteral("甲.djkey"));
    REQUIRE(d.exportKeyTo(mine));
    CHECK(dj::OfficeIdentity::readKeyFile(mine).publicKey ==
          dj::OfficeIdentity::publicKey(s.db()).publicKey);

    const QString theirs = t.x.path(QStringLiteral("乙.djkey"));
    dj::OfficeIdentity::writeKeyFile(dj::OfficeIdentity::publicKey(*t.b), theirs);
    auto *peers = child<QTableWidget>(&d, "officesPeers");
    // Cancelled at the fingerprint: nothing trusted.
    onNextModal([](QWidget *w) {
        REQUIRE(w->objectName() == QStringLiteral("trustKeyDialog"));
        qobject_cast<QDialog *>(w)->reject();
    });
    CHECK_FALSE(d.trustKeyFile(theirs));
    CHECK(peers->rowCount() == 0);
    // Confirmed: the Trust button waits for the box.
    bool waited = false;
    QString shown;
    onNextModal([&](QWidget *w) {
        shown = child<QLabel>(w, "trustFingerprint")->text();
        auto *accept = child<QPushButton>(w, "trustAccept");
        waited = !accept->isEnabled();
        child<QCheckBox>(w, "trustCompared")->click();
        waited = waited && !accept->isEnabled(); // what it speaks for is still to choose
        auto *speaksFor = child<QComboBox>(w, "trustSpeaksFor");
        speaksFor->setFocus();
        QTest::keyClick(speaksFor, Qt::Key_Down);
        accept->click();
    });
    REQUIRE(d.trustKeyFile(theirs));
    CHECK(waited);
    CHECK(shown == dj::OfficeIdentity::publicKey(*t.b).fingerprint());
    REQUIRE(peers->rowCount() == 1);
    CHECK(peers->item(0, 0)->text() == QStringLiteral("乙"));
    CHECK(peers->item(0, 5)->text() == OfficesDialog::tr("trusted"));
    CHECK(peers->item(0, 2)->text() == dj::PeerRepository(s.db()).describeScope({}));
    CHECK(dj::PeerRepository(s.db()).find(t.b->officeId())->trusted());
    d.resize(900, 600);
    screenshot(d, QStringLiteral("exchange-offices"));

    onNextModal(clickYes);
    QTest::mouseClick(child<QPushButton>(&d, "officesRevoke"), Qt::LeftButton);
    CHECK_FALSE(dj::PeerRepository(s.db()).find(t.b->officeId())->trusted());
    CHECK(peers->item(0, 5)->text() != OfficesDialog::tr("trusted"));
    CHECK_FALSE(child<QPushButton>(&d, "officesRevoke")->isEnabled());
}

TEST_CASE("the import log lists imports, flags a gap and undoes the last import", "[exchange][ui]")
{
    chineseForScreenshots();
    TwoOffices t;
    Offices &x = t.x;
    x.receive(*t.b, x.send(t.a->db()));
    x.tick();
    rename(t.a->db(), t.ids[2], QStringLiteral("第一党支部"));
    x.send(t.a->db()); // package 2 never arrives
    x.tick();
    rename(t.a->db(), t.ids[3], QStringLiteral("第二党支部"));
    const dj::ImportOutcome third = x.receive(*t.b, x.send(t.a->db()));
    REQUIRE_FALSE(third.gapWarning.isEmpty());
    Session s(std::move(t.b));

    ImportLogDialog d(s);
    d.show();
    auto *table = child<QTableWidget>(&d, "importLogTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("甲"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("3"));
    CHECK_FALSE(table->item(0, 2)->icon().isNull()); // package 2 is missing
    CHECK(table->item(1, 2)->icon().isNull());
    CHECK(table->item(1, 4)->text() == QStringLiteral("4"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("2"));
    d.resize(1100, 420);
    screenshot(d, QStringLiteral("exchange-log"));

    // Asked first; "No" changes nothing.
    onNextModal(
        [](QWidget *w) { qobject_cast<QMessageBox *>(w)->button(QMessageBox::No)->click(); });
    CHECK_FALSE(d.undoLast());
    CHECK(dj::OrganizationRepository(s.db()).get(t.ids[2]).name == QStringLiteral("第一党支部"));

    s.undoStack()->push(new QUndoCommand(QStringLiteral("an edit before")));
    onNextModal(clickYes);
    QTest::mouseClick(child<QPushButton>(&d, "importLogUndo"), Qt::LeftButton);
    CHECK(dj::OrganizationRepository(s.db()).get(t.ids[2]).name == QStringLiteral("第一支部"));
    CHECK(dj::OrganizationRepository(s.db()).get(t.ids[3]).name == QStringLiteral("第二支部"));
    CHECK_FALSE(table->item(0, 9)->text().isEmpty());
    CHECK_FALSE(child<QPushButton>(&d, "importLogUndo")->isEnabled());
    CHECK(s.undoStack()->count() == 0);
}

TEST_CASE("the main window has an Exchange menu and opens the import wizard on a package",
          "[exchange][ui]")
{
    chineseForScreenshots();
    TwoOffices t;
    const QString package = t.x.send(t.a->db());
    const QString path = t.b->path();
    t.b.reset();
    MainWindow w;
    REQUIRE(w.openFile(path));
    for (const char *name : {"actionExportPackage", "actionImportPackage", "actionConflicts",
                             "actionOffices", "actionImportLog"}) {
        auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(a);
        CHECK(a->isEnabled());
    }
    const QList<QAction *> menus = w.menuBar()->actions();
    REQUIRE(menus.size() >= 3);
    REQUIRE(menus.size() >= 4);
    REQUIRE(menus.at(3)->menu());
    CHECK(menus.at(3)->menu()->objectName() ==
          QStringLiteral("menuExchange")); // after File, Edit and View

    int page = -1;
    QString sender;
    onNextModal([&](QWidget *dlg) {
        auto *wizard = qobject_cast<ImportPackageDialog *>(dlg);
        REQUIRE(wizard);
        page = wizard->currentId();
        sender = child<QLabel>(wizard, "importSender")->text();
        wizard->reject();
    });
    w.importPackage(package);
    CHECK(page == ImportPackageDialog::CheckPage);
    CHECK(sender == QStringLiteral("甲"));
}
