#include "AddOrgCommand.h"

#include "app/Session.h"
#include "org/OrganizationRepository.h"

#include <QCoreApplication>

AddOrgCommand::AddOrgCommand(Session &session, const dj::Organization &org)
    : EditCommand(session, QCoreApplication::translate("OrgCommands", "Add %1").arg(org.name), true, false), m_org(org)
{
}

void AddOrgCommand::apply()
{
    dj::OrganizationRepository repo(session().db());
    if (m_inserted) {
        repo.restore(m_org.id);
        return;
    }
    m_org.id = repo.insert(m_org);
    m_inserted = true;
}

void AddOrgCommand::revert() { dj::OrganizationRepository(session().db()).remove(m_org.id); }
