// The import wizard's 下载导入模板 button: a save dialog offering the template's name, the
// template written where the user chose, and that template walking back through the wizard
// into an import; an old .xls chosen in the wizard.
#include <catch2/catch.hpp>

#include "Screenshot.h"
#include "SmallTree.h"
#include "Widgets.h"
#include "app/Session.h"
#include "org/ImportOrgsDialog.h"
#include "people/ImportPeopleDialog.h"
#include "sheet/ImportTemplate.h"
#include "storage/Query.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
struct TemplateFixture : SmallTree
{
    std::unique_ptr<Session> session;
    Session &start()
    {
        session = std::make_unique<Session>(std::move(db));
        return *session;
    }
    int count(const char *table)
    {
        return dj::Query(session->db(),
                         QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0")
                             .arg(QLatin1String(table)))
            .scalar()
            .toInt();
    }
};

// Answers the next file dialog with `path`, keeping the name it offered in `offered`.
void answerFileDialog(const QString &path, QString *offered)
{
    QTimer::singleShot(0, [path, offered] {
        auto *fd = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!fd)
            return answerFileDialog(path, offered); // not shown yet
        *offered = fd->selectedFiles().value(0);
        fd->selectFile(path);
        static_cast<QDialog *>(fd)->accept();
    });
}
} // namespace

TEST_CASE("the people import offers its template, and the template imports", "[import][ui]")
{
    TemplateFixture f;
    Session &s = f.start();
    const int before = f.count("person");
    QTemporaryDir dir;
    ImportPeopleDialog dialog(s);
    dialog.show();
    auto *button = child<QPushButton>(&dialog, "importTemplate");
    CHECK(button->isVisible());
    const QString path = dir.filePath(QStringLiteral("my template.xlsx"));
    QString offered;
    answerFileDialog(path, &offered);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(QFileInfo(offered).fileName() ==
          dj::ImportTemplate::fileName(dj::ImportTemplate::Table::People));
    REQUIRE(QFile::exists(path));
    auto *note = child<QLabel>(&dialog, "importTemplateNote");
    CHECK(note->isVisible());
    CHECK(note->text().contains(QDir::toNativeSeparators(path)));

    // The template, untouched, walks through the wizard and adds its example.
    child<QLineEdit>(&dialog, "importFile")->setText(path);
    QTest::mouseClick(child<QPushButton>(&dialog, "importNext"), Qt::LeftButton);
    REQUIRE(child<QStackedWidget>(&dialog, "importPages")->currentIndex() == 1);
    QTest::mouseClick(child<QPushButton>(&dialog, "importNext"), Qt::LeftButton);
    REQUIRE(child<QStackedWidget>(&dialog, "importPages")->currentIndex() == 2);
    CHECK(child<QLabel>(&dialog, "importSummary")->text() ==
          QStringLiteral("Every row is valid (1 rows)."));
    QTest::mouseClick(child<QPushButton>(&dialog, "importAll"), Qt::LeftButton);
    CHECK(dialog.imported() == 1);
    CHECK(f.count("person") == before + 1);
}

TEST_CASE("the organisation import offers its template; a template that cannot be written",
          "[import][ui]")
{
    TemplateFixture f;
    Session &s = f.start();
    const int before = f.count("organization");
    QTemporaryDir dir;
    ImportOrgsDialog dialog(s);
    dialog.show();
    CHECK(child<QPushButton>(&dialog, "importTemplate")->isVisible());
    // A folder that does not exist: the reason shows under the page.
    CHECK(!dialog.saveTemplate(dir.filePath(QStringLiteral("no/such/folder/t.xlsx"))));
    CHECK(child<QLabel>(&dialog, "importError")->isVisible());
    CHECK(!child<QLabel>(&dialog, "importTemplateNote")->isVisible());

    const QString path = dir.filePath(QStringLiteral("orgs.xlsx"));
    REQUIRE(dialog.saveTemplate(path));
    CHECK(!child<QLabel>(&dialog, "importError")->isVisible());
    CHECK(child<QLineEdit>(&dialog, "importFile")->text() == path); // chosen for the import
    REQUIRE(dialog.loadFile(path));
    REQUIRE(dialog.checkRows());
    REQUIRE(dialog.importRows(false));
    CHECK(dialog.imported() == 1);
    CHECK(f.count("organization") == before + 1);
}

TEST_CASE("the import wizard reads an old .xls", "[import][ui]")
{
    TemplateFixture f;
    Session &s = f.start();
    ImportPeopleDialog dialog(s);
    dialog.show();
    REQUIRE(dialog.loadFile(QStringLiteral(DJ_SOURCE_DIR "/tests/fixtures/import/hidden_first.xls")));
    auto *preview = child<QTableWidget>(&dialog, "importPreview");
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(0, 3)->text() == QStringLiteral("1980-05-06"));
    CHECK(preview->item(0, 7)->text() == QStringLiteral("13800000001"));
    CHECK(child<QLabel>(&dialog, "importSheetInfo")->text().startsWith(
        QStringLiteral("Sheet \"党员名册\": 3 rows")));
    dialog.checkRows();
    // The sheet (made before 转正时间 was required) gives no 转正时间: each full member is
    // refused for it — the .xls was read, row by row.
    CHECK(child<QLabel>(&dialog, "importSummary")->text().startsWith(
        QStringLiteral("Valid rows: 0. Rows with problems: 3")));
    auto *report = child<QTableWidget>(&dialog, "importReport");
    REQUIRE(report->rowCount() == 3);
    CHECK(report->item(0, 1)->text() == QStringLiteral("张三"));
    CHECK(report->item(0, 2)->text().contains(QStringLiteral("正式党员")));
}

TEST_CASE("the import wizard's first page with the template saved, for looking at it",
          "[import][ui][screenshot]")
{
    chineseForScreenshots();
    TemplateFixture f;
    Session &s = f.start();
    QTemporaryDir dir;
    ImportPeopleDialog dialog(s);
    dialog.show();
    REQUIRE(dialog.saveTemplate(dir.filePath(dj::ImportTemplate::fileName(
        dj::ImportTemplate::Table::People))));
    CHECK(child<QLabel>(&dialog, "importTemplateNote")->isVisible());
    screenshot(dialog, QStringLiteral("import_template_people"));
}
