#include "EditOrgCommand.h"

#include "app/Session.h"
#include "org/OrganizationRepository.h"

#include <QCoreApplication>

EditOrgCommand::EditOrgCommand(Session &session, const dj::Organization &before, const dj::Organization &after)
    : EditCommand(session,
                  before.parentId != after.parentId ? QCoreApplication::translate("OrgCommands", "Move %1").arg(before.name)
                                                    : QCoreApplication::translate("OrgCommands", "Edit %1").arg(before.name),
                  true, true),
      m_before(before), m_after(after)
{
}

void EditOrgCommand::apply() { dj::OrganizationRepository(session().db()).update(m_after); }

void EditOrgCommand::revert() { dj::OrganizationRepository(session().db()).update(m_before); }
