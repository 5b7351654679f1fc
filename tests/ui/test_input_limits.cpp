// Issue 8: the editors stop at the limits core enforces (dj::limits), for typed and pasted
// text, and never cut what was stored before.
#include <catch2/catch.hpp>

#include "SmallTree.h"
#include "Widgets.h"
#include "app/Session.h"
#include "assess/IndicatorDialog.h"
#include "common/FieldLimits.h"
#include "common/TextLimits.h"
#include "duty/DutyItemDialog.h"
#include "org/OrgDialog.h"
#include "people/PersonDialog.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {
QString han(int n)
{
    return QString(n, QChar(0x515A));
}
} // namespace

TEST_CASE("a limited plain-text edit stops typing and pasting at the limit", "[ui][hardening]")
{
    QPlainTextEdit edit;
    textlimits::limit(&edit, 10);
    edit.show();
    edit.insertPlainText(QStringLiteral("0123456789"));
    QTest::keyClicks(&edit, QStringLiteral("abc"));
    CHECK(edit.toPlainText() == QStringLiteral("0123456789"));
    // A paste in the middle keeps what fits and the text after the cursor.
    QTextCursor c = edit.textCursor();
    c.setPosition(2);
    c.setPosition(5, QTextCursor::KeepAnchor);
    edit.setTextCursor(c);
    edit.insertPlainText(QStringLiteral("ABCDEFG"));
    CHECK(edit.toPlainText() == QStringLiteral("01ABC56789"));
    // A character outside the BMP is never cut in half.
    edit.setPlainText(QStringLiteral("012345678"));
    edit.moveCursor(QTextCursor::End);
    edit.insertPlainText(QStringLiteral("\U00020000"));
    CHECK(edit.toPlainText() == QStringLiteral("012345678"));

    // Text stored longer than the limit is shown whole and may only shrink.
    QPlainTextEdit old;
    old.setPlainText(han(15));
    textlimits::limit(&old, 10);
    CHECK(old.toPlainText().size() == 15);
    old.moveCursor(QTextCursor::End);
    old.insertPlainText(QStringLiteral("x"));
    CHECK(old.toPlainText() == han(15));
    QTextCursor end = old.textCursor();
    end.movePosition(QTextCursor::End);
    end.deletePreviousChar();
    CHECK(old.toPlainText().size() == 14);
    old.insertPlainText(QStringLiteral("xy"));
    CHECK(old.toPlainText().size() == 14); // shortened text does not grow back past the limit
}

TEST_CASE("dialog fields carry the limits of core", "[ui][hardening]")
{
    SmallTree t;
    Session session(std::move(t.db));

    PersonDialog person(session);
    CHECK(child<QLineEdit>(&person, "personName")->maxLength() == dj::limits::PersonNameMax);
    CHECK(child<QLineEdit>(&person, "personPhone")->maxLength() == dj::limits::PhoneMax);
    CHECK(child<QLineEdit>(&person, "personWorkUnit")->maxLength() == dj::limits::OrgNameMax);
    CHECK(child<QLineEdit>(&person, "personPosition")->maxLength() == dj::limits::PositionMax);
    auto *note = child<QPlainTextEdit>(&person, "personNote");
    note->insertPlainText(han(dj::limits::NoteMax + 5));
    CHECK(note->toPlainText().size() == dj::limits::NoteMax);
    auto *name = child<QLineEdit>(&person, "personName");
    name->insert(han(dj::limits::PersonNameMax + 1));
    CHECK(name->text().size() == dj::limits::PersonNameMax);

    dj::Organization o;
    o.type = dj::OrgType::Branch;
    OrgDialog org(session.db(), o, true, [](const dj::Organization &, QString *) { return true; });
    CHECK(child<QLineEdit>(&org, "orgName")->maxLength() == dj::limits::OrgNameMax);
    CHECK(child<QLineEdit>(&org, "orgShortName")->maxLength() == dj::limits::ShortNameMax);
    CHECK(child<QLineEdit>(&org, "orgCode")->maxLength() == dj::limits::CodeMax);
    CHECK(child<QSpinBox>(&org, "orgTermYears")->maximum() == dj::limits::TermYearsMax);

    DutyItemDialog item(QStringLiteral("事项"), {}, true, {},
                        [](const DutyItemDialog::Fields &, QString *) { return true; });
    CHECK(child<QLineEdit>(&item, "itemTitle")->maxLength() == dj::limits::TitleMax);
    CHECK(child<QLineEdit>(&item, "itemCode")->maxLength() == dj::limits::CodeMax);
    CHECK(child<QSpinBox>(&item, "itemExpected")->maximum() == dj::limits::ExpectedMax);

    IndicatorDialog indicator({}, {QStringLiteral("组织建设")});
    CHECK(child<QLineEdit>(&indicator, "indicatorName")->maxLength() == dj::limits::TitleMax);
    CHECK(child<QLineEdit>(&indicator, "indicatorCode")->maxLength() == dj::limits::CodeMax);

    // A grid cell's editor takes a number's worth of text.
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("1")));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new textlimits::LimitedDelegate(dj::limits::NumberTextMax, &view));
    view.show();
    view.edit(model.index(0, 0));
    auto *cell = view.findChild<QLineEdit *>();
    REQUIRE(cell);
    CHECK(cell->maxLength() == dj::limits::NumberTextMax);
}
