// The import wizard: file → guessed mapping with a preview → validation report → import the
// valid rows, as one undoable step.
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "Widgets.h"
#include "app/Session.h"
#include "people/ImportPeopleDialog.h"
#include "storage/Query.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace {
const QString kDir = QStringLiteral(DJ_SOURCE_DIR "/tests/fixtures/import/");

struct ImportFixture : SmallTree
{
    std::unique_ptr<Session> session;
    Session &start()
    {
        session = std::make_unique<Session>(std::move(db));
        return *session;
    }
    int count()
    {
        return dj::Query(session->db(),
                         QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0"))
            .scalar()
            .toInt();
    }
};

} // namespace

TEST_CASE("the import dialog walks from file to report and imports the valid rows", "[import][ui]")
{
    ImportFixture f;
    Session &s = f.start();
    const int before = f.count();
    QSignalSpy refreshed(&s, &Session::peopleChanged);
    ImportPeopleDialog dialog(s);
    dialog.show();
    CHECK(dialog.objectName() == QStringLiteral("importPeopleDialog"));
    auto *pages = child<QStackedWidget>(&dialog, "importPages");
    auto *next = child<QPushButton>(&dialog, "importNext");

    // A file that is not a workbook: the reason shows, the page stays.
    child<QLineEdit>(&dialog, "importFile")->setText(kDir + QStringLiteral("not_a_zip.xlsx"));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(pages->currentIndex() == 0);
    CHECK(child<QLabel>(&dialog, "importError")->text() ==
          QStringLiteral("not_a_zip.xlsx is not an Excel workbook (.xlsx)."));

    child<QLineEdit>(&dialog, "importFile")->setText(kDir + QStringLiteral("excel_style_full.xlsx"));
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(pages->currentIndex() == 1);
    auto *name = child<QComboBox>(&dialog, "map_name");
    CHECK(name->currentData().toInt() == 0);
    CHECK(name->currentText() == QStringLiteral("A: 姓名"));
    CHECK(child<QComboBox>(&dialog, "map_branch")->currentData().toInt() == 7);
    CHECK(child<QComboBox>(&dialog, "map_phone")->currentData().toInt() == 5);
    CHECK(child<QComboBox>(&dialog, "map_cadre")->currentData().toInt() == -1);
    auto *preview = child<QTableWidget>(&dialog, "importPreview");
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(0, 3)->text() == QStringLiteral("1980-05-06"));
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("3"));

    // The user maps one column twice: refused with the reason.
    auto *gender = child<QComboBox>(&dialog, "map_gender");
    gender->setCurrentIndex(name->currentIndex());
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(pages->currentIndex() == 1);
    CHECK(child<QLabel>(&dialog, "importError")
              ->text()
              .contains(QStringLiteral("is chosen for both")));
    gender->setCurrentIndex(gender->findData(1));

    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(pages->currentIndex() == 2);
    auto *report = child<QTableWidget>(&dialog, "importReport");
    REQUIRE(report->rowCount() == 1);
    CHECK(report->item(0, 0)->text() == QStringLiteral("5"));
    CHECK(report->item(0, 1)->text() == QStringLiteral("王五"));
    CHECK(report->item(0, 2)->text().startsWith(
        QStringLiteral("The check digit of the ID number is wrong")));
    CHECK(child<QLabel>(&dialog, "importSummary")
              ->text()
              .startsWith(QStringLiteral("Valid rows: 2. Rows with problems: 1")));
    auto *valid = child<QPushButton>(&dialog, "importValid");
    CHECK(valid->isVisibleTo(&dialog));
    CHECK_FALSE(child<QPushButton>(&dialog, "importAll")->isVisibleTo(&dialog));
    CHECK(child<QPushButton>(&dialog, "importCancel")->isVisibleTo(&dialog));

    QTest::mouseClick(valid, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.imported() == 2);
    CHECK(f.count() == before + 2);
    CHECK(refreshed.count() >= 1);

    // One step on the undo stack: undo removes both, redo brings them back.
    REQUIRE(s.undoStack()->count() == 1);
    s.undoStack()->undo();
    CHECK(f.count() == before);
    s.undoStack()->redo();
    CHECK(f.count() == before + 2);
}

TEST_CASE("when every row is valid the dialog offers Import all, Import nothing adds nobody",
          "[import][ui]")
{
    ImportFixture f;
    Session &s = f.start();
    const int before = f.count();
    {
        ImportPeopleDialog dialog(s);
        REQUIRE(dialog.loadFile(kDir + QStringLiteral("inline_strings_full.xlsx")));
        REQUIRE(dialog.checkRows());
        dialog.show();
        CHECK(child<QPushButton>(&dialog, "importAll")->isVisibleTo(&dialog));
        CHECK_FALSE(child<QPushButton>(&dialog, "importValid")->isVisibleTo(&dialog));
        CHECK(child<QLabel>(&dialog, "importSummary")->text() ==
              QStringLiteral("Every row is valid (2 rows)."));
        QTest::mouseClick(child<QPushButton>(&dialog, "importCancel"), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(f.count() == before);
    }
    ImportPeopleDialog dialog(s);
    REQUIRE(dialog.loadFile(kDir + QStringLiteral("inline_strings_full.xlsx")));
    REQUIRE(dialog.checkRows());
    CHECK(dialog.importRows(false));
    CHECK(f.count() == before + 2);
}
