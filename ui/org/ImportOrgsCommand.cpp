#include "ImportOrgsCommand.h"

#include "app/Session.h"
#include "org/OrganizationRepository.h"
#include "storage/Transaction.h"

ImportOrgsCommand::ImportOrgsCommand(Session &session, dj::OrgImportReport report, bool validOnly)
    : EditCommand(session,
                  tr("Import organisations (%1)")
                      .arg(validOnly ? report.validCount() : int(report.rows.size())),
                  true, false),
      m_report(std::move(report)), m_validOnly(validOnly)
{
}

void ImportOrgsCommand::apply()
{
    if (!m_done) {
        m_ids = dj::OrgImport(session().db()).import(m_report, m_validOnly);
        m_done = true;
        m_report = {};
        return;
    }
    dj::Transaction tx(session().db());
    dj::OrganizationRepository orgs(session().db());
    for (const QString &id : std::as_const(m_ids))
        orgs.restore(id);
    tx.commit();
}

void ImportOrgsCommand::revert()
{
    dj::Transaction tx(session().db());
    dj::OrganizationRepository orgs(session().db());
    for (auto it = m_ids.crbegin(); it != m_ids.crend(); ++it)
        orgs.remove(*it);
    tx.commit();
}
