#pragma once

#include "app/EditCommand.h"
#include "sheet/OrgImport.h"

#include <QCoreApplication>

// Adds the organisations of a checked import report in one transaction, as one step on the
// undo stack: undo tombstones every organisation it added (children first), redo restores
// the same rows (parents first).
class ImportOrgsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportOrgsCommand)
public:
    ImportOrgsCommand(Session &session, dj::OrgImportReport report, bool validOnly);

    void apply() override;
    void revert() override;
    const QStringList &orgIds() const { return m_ids; }

private:
    dj::OrgImportReport m_report; // dropped after the first run; the ids are enough
    bool m_validOnly;
    QStringList m_ids; // parents before children
    bool m_done = false;
};
