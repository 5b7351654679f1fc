#include "DissolveOrgCommand.h"

#include "app/Session.h"
#include "org/OrganizationRepository.h"
#include "org/PostRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

DissolveOrgCommand::DissolveOrgCommand(Session &session, const QString &orgId, const QString &name, const QDate &on)
    : EditCommand(session, QCoreApplication::translate("OrgCommands", "Dissolve %1").arg(name), true, true),
      m_orgId(orgId), m_on(on)
{
}

void DissolveOrgCommand::apply()
{
    dj::Transaction tx(session().db());
    m_endedPosts.clear();
    for (const dj::PostView &v : dj::PostRepository(session().db()).forOrg(m_orgId, false))
        if (!v.post.to.isValid() || v.post.to > m_on)
            m_endedPosts << v.post.id;
    dj::OrganizationRepository(session().db()).dissolve(m_orgId, m_on);
    tx.commit();
}

void DissolveOrgCommand::revert()
{
    dj::Transaction tx(session().db());
    dj::OrganizationRepository(session().db()).reactivate(m_orgId);
    dj::PostRepository posts(session().db());
    for (const QString &id : std::as_const(m_endedPosts))
        posts.reopen(id);
    tx.commit();
}
