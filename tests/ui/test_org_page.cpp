#include "Widgets.h"
#include "SmallTree.h"

#include "app/Session.h"
#include "org/OrgPage.h"
#include "org/OrgTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QToolButton>
#include <catch2/catch.hpp>

namespace {

bool treeHas(QTreeView *tree, const QString &name)
{
    const QModelIndexList hits = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                      Qt::MatchRecursive | Qt::MatchExactly);
    return !hits.isEmpty();
}

struct Fixture
{
    SmallTree tree;
    std::unique_ptr<Session> session;
    std::unique_ptr<OrgPage> page;
    Fixture()
    {
        session = std::make_unique<Session>(std::move(tree.db));
        page = std::make_unique<OrgPage>(*session);
    }
};
} // namespace

TEST_CASE("the organisation tree model is a well-behaved model", "[ui][org]")
{
    SmallTree t;
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload(*t.db, QDate(2026, 11, 24));
    CHECK(model.rowCount() == 1);
    const QModelIndex organ = model.indexOf(t.organ);
    REQUIRE(organ.isValid());
    CHECK(model.rowCount(organ) == 2);
    CHECK(model.parent(model.indexOf(t.group1)) == model.indexOf(t.branch1));
}

TEST_CASE("a branch created through the dialog appears in the tree, undo and redo", "[ui][org]")
{
    Fixture f;
    auto *tree = f.page->findChild<QTreeView *>(QStringLiteral("orgTree"));
    REQUIRE(tree);
    f.page->selectOrganization(f.tree.organ);
    withDialog([&] { f.page->findChild<QToolButton *>(QStringLiteral("addOrg"))->click(); }, [](QDialog *d) {
        auto *type = d->findChild<QComboBox *>(QStringLiteral("orgType"));
        type->setCurrentIndex(type->findData(int(dj::OrgType::Branch)));
        d->findChild<QLineEdit *>(QStringLiteral("orgName"))->setText(QStringLiteral("对外贸易处党支部"));
        d->findChild<QLineEdit *>(QStringLiteral("orgCode"))->setText(QStringLiteral("SW-ZB09"));
        d->findChild<QPushButton *>(QStringLiteral("orgOk"))->click();
    });
    CHECK(treeHas(tree, QStringLiteral("对外贸易处党支部")));
    CHECK(f.session->undoStack()->count() == 1);
    f.session->undoStack()->undo();
    CHECK_FALSE(treeHas(tree, QStringLiteral("对外贸易处党支部")));
    f.session->undoStack()->redo();
    CHECK(treeHas(tree, QStringLiteral("对外贸易处党支部")));
}

TEST_CASE("a refused edit keeps the dialog open with core's message", "[ui][org]")
{
    Fixture f;
    f.page->selectOrganization(f.tree.organ);
    QString shown;
    bool stillOpen = false;
    withDialog([&] { f.page->addChild(); }, [&](QDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("orgName"))->setText(QStringLiteral("重号支部"));
        d->findChild<QLineEdit *>(QStringLiteral("orgCode"))->setText(QStringLiteral("SW-ZB01")); // taken
        d->findChild<QPushButton *>(QStringLiteral("orgOk"))->click();
        shown = d->findChild<QLabel *>(QStringLiteral("orgCodeProblem"))->text(); // beside the code
        stillOpen = d->isVisible();
        d->reject();
    });
    CHECK(stillOpen);
    CHECK(shown.contains(QStringLiteral("already used")));
    CHECK(f.session->undoStack()->count() == 0);
}

TEST_CASE("dissolving a branch with members is refused, an empty group can be dissolved and undone", "[ui][org]")
{
    Fixture f;
    QString error;
    QObject::connect(f.session.get(), &Session::errorOccurred, [&](const QString &m) { error = m; });
    f.tree.people.insert([&] {
        dj::Person p;
        p.name = QStringLiteral("张伟");
        p.branchId = f.tree.branch2;
        p.joinedOn = QDate(2010, 7, 1);
        p.fullMemberOn = QDate(2011, 7, 1);
        return p;
    }());
    f.page->selectOrganization(f.tree.branch2);
    withDialog([&] { f.page->dissolveCurrent(); }, [](QDialog *d) { d->accept(); });
    CHECK(error.contains(QStringLiteral("1 member")));
    f.page->selectOrganization(f.tree.group1);
    withDialog([&] { f.page->dissolveCurrent(); }, [](QDialog *d) { d->accept(); });
    CHECK(f.tree.orgs.get(f.tree.group1).status == dj::OrgStatus::Dissolved);
    f.session->undoStack()->undo();
    CHECK(f.tree.orgs.get(f.tree.group1).isActive());
}
