// 责任清单 (issue 17): an item recorded as done reads 1/1 before its due date, and a record's
// 录入人 defaults to the session's person.
#include <catch2/catch.hpp>

#include "DutySession.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "app/Session.h"
#include "duty/DutyItemModel.h"
#include "duty/DutyPage.h"
#include "duty/DutyRecordDialog.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"

#include <QApplication>
#include <QLineEdit>

TEST_CASE("a yearly item recorded as done reads 1/1 in the 完成/应完成 column", "[ui][duty]")
{
    chineseForScreenshots();
    DutySession f;
    dj::DutyRepository lists(f.session->db());
    // A yearly item due 31 December, done in June; today is 2026-11-24.
    std::optional<dj::DutyItem> yearly;
    for (const dj::DutyItem &i : lists.itemsOfYear(2026, false))
        if (!yearly && i.frequency == dj::Frequency::Yearly && i.expected == 1 && i.deadline.isEmpty())
            yearly = i;
    REQUIRE(yearly);
    dj::DutyRecord r;
    r.itemId = yearly->id;
    r.doneOn = QDate(2026, 6, 10);
    r.text = QStringLiteral("已召开年度专题会议");
    r.recordedBy = QStringLiteral("王干事");
    dj::DutyRecordRepository(f.session->db()).add(r);

    DutyPage page(*f.session);
    page.resize(1200, 700);
    page.show();
    QApplication::processEvents();
    REQUIRE(page.selectList(yearly->listId));
    REQUIRE(page.selectItem(yearly->id));
    const DutyItemModel *m = page.itemModel();
    const int row = m->rowOf(yearly->id);
    REQUIRE(row >= 0);
    CHECK(m->index(row, DutyItemModel::Progress).data().toString() == QStringLiteral("1/1"));
    CHECK(m->index(row, DutyItemModel::Status).data().toString() == dj::DutySchedule::label(dj::DutyStatus::Done));
    screenshot(page, QStringLiteral("duty-done"));
}

TEST_CASE("a duty record's 录入人 defaults to the session's person", "[ui][duty]")
{
    DutySession f;
    f.session->setPerson(QStringLiteral("王录入"));
    const dj::DutyItem item = dj::DutyRepository(f.session->db()).itemsOfYear(2026, false).first();
    DutyRecordDialog dialog(*f.session, item);
    CHECK(child<QLineEdit>(&dialog, "recordBy")->text() == QStringLiteral("王录入"));
}
