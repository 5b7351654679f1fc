#include "EditPersonCommand.h"

#include "app/Session.h"
#include "org/PersonRepository.h"

EditPersonCommand::EditPersonCommand(Session &session, const dj::Person &changed)
    : EditCommand(session, tr("Edit person %1").arg(changed.name.trimmed()), false, true),
      m_new(changed)
{
}

void EditPersonCommand::apply()
{
    dj::PersonRepository repo(session().db());
    if (!m_haveOld) {
        m_old = repo.get(m_new.id);
        m_haveOld = true;
    }
    repo.update(m_new);
}

void EditPersonCommand::revert()
{
    dj::PersonRepository(session().db()).update(m_old);
}
