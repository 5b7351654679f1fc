#include "DutyEdits.h"

#include "DutyItemDialog.h"
#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "storage/RowIds.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <memory>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DutyEdits)
};

bool runDuty(Session &session, FunctionCommand *cmd, QString *error = nullptr)
{
    cmd->setTouchesDuty();
    return error ? session.run(cmd, error) : session.run(cmd);
}
} // namespace

namespace dutyedits {

void addItem(Session &session, const QString &listId, QWidget *parent)
{
    DutyItemDialog dialog(Tr::tr("Add an item"), {}, false, {}, [&session, listId](const DutyItemDialog::Fields &f, QString *error) {
        dj::DutyItem item = DutyItemDialog::withFields(dj::DutyItem{}, f);
        item.id = dj::newRowId();
        item.listId = listId;
        auto first = std::make_shared<bool>(true);
        return runDuty(session, new FunctionCommand(
            session, Tr::tr("Add item %1").arg(item.title),
            [&session, item, first] {
                dj::DutyRepository repo(session.db());
                if (*first)
                    repo.addItem(item.listId, item);
                else
                    repo.restoreItem(item.id);
                *first = false;
            },
            [&session, id = item.id] { dj::DutyRepository(session.db()).removeItem(id); }), error);
    }, parent);
    dialog.exec();
}

void editItem(Session &session, const dj::DutyItem &before, QWidget *parent)
{
    DutyItemDialog dialog(Tr::tr("Edit item %1").arg(before.title), DutyItemDialog::fieldsOf(before), false, {},
                          [&session, before](const DutyItemDialog::Fields &f, QString *error) {
        const dj::DutyItem after = DutyItemDialog::withFields(before, f);
        return runDuty(session, new FunctionCommand(
            session, Tr::tr("Edit item %1").arg(after.title),
            [&session, after] { dj::DutyRepository(session.db()).updateItem(after); },
            [&session, before] { dj::DutyRepository(session.db()).updateItem(before); }), error);
    }, parent);
    dialog.exec();
}

void toggleRetired(Session &session, const dj::DutyItem &item)
{
    const bool retire = !item.isRetired();
    const std::function<void()> retireFn = [&session, id = item.id, on = dj::Clock::today()] {
        dj::DutyRepository(session.db()).retireItem(id, on);
    };
    const std::function<void()> reinstateFn = [&session, id = item.id] { dj::DutyRepository(session.db()).reinstateItem(id); };
    runDuty(session, new FunctionCommand(session, (retire ? Tr::tr("Retire %1") : Tr::tr("Reinstate %1")).arg(item.title),
                                         retire ? retireFn : reinstateFn, retire ? reinstateFn : retireFn));
}

void removeRecord(Session &session, const dj::DutyRecord &rec, QWidget *parent)
{
    if (QMessageBox::question(parent, Tr::tr("Remove record"),
                              Tr::tr("Remove the record of %1 (%2)? Edit → Undo brings it back.")
                                  .arg(rec.doneOn.toString(Qt::ISODate), rec.text.left(30))) != QMessageBox::Yes)
        return;
    runDuty(session, new FunctionCommand(
        session, Tr::tr("Remove record of %1").arg(rec.doneOn.toString(Qt::ISODate)),
        [&session, id = rec.id] { dj::DutyRecordRepository(session.db()).remove(id); },
        [&session, id = rec.id] { dj::DutyRecordRepository(session.db()).restore(id); }));
}

} // namespace dutyedits
