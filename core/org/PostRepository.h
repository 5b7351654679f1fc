#pragma once

#include "Post.h"
#include "common/FieldProblem.h"

#include <QHash>
#include <QList>

namespace dj {

class Database;

// Posts (任职): checks that the post exists in that kind of organisation and that a head
// post (书记, 组长) has at most one current holder.
class PostRepository
{
public:
    explicit PostRepository(Database &db) : m_db(db) {}

    QString add(Post p); // returns the new id
    void end(const QString &postId, const QDate &on);
    void reopen(const QString &postId); // undo of end()
    void remove(const QString &postId); // tombstone (undo of add)
    void restore(const QString &postId);

    Post get(const QString &postId) const;
    QList<PostView> forPerson(const QString &personId) const;
    QList<PostView> forOrg(const QString &orgId, bool currentOnly) const;
    // The current holder's name of `type` in `orgId`, empty when vacant.
    QString holderName(const QString &orgId, PostType type) const;
    // Everything wrong with `p` ("orgId", "type", "from", "to"), for the post dialog.
    QList<FieldProblem> problems(const Post &p) const;
    // Every organisation's current head (书记, 组长) by organisation id, in one query,
    // for the tree and the printed lists.
    QHash<QString, QString> currentHeads() const;

private:
    void validate(const Post &p) const;
    QList<PostView> list(const QString &where, const QString &key, bool currentOnly) const;
    Database &m_db;
};

} // namespace dj
