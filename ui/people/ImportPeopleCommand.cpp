#include "ImportPeopleCommand.h"

#include "app/Session.h"
#include "common/Error.h"
#include "org/PersonRepository.h"
#include "storage/Transaction.h"

ImportPeopleCommand::ImportPeopleCommand(Session &session, dj::ImportReport report, bool validOnly,
                                         dj::PeopleImport::Progress progress)
    : EditCommand(
          session,
          tr("Import people (%1)").arg(validOnly ? report.validCount() : int(report.rows.size())),
          false, true),
      m_report(std::move(report)), m_validOnly(validOnly), m_progress(std::move(progress))
{
}

void ImportPeopleCommand::apply()
{
    if (!m_done) {
        const dj::PeopleImport::Outcome out =
            dj::PeopleImport(session().db()).import(m_report, m_validOnly, m_progress);
        if (out.cancelled)
            throw dj::Error(dj::Error::Kind::Invalid,
                            tr("The import was cancelled; nothing was imported."));
        m_ids = out.personIds;
        m_done = true;
        m_report = {};
        m_progress = {};
        return;
    }
    dj::Transaction tx(session().db());
    dj::PersonRepository people(session().db());
    for (const QString &id : std::as_const(m_ids))
        people.restore(id);
    tx.commit();
}

void ImportPeopleCommand::revert()
{
    dj::Transaction tx(session().db());
    dj::PersonRepository people(session().db());
    for (const QString &id : std::as_const(m_ids))
        people.remove(id);
    tx.commit();
}
