#include "EndPostCommand.h"

#include "app/Session.h"
#include "org/PostRepository.h"

// `description` names the post and its holder, e.g. "Branch secretary, 张伟".
EndPostCommand::EndPostCommand(Session &session, const QString &postId, const QString &description,
                               const QDate &on)
    : EditCommand(session, tr("End post %1").arg(description), true, true), m_postId(postId),
      m_on(on)
{
}

void EndPostCommand::apply()
{
    dj::PostRepository(session().db()).end(m_postId, m_on);
}

void EndPostCommand::revert()
{
    dj::PostRepository(session().db()).reopen(m_postId);
}
