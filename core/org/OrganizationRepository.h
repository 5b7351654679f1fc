#pragma once

#include "Organization.h"
#include "common/FieldProblem.h"

#include <QList>
#include <QStringList>

namespace dj {

class Database;

// Reads and writes organisations and enforces the rules of the tree: which type may sit
// under which, no cycles, unique codes, no dissolving an organisation still in use.
class OrganizationRepository
{
public:
    explicit OrganizationRepository(Database &db) : m_db(db) {}

    // Every organisation not tombstoned, parents before children, siblings by sort order.
    QList<Organization> all() const;
    Organization get(const QString &id) const; // throws NotFound
    // Empty id when no live organisation has this code.
    Organization byCode(const QString &code) const;
    QStringList subtreeIds(const QString &rootId) const; // the root and all below it
    QList<Organization> children(const QString &id, bool activeOnly) const;

    // Throws Invalid/Conflict with a message naming the field; returns the new id.
    QString insert(Organization org);
    void update(const Organization &org);
    void move(const QString &id, const QString &newParentId);
    void dissolve(const QString &id, const QDate &on);
    void reactivate(const QString &id);
    // Tombstones a row (undo of "add"); restore() brings it back.
    void remove(const QString &id);
    void restore(const QString &id);

    // The rules without writing anything; throws dj::Error on the first problem.
    void validate(const Organization &org) const;
    // All of the problems at once ("name", "shortName", "code", "establishedOn", "termStart",
    // "termYears", "parentId", "contactPersonId"), for the organisation dialog.
    QList<FieldProblem> problems(const Organization &org) const;
    // The text fields alone (lengths, control characters): the first problem, or empty.
    // For the sheet import, which lists every bad row before anything is written.
    static QString textProblem(const Organization &org);

private:
    Database &m_db;
};

} // namespace dj
