#include "AddPersonCommand.h"

#include "app/Session.h"
#include "org/PersonRepository.h"

AddPersonCommand::AddPersonCommand(Session &session, const dj::Person &person,
                                   const QDate &memberSince)
    : EditCommand(session, tr("Add person %1").arg(person.name.trimmed()), false, true),
      m_person(person), m_memberSince(memberSince)
{
}

void AddPersonCommand::apply()
{
    dj::PersonRepository repo(session().db());
    if (m_id.isEmpty())
        m_id = repo.insert(m_person, m_memberSince);
    else
        repo.restore(m_id);
}

void AddPersonCommand::revert()
{
    dj::PersonRepository(session().db()).remove(m_id);
}
