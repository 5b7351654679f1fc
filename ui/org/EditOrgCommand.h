#pragma once

#include "app/EditCommand.h"
#include "org/Organization.h"

// Changes an organisation's fields or moves it in the tree; undo writes the old values back.
class EditOrgCommand : public EditCommand
{
public:
    EditOrgCommand(Session &session, const dj::Organization &before, const dj::Organization &after);
    void apply() override;
    void revert() override;

private:
    dj::Organization m_before;
    dj::Organization m_after;
};
