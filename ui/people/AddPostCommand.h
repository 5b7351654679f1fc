#pragma once

#include "app/EditCommand.h"
#include "org/Post.h"

#include <QCoreApplication>

// Appoints a person to a post (任职). Undo tombstones the post; redo restores the same row.
// Posts show on the organisation page too, so both pages are told.
class AddPostCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPostCommand)
public:
    AddPostCommand(Session &session, const dj::Post &post, const QString &personName);

    void apply() override;
    void revert() override;
    QString postId() const { return m_id; }

private:
    dj::Post m_post;
    QString m_id;
};
