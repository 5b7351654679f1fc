#include "TransferCommand.h"

#include "app/Session.h"
#include "org/PersonRepository.h"

TransferCommand::TransferCommand(Session &session, const QString &personId,
                                 const QString &personName, const QString &toBranchId,
                                 const QString &toBranchName, const QDate &on,
                                 const QString &reason)
    : EditCommand(session, tr("Transfer %1 to %2").arg(personName, toBranchName), false, true),
      m_personId(personId), m_toBranchId(toBranchId), m_on(on), m_reason(reason)
{
}

void TransferCommand::apply()
{
    dj::PersonRepository(session().db()).transfer(m_personId, m_toBranchId, m_on, m_reason);
}

void TransferCommand::revert()
{
    dj::PersonRepository(session().db()).undoTransfer(m_personId);
}
