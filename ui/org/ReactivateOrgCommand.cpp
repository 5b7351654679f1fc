#include "ReactivateOrgCommand.h"

#include "app/Session.h"
#include "org/OrganizationRepository.h"

#include <QCoreApplication>

ReactivateOrgCommand::ReactivateOrgCommand(Session &session, const dj::Organization &org)
    : EditCommand(session, QCoreApplication::translate("OrgCommands", "Reactivate %1").arg(org.name), true, false),
      m_orgId(org.id), m_dissolvedOn(org.dissolvedOn)
{
}

void ReactivateOrgCommand::apply() { dj::OrganizationRepository(session().db()).reactivate(m_orgId); }

void ReactivateOrgCommand::revert() { dj::OrganizationRepository(session().db()).dissolve(m_orgId, m_dissolvedOn); }
