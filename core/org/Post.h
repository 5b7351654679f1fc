#pragma once

#include "PostVocabulary.h"

#include <QDate>
#include <QString>

namespace dj {

// A person holding a post in an organisation over a period.
struct Post
{
    QString id;
    QString personId;
    QString orgId;
    PostType type = PostType::BrSecretary;
    QDate from;
    QDate to; // invalid while held
    qint64 version = 0;

    // Held on `day`: started on or before it and not yet ended.
    bool isCurrent(const QDate &day) const { return from <= day && (!to.isValid() || to > day); }
};

// A post with the names a list needs.
struct PostView
{
    Post post;
    QString personName;
    QString orgName;
};

} // namespace dj
