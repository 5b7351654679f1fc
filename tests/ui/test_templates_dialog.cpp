// 清单模板: items edited through the item dialog, a copy for the next year, files saved and
// loaded — each edit undoable, a clash on loading refused until replacing is chosen.
#include <catch2/catch.hpp>

#include "DutySession.h"
#include "Widgets.h"
#include "app/Session.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyPage.h"
#include "duty/DutyItemModel.h"
#include "duty/TemplatesDialog.h"
#include "duty/TemplateRepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// Fills the item dialog the next action opens and presses OK.
void answerItemDialog(const QString &title)
{
    QTimer::singleShot(0, [title] {
        QWidget *d = QApplication::activeModalWidget();
        REQUIRE(d);
        REQUIRE(d->objectName() == QStringLiteral("dutyItemDialog"));
        child<QLineEdit>(d, "itemTitle")->setText(title);
        QMetaObject::invokeMethod(d, "accept");
    });
}
} // namespace

TEST_CASE("template items are added through the item dialog and undone", "[ui][duty]")
{
    DutySession f;
    TemplatesDialog dialog(*f.session);
    auto *list = child<QListWidget>(&dialog, "templateList");
    REQUIRE(list->count() == 9);
    const QString grassroots = dj::TemplateRepository(f.session->db()).forYear(dj::DutySubject::Grassroots, 2026)->id;
    REQUIRE(dialog.selectTemplate(grassroots));
    auto *items = child<QTableWidget>(&dialog, "templateItems");
    const int before = items->rowCount();
    answerItemDialog(QStringLiteral("开展党建品牌创建"));
    dialog.addItem();
    CHECK(items->rowCount() == before + 1);
    CHECK(items->item(before, 2)->text() == QStringLiteral("开展党建品牌创建"));
    f.session->undoStack()->undo();
    CHECK(items->rowCount() == before);

    // Rename, copy to the next year, remove: each one step.
    child<QLineEdit>(&dialog, "templateName")->setText(QStringLiteral("改名后的清单"));
    child<QPushButton>(&dialog, "templateRename")->click();
    CHECK(dj::TemplateRepository(f.session->db()).get(grassroots).name == QStringLiteral("改名后的清单"));
    REQUIRE(dialog.copyTo(2027));
    CHECK(list->count() == 10);
    CHECK(dj::TemplateRepository(f.session->db()).forYear(dj::DutySubject::Grassroots, 2027)->id != grassroots);
    CHECK_FALSE(dialog.copyTo(2027)); // already there
    CHECK(child<QLabel>(&dialog, "templateError")->text().startsWith(QStringLiteral("There is already a template")));
    f.session->undoStack()->undo();
    CHECK(list->count() == 9);
}

TEST_CASE("templates saved to a file load into another office's file", "[ui][duty]")
{
    DutySession source;
    const QString path = source.path(QStringLiteral("templates.djtpl"));
    {
        TemplatesDialog dialog(*source.session);
        REQUIRE(dialog.saveTo(path));
    }
    DutySession other(false);
    TemplatesDialog dialog(*other.session);
    CHECK(child<QListWidget>(&dialog, "templateList")->count() == 0);
    REQUIRE(dialog.loadFrom(path, 2026, false));
    CHECK(child<QListWidget>(&dialog, "templateList")->count() == 9);
    CHECK_FALSE(dialog.loadFrom(path, 2026, false));
    CHECK(child<QLabel>(&dialog, "templateError")->text().contains(QStringLiteral("Nothing was loaded")));
    CHECK(dialog.loadFrom(path, 2026, true));
    CHECK(child<QListWidget>(&dialog, "templateList")->count() == 9);
    CHECK_FALSE(dialog.loadFrom(other.path(QStringLiteral("test.djdb")), 2026, false));
    CHECK(child<QLabel>(&dialog, "templateError")->text().contains(QStringLiteral("is not a Dangjian Desk template file")));
}

TEST_CASE("an item added by hand to a year's list through the page", "[ui][duty]")
{
    DutySession f;
    DutyPage page(*f.session);
    page.show();
    auto *tree = child<QTreeWidget>(&page, "dutyLists");
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    const int before = page.itemModel()->rowCount();
    answerItemDialog(QStringLiteral("专项整治"));
    page.addItem();
    CHECK(page.itemModel()->rowCount() == before + 1);
    f.session->undoStack()->undo();
    CHECK(page.itemModel()->rowCount() == before);
    // Editing the title of the first item.
    page.selectItem(page.itemModel()->item(0)->id);
    answerItemDialog(QStringLiteral("改后的事项"));
    page.editItem();
    CHECK(page.itemModel()->item(0)->title == QStringLiteral("改后的事项"));
}
