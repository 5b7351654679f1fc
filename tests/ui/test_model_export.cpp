// "Export table" of a view's model: every row (fetched), display text, dates and numbers.
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "common/ModelExport.h"
#include "people/PersonTableModel.h"
#include "sheet/SheetWriter.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>

TEST_CASE("model export: headers, text, dates, numbers, empty cells", "[sheet]")
{
    QStandardItemModel m(0, 4);
    m.setHorizontalHeaderLabels({QStringLiteral("姓名"), QStringLiteral("出生日期"),
                                 QStringLiteral("人数"), QStringLiteral("备注")});
    auto *number = new QStandardItem;
    number->setData(7, Qt::DisplayRole);
    m.appendRow({new QStandardItem(QStringLiteral("张伟")),
                 new QStandardItem(QStringLiteral("1980-05-06")), number,
                 new QStandardItem(QStringLiteral("—"))});
    m.appendRow({new QStandardItem(QStringLiteral("=1+1")),
                 new QStandardItem(QStringLiteral("1980-13-06")),
                 new QStandardItem(QStringLiteral("13800000000")),
                 new QStandardItem(QStringLiteral("2020-01-01 起"))});

    dj::SheetTable t;
    REQUIRE(modelexport::toSheet(&m, t));
    CHECK(t.headers == QStringList{QStringLiteral("姓名"), QStringLiteral("出生日期"),
                                   QStringLiteral("人数"), QStringLiteral("备注")});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0).at(0) == QStringLiteral("张伟"));
    CHECK(t.rows.at(0).at(1).typeId() == QMetaType::QDate);
    CHECK(t.rows.at(0).at(1).toDate() == QDate(1980, 5, 6));
    CHECK(t.rows.at(0).at(2).typeId() == QMetaType::Int);
    CHECK(t.rows.at(0).at(3).isNull());
    CHECK(t.rows.at(1).at(0) == QStringLiteral("=1+1"));
    CHECK(t.rows.at(1).at(1) == QStringLiteral("1980-13-06")); // not a date: stays text
    CHECK(t.rows.at(1).at(2).typeId() == QMetaType::QString);  // a phone number is not a number
    CHECK(t.rows.at(1).at(3) == QStringLiteral("2020-01-01 起"));
}

TEST_CASE("model export: a tree is flattened depth first with indentation", "[sheet]")
{
    QStandardItemModel m(0, 2);
    auto *root = new QStandardItem(QStringLiteral("党组"));
    auto *child = new QStandardItem(QStringLiteral("机关党委"));
    child->appendRow({new QStandardItem(QStringLiteral("第一支部")),
                      new QStandardItem(QStringLiteral("SW-ZB01"))});
    root->appendRow({child, new QStandardItem(QStringLiteral("SW-JG"))});
    m.appendRow({root, new QStandardItem(QStringLiteral("SW"))});
    dj::SheetTable t;
    REQUIRE(modelexport::toSheet(&m, t));
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0).at(0) == QStringLiteral("党组"));
    CHECK(t.rows.at(1).at(0).toString().endsWith(QStringLiteral("机关党委")));
    CHECK(t.rows.at(1).at(0).toString().size() > t.rows.at(0).at(0).toString().size() + 2);
    CHECK(t.rows.at(2).at(1) == QStringLiteral("SW-ZB01"));
}

TEST_CASE("model export: the people model exports everyone, not only the loaded page", "[sheet]")
{
    SmallTree tree;
    const int n = PersonTableModel::PageSize + 30;
    for (int i = 0; i < n; ++i)
        tree.person(QStringLiteral("成员%1").arg(i, 3, 10, QLatin1Char('0')), tree.branch1,
                    100 + i);
    PersonTableModel model(*tree.db);
    REQUIRE(model.rowCount() <= PersonTableModel::PageSize);

    dj::SheetTable t;
    int fetches = 0;
    REQUIRE(modelexport::toSheet(&model, t, [&](int, int total) {
        fetches += total == 0;
        return true;
    }));
    CHECK(fetches >= 1);
    REQUIRE(t.rows.size() == n);
    CHECK(t.headers.size() == model.columnCount());
    CHECK(t.rows.at(0).at(0) == QStringLiteral("成员000"));
    CHECK(t.rows.last().at(0) == QStringLiteral("成员%1").arg(n - 1));
    CHECK(t.rows.at(0).at(PersonTableModel::BirthDate).toDate() == QDate(1980, 5, 6));

    t.name = QStringLiteral("人员");
    const QString path = tree.dir.filePath(QStringLiteral("people.xlsx"));
    REQUIRE(dj::SheetWriter::write(t, path));
    CHECK(QFile(path).size() > 1000);

    // Cancelled while fetching: nothing collected is returned as finished.
    PersonTableModel again(*tree.db);
    dj::SheetTable u;
    CHECK_FALSE(modelexport::toSheet(&again, u, [](int, int) { return false; }));
}

namespace {
// Answers the next modal dialog: a file dialog with `file`, a message box by closing it
// (its text kept in `message`).
void answerNextDialog(const QString &file, QString *message)
{
    QTimer::singleShot(0, [file, message] {
        QWidget *w = QApplication::activeModalWidget();
        if (auto *fd = qobject_cast<QFileDialog *>(w)) {
            fd->selectFile(file);
            static_cast<QDialog *>(fd)->accept(); // QFileDialog::accept, public through QDialog
        } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
            *message = box->text();
            box->accept();
        } else {
            answerNextDialog(file, message); // not shown yet
        }
    });
}
} // namespace

TEST_CASE("model export: the interactive export writes the chosen file or says why not", "[sheet]")
{
    QStandardItemModel m(0, 2);
    m.setHorizontalHeaderLabels({QStringLiteral("姓名"), QStringLiteral("日期")});
    m.appendRow({new QStandardItem(QStringLiteral("张伟")),
                 new QStandardItem(QStringLiteral("2020-01-02"))});
    QTemporaryDir dir;
    QWidget parent;

    // No extension typed: the selected type's (.xlsx) is added.
    QString message;
    answerNextDialog(dir.filePath(QStringLiteral("名单")), &message);
    const QString written = exportModelInteractively(&m, QStringLiteral("名单"), &parent);
    CHECK(written == dir.filePath(QStringLiteral("名单.xlsx")));
    CHECK(QFile::exists(written));

    const QString csv = dir.filePath(QStringLiteral("名单.csv"));
    answerNextDialog(csv, &message);
    CHECK(exportModelInteractively(&m, QStringLiteral("名单"), &parent) == csv);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("\xEF\xBB\xBF"));

    // A folder that does not exist: a message box naming it, nothing returned.
    answerNextDialog(dir.filePath(QStringLiteral("gone/x.xlsx")), &message);
    answerNextDialog({}, &message);
    CHECK(exportModelInteractively(&m, QStringLiteral("名单"), &parent).isEmpty());
    CHECK(message.contains(QStringLiteral("gone")));
}
