#pragma once

#include "app/EditCommand.h"
#include "org/Organization.h"

// Adds an organisation; undo tombstones it, redo brings the same row back.
class AddOrgCommand : public EditCommand
{
public:
    AddOrgCommand(Session &session, const dj::Organization &org);
    void apply() override;
    void revert() override;
    QString orgId() const { return m_org.id; }

private:
    dj::Organization m_org;
    bool m_inserted = false;
};
