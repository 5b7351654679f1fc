#include "AddPostCommand.h"

#include "app/Session.h"
#include "org/PostRepository.h"

AddPostCommand::AddPostCommand(Session &session, const dj::Post &post, const QString &personName)
    : EditCommand(session, tr("Add post %1 for %2").arg(dj::vocab::label(post.type), personName),
                  true, true),
      m_post(post)
{
}

void AddPostCommand::apply()
{
    dj::PostRepository repo(session().db());
    if (m_id.isEmpty())
        m_id = repo.add(m_post);
    else
        repo.restore(m_id);
}

void AddPostCommand::revert()
{
    dj::PostRepository(session().db()).remove(m_id);
}
