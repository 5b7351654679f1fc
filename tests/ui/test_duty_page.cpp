// 责任清单 page: lists grouped with completion, items with status, records with evidence
// through the dialog, retire, undo, the charts and their drill-down, generation.
#include <catch2/catch.hpp>

#include "DutySession.h"
#include "Widgets.h"
#include "app/Session.h"
#include "charts/RateBarChart.h"
#include "dashboard/DashboardPage.h"
#include "common/ModelExport.h"
#include "duty/DutyChartsPanel.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyItemModel.h"
#include "duty/DutyPage.h"
#include "duty/DutyRecordDialog.h"
#include "duty/DutyRecordRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Query.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QListWidget>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QTest>
#include <QToolButton>

namespace {

QTreeWidgetItem *listRow(QTreeWidget *tree, const QString &name)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
            if (tree->topLevelItem(g)->child(c)->text(0) == name)
                return tree->topLevelItem(g)->child(c);
    return nullptr;
}
} // namespace

TEST_CASE("the duty page lists the year's lists by level and post, with items and status", "[ui][duty]")
{
    DutySession f;
    DutyPage page(*f.session);
    page.resize(1200, 800);
    page.show();
    CHECK(page.year() == 2026);
    auto *tree = child<QTreeWidget>(&page, "dutyLists");
    CHECK(tree->topLevelItemCount() == 7); // 党组, 机关党委, 基层; 党组书记, 党组成员, 机关党委书记, 支部书记
    QTreeWidgetItem *branch = listRow(tree, QStringLiteral("办公室党支部"));
    REQUIRE(branch);
    tree->setCurrentItem(branch);
    CHECK(page.itemModel()->rowCount() >= 8);
    CHECK(child<QLabel>(&page, "dutyListTitle")->text().startsWith(QStringLiteral("办公室党支部 2026年")));
    // Nothing recorded and most periods past on 2026-11-24: the first item is overdue.
    CHECK(page.itemModel()->data(page.itemModel()->index(0, DutyItemModel::Status), Qt::DisplayRole).toString() ==
          QStringLiteral("Overdue"));
    CHECK(child<QLabel>(&page, "dutySummary")->text().contains(QStringLiteral("10 lists")));
}

TEST_CASE("recording work with an evidence file is one undoable step", "[ui][duty]")
{
    DutySession f;
    DutyPage page(*f.session);
    page.show();
    auto *tree = child<QTreeWidget>(&page, "dutyLists");
    tree->setCurrentItem(listRow(tree, QStringLiteral("办公室党支部")));
    const dj::DutyItem item = *page.currentItem();
    const QString file = f.path(QStringLiteral("签到表.jpg"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("\xFF\xD8\xFF\xE0 evidence");
    out.close();
    {
        DutyRecordDialog dialog(*f.session, item);
        dialog.addFiles({file, f.path(QStringLiteral("missing.pdf"))});
        CHECK(child<QLabel>(&dialog, "recordError")->text().contains(QStringLiteral("missing.pdf is not a file")));
        CHECK(child<QListWidget>(&dialog, "recordFiles")->count() == 1);
        // Empty text: refused beside the text, nothing written.
        dialog.accept();
        CHECK(child<QLabel>(&dialog, "recordTextProblem")->text() == QStringLiteral("Write what was done."));
        CHECK(f.records() == 0);
        child<QPlainTextEdit>(&dialog, "recordText")->setPlainText(QStringLiteral("召开支部委员会，研究部署季度工作"));
        child<QLineEdit>(&dialog, "recordBy")->setText(QStringLiteral("王干事"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(f.records() == 1);
    auto *records = child<QTableWidget>(&page, "dutyRecords");
    REQUIRE(records->rowCount() == 1); // the page refreshed
    CHECK(records->item(0, 1)->text() == QStringLiteral("召开支部委员会，研究部署季度工作"));
    CHECK(records->item(0, 3)->text() == QStringLiteral("签到表.jpg"));
    const QString recordId = dj::DutyRecordRepository(f.session->db()).forItem(item.id).first().id;
    CHECK(dj::AttachmentStore(f.session->db()).list(QStringLiteral("duty_record"), recordId).first().sha256.size() == 64);

    f.session->undoStack()->undo();
    CHECK(f.records() == 0);
    CHECK(records->rowCount() == 0);
    f.session->undoStack()->redo();
    CHECK(f.records() == 1);
    CHECK(dj::AttachmentStore(f.session->db()).list(QStringLiteral("duty_record"), recordId).size() == 1);

    // Editing: new text and a second file; undo takes both back, redo brings both again.
    const QString second = f.path(QStringLiteral("会议记录.txt"));
    QFile out2(second);
    REQUIRE(out2.open(QIODevice::WriteOnly));
    out2.write("记录");
    out2.close();
    {
        DutyRecordDialog dialog(*f.session, item, dj::DutyRecordRepository(f.session->db()).get(recordId));
        CHECK(child<QListWidget>(&dialog, "recordFiles")->count() == 1);
        dialog.addFiles({second});
        child<QPlainTextEdit>(&dialog, "recordText")->setPlainText(QStringLiteral("改后的记录"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    auto files = [&] { return dj::AttachmentStore(f.session->db()).list(QStringLiteral("duty_record"), recordId).size(); };
    CHECK(files() == 2);
    f.session->undoStack()->undo();
    CHECK(files() == 1);
    CHECK(dj::DutyRecordRepository(f.session->db()).get(recordId).text == QStringLiteral("召开支部委员会，研究部署季度工作"));
    f.session->undoStack()->redo();
    CHECK(files() == 2);
    CHECK(dj::DutyRecordRepository(f.session->db()).get(recordId).text == QStringLiteral("改后的记录"));
}

TEST_CASE("retiring an item greys it and stops recording, undo reinstates", "[ui][duty]")
{
    DutySession f;
    DutyPage page(*f.session);
    page.show();
    auto *tree = child<QTreeWidget>(&page, "dutyLists");
    tree->setCurrentItem(listRow(tree, QStringLiteral("办公室党支部")));
    const QString id = page.currentItem()->id;
    const int rows = page.itemModel()->rowCount();
    child<QToolButton>(&page, "dutyRetireItem")->click();
    REQUIRE(page.selectItem(id));
    CHECK(page.currentItem()->isRetired());
    CHECK(page.itemModel()->rowOf(id) == rows - 1); // retired items follow the others
    CHECK_FALSE(child<QToolButton>(&page, "dutyRecord")->isEnabled());
    CHECK(child<QToolButton>(&page, "dutyRetireItem")->text() == QStringLiteral("Reinstate"));
    f.session->undoStack()->undo();
    REQUIRE(page.selectItem(id));
    CHECK_FALSE(page.currentItem()->isRetired());
}

TEST_CASE("the completion charts show each level, a bar shows its lists", "[ui][duty]")
{
    DutySession f;
    DutyPage page(*f.session);
    page.show();
    auto *charts = child<DutyChartsPanel>(&page, "dutyCharts");
    CHECK(charts->levelChart()->barCount() == 4); // 党组, 机关党委, 党总支, 党支部
    emit charts->drillDown(QStringLiteral("level"), QStringLiteral("branch"));
    auto *tree = child<QTreeWidget>(&page, "dutyLists");
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->childCount() == 2);
    CHECK(child<QTabWidget>(&page, "dutyTabs")->currentIndex() == 0);
    page.setFocus({}, {});
    CHECK(tree->topLevelItemCount() == 7);
}

TEST_CASE("generating from the page: the lists appear, a second run adds nothing", "[ui][duty]")
{
    DutySession f(false);
    DutyPage page(*f.session);
    page.show();
    CHECK(child<QLabel>(&page, "dutySummary")->text().startsWith(QStringLiteral("There are no responsibility lists for 2026")));
    QStringList said;
    // Accept the date dialog, then note and close the summary.
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *w = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            said << box->text();
            box->accept();
        } else if (auto *d = qobject_cast<QDialog *>(w); d && d->objectName() == QLatin1String("dutyGenerateDialog")) {
            d->accept();
        }
    });
    answer.start(20);
    page.generate();
    page.generate();
    answer.stop();
    REQUIRE(said.size() == 2);
    CHECK(said.at(0).startsWith(QStringLiteral("10 lists and")));
    CHECK(said.at(1) == QStringLiteral("Nothing to add: the lists of 2026 are complete."));
    CHECK(child<QTreeWidget>(&page, "dutyLists")->topLevelItemCount() == 7);
}

TEST_CASE("the dashboard lists overdue items, read in the background", "[ui][duty]")
{
    DutySession f;
    DashboardPage dashboard(*f.session);
    auto *late = child<QTableWidget>(&dashboard, "lateItems");
    CHECK(late->rowCount() == 0); // filled a moment after the window is up
    QTRY_VERIFY_WITH_TIMEOUT(late->rowCount() > 0, 10000);
    CHECK_FALSE(dashboard.dutyPending());
    // Nothing is recorded: the oldest overdue period is January's (monthly items).
    CHECK(late->item(0, 2)->text() == QStringLiteral("1月"));
    QString listId, itemId;
    QObject::connect(&dashboard, &DashboardPage::dutyItemActivated, [&](const QString &l, const QString &i) {
        listId = l;
        itemId = i;
    });
    emit late->itemDoubleClicked(late->item(0, 1));
    CHECK_FALSE(listId.isEmpty());
    CHECK_FALSE(itemId.isEmpty());
}

TEST_CASE("an organisation's or a person's lists on their own", "[ui][duty]")
{
    DutySession f;
    DutyPage page(*f.session);
    page.show();
    auto *tree = child<QTreeWidget>(&page, "dutyLists");
    page.setFocus(QStringLiteral("org"), f.branch1); // the branch's list and its secretary's
    int lists = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        lists += tree->topLevelItem(g)->childCount();
    CHECK(lists == 2);
    CHECK(child<QToolButton>(&page, "dutyShowAll")->isVisible());
    page.setFocus(QStringLiteral("person"), f.secretary2);
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->child(0)->text(0) == QStringLiteral("周支书（服务中心第一党支部）"));
    page.setFocus(QStringLiteral("person"), f.pgSecretary + QStringLiteral("x"));
    CHECK(tree->topLevelItemCount() == 0);
    CHECK(child<QLabel>(&page, "dutyListTitle")->text().startsWith(QStringLiteral("No lists of 2026 match")));
    child<QToolButton>(&page, "dutyShowAll")->click();
    CHECK(tree->topLevelItemCount() == 7);
}

TEST_CASE("a large year is read in the background and then shown", "[ui][duty]")
{
    DutySession f;
    DutyPage::setReadInlineLimit(0);
    DutyPage page(*f.session);
    page.show();
    CHECK(page.busy());
    CHECK(child<QLabel>(&page, "dutySummary")->text() == QStringLiteral("Reading the lists of 2026…"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 10000);
    QTRY_COMPARE(child<QTreeWidget>(&page, "dutyLists")->topLevelItemCount(), 7);
    CHECK(child<QLabel>(&page, "dutySummary")->text().contains(QStringLiteral("10 lists")));
    DutyPage::setReadInlineLimit(20000);
}

TEST_CASE("a list as shown exports to a sheet: every item with its status", "[ui][duty]")
{
    DutySession f;
    DutyPage page(*f.session);
    page.show();
    auto *tree = child<QTreeWidget>(&page, "dutyLists");
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    dj::SheetTable sheet;
    REQUIRE(modelexport::toSheet(page.itemModel(), sheet));
    CHECK(sheet.headers.value(2) == QStringLiteral("Item"));
    CHECK(sheet.rows.size() == page.itemModel()->rowCount());
    CHECK(sheet.rows.first().value(2).toString() == page.itemModel()->item(0)->title);
    CHECK(sheet.rows.first().value(5).toString() == QStringLiteral("Overdue"));
}
