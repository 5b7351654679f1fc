// Text that fits (issue 17, items 13 and 14): at 1366×768 with the demo department's long
// branch names nothing is cut off without the full text at hand, the results fit the width,
// and the people page's empty detail panel gives its room to the list.
#include "DemoFile.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "app/MainWindow.h"
#include "demo/DemoGenerator.h"
#include "people/PeoplePage.h"
#include "people/PersonTableModel.h"
#include "storage/Database.h"

#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHelpEvent>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>
#include <catch2/catch.hpp>

namespace {


// A main window of 1366×768 (a common office laptop) with the demo department open.
void open1366(MainWindow &w)
{
    w.setWindowState(Qt::WindowNoState);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.resize(1366, 768);
    REQUIRE(w.openFile(demoDepartmentFile(QStringLiteral("fit.djdb"))));
    QApplication::processEvents();
}

// Room the item delegates leave either side of a cell's text.
constexpr int kCellMargins = 6;

QFont fontOf(const QAbstractItemView *view, const QModelIndex &i)
{
    const QVariant f = i.data(Qt::FontRole);
    return f.isValid() ? f.value<QFont>() : view->font();
}

bool whole(const QAbstractItemView *view, const QModelIndex &i)
{
    return QFontMetrics(fontOf(view, i)).horizontalAdvance(i.data().toString()) + kCellMargins <=
           view->visualRect(i).width();
}

// What the user sees when resting the mouse on a cell.
QString hoverTip(QAbstractItemView *view, const QModelIndex &i)
{
    QToolTip::hideText();
    const QPoint at = view->visualRect(i).center();
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    const QString tip = QToolTip::text();
    QToolTip::hideText();
    return tip;
}

// Every cell of `column` in the visible part of `view` shows its whole text or tips it.
int checkWholeOrTipped(QAbstractItemView *view, int column)
{
    int cut = 0;
    QList<QModelIndex> todo;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        todo << view->model()->index(r, column);
    while (!todo.isEmpty()) {
        const QModelIndex i = todo.takeFirst();
        for (int r = 0; r < view->model()->rowCount(i); ++r)
            todo << view->model()->index(r, column, i);
        const QRect rect = view->visualRect(i);
        if (!rect.isValid() || !view->viewport()->rect().contains(rect.center()) || whole(view, i))
            continue;
        ++cut;
        INFO(i.data().toString().toStdString()
             << ": " << QFontMetrics(fontOf(view, i)).horizontalAdvance(i.data().toString())
             << " px in " << view->visualRect(i).width());
        CHECK(hoverTip(view, i).contains(i.data().toString()));
    }
    return cut;
}

// Clicks the cell as a user would (Ctrl toggles the selection).
void click(QTableView *table, const QModelIndex &i, Qt::KeyboardModifiers mods = {})
{
    table->scrollTo(i);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, mods, table->visualRect(i).center());
    QApplication::processEvents();
}

// The row of the loaded person whose branch has the longest name.
int longestBranchRow(const QAbstractItemModel *m)
{
    int best = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, PersonTableModel::Branch).data().toString().size() >
            m->index(best, PersonTableModel::Branch).data().toString().size())
            best = r;
    return best;
}

QStringList chartTexts(QWidget *chartWidget)
{
    QStringList out;
    for (QChartView *view : chartWidget->findChildren<QChartView *>())
        for (QGraphicsItem *item : view->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                out << text->toPlainText();
    return out;
}

void checkNoEllipsis(QWidget *chartWidget, const QStringList &wholeLabels)
{
    const QStringList texts = chartTexts(chartWidget);
    REQUIRE_FALSE(texts.isEmpty());
    for (const QString &t : texts) {
        INFO(t.toStdString());
        CHECK_FALSE(t.contains(QStringLiteral("...")));
        CHECK_FALSE(t.contains(QChar(0x2026)));
    }
    // Wrapped labels still hold every character.
    QString all;
    for (const QString &t : texts)
        all += QString(t).remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &l : wholeLabels) {
        INFO(l.toStdString());
        CHECK(all.contains(l));
    }
}
} // namespace

TEST_CASE("the post dialog shows the whole name of the organisation", "[ui][fit]")
{
    chineseForScreenshots();
    forgetWindowPlacement();
    MainWindow w;
    open1366(w);
    w.showPage(MainWindow::People);
    auto *table = child<QTableView>(&w, "peopleTable");
    const QModelIndex person = table->model()->index(longestBranchRow(table->model()), 0);
    const QString branch = person.siblingAtColumn(PersonTableModel::Branch).data().toString();
    REQUIRE(branch.size() >= 12);
    click(table, person);
    bool seen = false;
    onNextModal([&](QWidget *dialog) {
        auto *org = child<QComboBox>(dialog, "postOrg");
        CHECK(org->currentText().trimmed() == branch);
        // The text field of the combo box at a width: as shown, or the least it can be given.
        auto fits = [org](int width) {
            QStyleOptionComboBox opt;
            opt.initFrom(org);
            opt.rect.setWidth(width);
            opt.editable = org->isEditable();
            opt.currentText = org->currentText();
            const QRect field = org->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                             QStyle::SC_ComboBoxEditField, org);
            INFO(org->currentText().toStdString()
                 << " needs " << org->fontMetrics().horizontalAdvance(org->currentText())
                 << " px, has " << field.width());
            CHECK(org->fontMetrics().horizontalAdvance(org->currentText()) <= field.width());
        };
        fits(org->width());                   // as the dialog opens
        fits(org->minimumSizeHint().width()); // however narrow the user makes the dialog
        screenshot(*dialog, QStringLiteral("fit-post-dialog"));
        seen = true;
        static_cast<QDialog *>(dialog)->reject();
    });
    child<PeoplePage>(&w, "peoplePage")->addPost();
    CHECK(seen);
    forgetWindowPlacement();
}

TEST_CASE("the people page's empty detail panel gives its width to the list and comes back as left",
          "[ui][fit]")
{
    chineseForScreenshots();
    forgetWindowPlacement();
    int chosen = 0;
    {
        MainWindow w;
        open1366(w);
        w.showPage(MainWindow::People);
        auto *table = child<QTableView>(&w, "peopleTable");
        auto *split = child<QSplitter>(&w, "peopleSplitter");
        auto *details = child<QWidget>(&w, "personDetails");
        // Nobody selected: the list has (nearly) all the width.
        CHECK((!details->isVisible() || details->width() < 20));
        CHECK(table->width() >= split->width() - 20);
        // Every branch name is whole then (the widest column still fits at 1366 px).
        const int col = PersonTableModel::Branch;
        const QModelIndex longest = table->model()->index(longestBranchRow(table->model()), col);
        table->scrollTo(longest);
        QApplication::processEvents();
        INFO(longest.data().toString().toStdString() << " in " << table->columnWidth(col) << " px");
        CHECK(whole(table, longest));
        CHECK(table->horizontalScrollBar()->maximum() == 0);
        screenshot(w, QStringLiteral("fit-people-nobody"));

        click(table, table->model()->index(0, 0));
        CHECK(details->isVisible());
        CHECK(details->width() > 200);
        // The user makes the panel wider.
        const int total = split->sizes().value(0) + split->sizes().value(1);
        split->setSizes({total - 520, 520});
        QApplication::processEvents();
        chosen = details->width();
        CHECK(std::abs(chosen - 520) < 10);
        // A narrower list: names that no longer fit are cut short, whole in their tooltips.
        checkWholeOrTipped(table, col);
        CHECK(table->horizontalScrollBar()->maximum() == 0);
        screenshot(w, QStringLiteral("fit-people-selected"));

        // Ctrl+click lets go of the person: the panel goes, and is saved as the user left it.
        click(table, table->model()->index(0, 0), Qt::ControlModifier);
        CHECK(child<PeoplePage>(&w, "peoplePage")->currentPersonId().isEmpty());
        CHECK((!details->isVisible() || details->width() < 20));
        w.close();
    }
    MainWindow again;
    open1366(again);
    again.showPage(MainWindow::People);
    auto *details = child<QWidget>(&again, "personDetails");
    CHECK((!details->isVisible() || details->width() < 20));
    auto *table = child<QTableView>(&again, "peopleTable");
    click(table, table->model()->index(1, 0));
    CHECK(details->isVisible());
    INFO("remembered " << chosen << " px, now " << details->width());
    CHECK(std::abs(details->width() - chosen) < 30);
    forgetWindowPlacement();
}

TEST_CASE("long names in the organisation and list trees are whole or in their tooltips",
          "[ui][fit]")
{
    chineseForScreenshots();
    forgetWindowPlacement();
    MainWindow w;
    open1366(w);
    // The user keeps the trees narrow.
    w.showPage(MainWindow::Organizations);
    auto *orgTree = child<QTreeView>(&w, "orgTree");
    auto *orgSplit = child<QSplitter>(&w, "orgSplitter");
    orgSplit->setSizes({520, orgSplit->width() - 520});
    orgTree->expandAll();
    QApplication::processEvents();
    CHECK(checkWholeOrTipped(orgTree, 0) > 0);
    screenshot(w, QStringLiteral("fit-org-tree"));

    w.showPage(MainWindow::Duty);
    auto *lists = child<QTreeView>(&w, "dutyLists");
    auto *dutySplit = child<QSplitter>(&w, "dutySplitter");
    dutySplit->setSizes({300, dutySplit->width() - 300});
    QApplication::processEvents();
    // Post lists too ("name（branch）"), further down.
    int cut = checkWholeOrTipped(lists, 0);
    lists->scrollToBottom();
    QApplication::processEvents();
    cut += checkWholeOrTipped(lists, 0);
    CHECK(cut > 0);
    screenshot(w, QStringLiteral("fit-duty-tree"));
    forgetWindowPlacement();
}

TEST_CASE("chart labels are drawn whole", "[ui][fit]")
{
    chineseForScreenshots();
    forgetWindowPlacement();
    MainWindow w;
    open1366(w);
    w.showPage(MainWindow::Duty);
    child<QTabWidget>(&w, "dutyTabs")->setCurrentIndex(1);
    QApplication::processEvents();
    QApplication::processEvents();
    for (const char *name : {"chartLevels", "chartPosts", "chartCategories"}) {
        INFO(name);
        checkNoEllipsis(child<QWidget>(&w, name), {});
    }
    screenshot(w, QStringLiteral("fit-duty-charts"));
    // A smaller screen: the labels wrap rather than lose their ends.
    w.resize(1024, 700);
    QApplication::processEvents();
    QApplication::processEvents();
    for (const char *name : {"chartLevels", "chartPosts", "chartCategories"}) {
        INFO(name << " at 1024 px");
        checkNoEllipsis(child<QWidget>(&w, name), {});
    }
    screenshot(w, QStringLiteral("fit-duty-charts-1024"));
    w.resize(1366, 768);

    w.showPage(MainWindow::Assess);
    child<QTabWidget>(&w, "assessTabs")->setCurrentIndex(5);
    auto *kind = child<QComboBox>(&w, "chartKind");
    auto *results = child<QTableView>(&w, "assessResults");
    QStringList names;
    for (int r = 0; r < results->model()->rowCount(); ++r)
        names << results->model()->index(r, 2).data().toString();
    REQUIRE(names.size() > 10);
    for (int k = 0; k < kind->count(); ++k) {
        kind->setCurrentIndex(k);
        QApplication::processEvents();
        QApplication::processEvents();
        INFO(kind->currentText().toStdString());
        // The ballot spread names every branch under its box.
        checkNoEllipsis(child<QWidget>(&w, "assessTabs"), k == 4 ? names : QStringList());
        screenshot(w, QStringLiteral("fit-assess-chart%1").arg(k));
    }
    forgetWindowPlacement();
}

TEST_CASE("the ballot mismatches show whole, without scrolling", "[ui][fit]")
{
    chineseForScreenshots();
    forgetWindowPlacement();
    MainWindow w;
    open1366(w);
    w.showPage(MainWindow::Assess);
    child<QTabWidget>(&w, "assessTabs")->setCurrentIndex(3);
    QApplication::processEvents();
    QApplication::processEvents();
    auto *list = child<QListWidget>(&w, "ballotMismatches");
    REQUIRE(list->count() > 0);
    CHECK(list->horizontalScrollBar()->maximum() == 0);
    CHECK(list->verticalScrollBar()->maximum() == 0);
    for (int i = 0; i < list->count(); ++i) {
        INFO(list->item(i)->text().toStdString());
        const QRect r = list->visualItemRect(list->item(i));
        CHECK(list->viewport()->rect().contains(r));
        // Wrapped onto as many lines as the text needs.
        const QRect needed = list->fontMetrics().boundingRect(
            QRect(0, 0, r.width() - kCellMargins, 10000), Qt::TextWordWrap, list->item(i)->text());
        CHECK(needed.height() <= r.height());
    }
    auto *ballots = child<QTableView>(&w, "ballotList");
    CHECK(ballots->horizontalScrollBar()->maximum() == 0);
    screenshot(w, QStringLiteral("fit-ballots"));
    forgetWindowPlacement();
}

TEST_CASE("the assessment results fit 1366 px without scrolling sideways", "[ui][fit]")
{
    chineseForScreenshots();
    forgetWindowPlacement();
    MainWindow w;
    open1366(w);
    w.showPage(MainWindow::Assess);
    QApplication::processEvents();
    auto *results = child<QTableView>(&w, "assessResults");
    REQUIRE(results->model()->rowCount() > 0);
    CHECK(results->horizontalHeader()->length() <= results->viewport()->width());
    CHECK(results->horizontalScrollBar()->maximum() == 0);
    // Grade and note have room; whatever is cut short is whole in its tooltip.
    for (int c = 0; c < results->model()->columnCount(); ++c) {
        INFO("column " << c);
        CHECK(results->columnWidth(c) >= results->horizontalHeader()->sectionSizeHint(c));
        checkWholeOrTipped(results, c);
    }
    screenshot(w, QStringLiteral("fit-results"));
    forgetWindowPlacement();
}
