#pragma once

#include "app/EditCommand.h"
#include "org/Organization.h"

// Brings a dissolved organisation back (a dissolution entered by mistake in an earlier
// session); undo dissolves it again on the original date.
class ReactivateOrgCommand : public EditCommand
{
public:
    ReactivateOrgCommand(Session &session, const dj::Organization &org);
    void apply() override;
    void revert() override;

private:
    QString m_orgId;
    QDate m_dissolvedOn;
};
