#pragma once

#include "app/EditCommand.h"
#include "sheet/PeopleImport.h"

#include <QCoreApplication>

// Adds the people of a checked import report in one transaction, as one step on the undo
// stack: undo tombstones every person it added (with their memberships), redo restores the
// same rows. Cancelling the first run (through `progress`) rolls back and adds nothing.
class ImportPeopleCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportPeopleCommand)
public:
    ImportPeopleCommand(Session &session, dj::ImportReport report, bool validOnly,
                        dj::PeopleImport::Progress progress = {});

    void apply() override;
    void revert() override;
    const QStringList &personIds() const { return m_ids; }

private:
    dj::ImportReport m_report; // dropped after the first run; the ids are enough
    bool m_validOnly;
    dj::PeopleImport::Progress m_progress;
    QStringList m_ids;
    bool m_done = false;
};
