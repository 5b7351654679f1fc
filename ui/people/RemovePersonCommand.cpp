#include "RemovePersonCommand.h"

#include "app/Session.h"
#include "org/PersonRepository.h"

RemovePersonCommand::RemovePersonCommand(Session &session, const QString &personId,
                                         const QString &name)
    : EditCommand(session, tr("Remove person %1").arg(name), false, true), m_id(personId)
{
}

void RemovePersonCommand::apply()
{
    dj::PersonRepository(session().db()).remove(m_id);
}

void RemovePersonCommand::revert()
{
    dj::PersonRepository(session().db()).restore(m_id);
}
