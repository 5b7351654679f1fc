// The organisation import wizard: a sheet typed up by an office → guessed mapping → the
// report names the bad rows → the valid rows join the tree as one undoable step.
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "Widgets.h"
#include "app/Session.h"
#include "org/ImportOrgsDialog.h"
#include "storage/Query.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace {
struct OrgImportFixture : SmallTree
{
    std::unique_ptr<Session> session;
    QString csv;
    OrgImportFixture()
    {
        // Under the existing 机关党委 (by code): a branch, a group under it (a row of the
        // sheet), a branch founded in the future, and a branch whose parent exists nowhere.
        csv = path(QStringLiteral("orgs.csv"));
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xEF\xBB\xBF") +
                QString::fromUtf8("组织名称,组织代码,组织类型,上级组织代码,成立日期,任期年限\n"
                                  "财务处党支部,SW-ZB03,党支部,SW-JG,2019-03-01,3\n"
                                  "财务处第一党小组,SW-ZB03-1,党小组,SW-ZB03,,\n"
                                  "人事处党支部,SW-ZB04,党支部,SW-JG,2030-01-01,\n"
                                  "法规处党支部,SW-ZB05,党支部,SW-XX,,\n")
                    .toUtf8());
        f.close();
        session = std::make_unique<Session>(std::move(db));
    }
    int count()
    {
        return dj::Query(session->db(),
                         QStringLiteral("SELECT count(*) FROM organization WHERE deleted = 0"))
            .scalar()
            .toInt();
    }
};
} // namespace

TEST_CASE("the organisation import dialog imports the valid rows as one undoable step",
          "[import][ui]")
{
    OrgImportFixture f;
    Session &s = *f.session;
    const int before = f.count();
    QSignalSpy refreshed(&s, &Session::organizationsChanged);
    ImportOrgsDialog dialog(s);
    dialog.show();
    auto *pages = child<QStackedWidget>(&dialog, "importPages");
    auto *next = child<QPushButton>(&dialog, "importNext");

    child<QLineEdit>(&dialog, "importFile")->setText(f.csv);
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(pages->currentIndex() == 1);
    CHECK(child<QComboBox>(&dialog, "map_name")->currentData().toInt() == 0);
    CHECK(child<QComboBox>(&dialog, "map_parent")->currentText() == QStringLiteral("D: 上级组织代码"));
    CHECK(child<QComboBox>(&dialog, "map_termYears")->currentData().toInt() == 5);
    CHECK(child<QComboBox>(&dialog, "map_shortName")->currentData().toInt() == -1);

    // No column for the codes: refused with the reason, the page stays.
    auto *code = child<QComboBox>(&dialog, "map_code");
    code->setCurrentIndex(0);
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(pages->currentIndex() == 1);
    CHECK(child<QLabel>(&dialog, "importError")->text().contains(QStringLiteral("Organisation code")));
    code->setCurrentIndex(code->findData(1));

    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(pages->currentIndex() == 2);
    auto *report = child<QTableWidget>(&dialog, "importReport");
    REQUIRE(report->rowCount() == 2);
    CHECK(report->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(report->item(0, 2)->text() == QStringLiteral("Established 2030-01-01 is in the future."));
    CHECK(report->item(1, 1)->text() == QStringLiteral("法规处党支部"));
    CHECK(report->item(1, 2)->text().contains(QStringLiteral("\"SW-XX\" is neither")));
    CHECK(child<QLabel>(&dialog, "importSummary")->text().startsWith(QStringLiteral("Valid rows: 2. Rows with problems: 2")));

    QTest::mouseClick(child<QPushButton>(&dialog, "importValid"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.imported() == 2);
    CHECK(f.count() == before + 2);
    CHECK(refreshed.count() >= 1);
    const dj::Organization group = dj::OrganizationRepository(s.db()).byCode(QStringLiteral("SW-ZB03-1"));
    CHECK(dj::OrganizationRepository(s.db()).get(group.parentId).code == QStringLiteral("SW-ZB03"));

    // One step: undo removes both (the group before its branch), redo brings them back.
    REQUIRE(s.undoStack()->count() == 1);
    CHECK(s.undoStack()->undoText() == QStringLiteral("Import organisations (2)"));
    s.undoStack()->undo();
    CHECK(f.count() == before);
    s.undoStack()->redo();
    CHECK(f.count() == before + 2);
}

TEST_CASE("importing organisations with problems and Import all is refused, nothing is added",
          "[import][ui]")
{
    OrgImportFixture f;
    const int before = f.count();
    ImportOrgsDialog dialog(*f.session);
    REQUIRE(dialog.loadFile(f.csv));
    REQUIRE(dialog.checkRows());
    CHECK_FALSE(dialog.importRows(false));
    CHECK(child<QLabel>(&dialog, "importError")->text().contains(QStringLiteral("Nothing was imported")));
    CHECK(f.count() == before);
    CHECK(f.session->undoStack()->count() == 0);
}
