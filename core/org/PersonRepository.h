#pragma once

#include "Person.h"

#include <QList>
#include <QVector>

namespace dj {

class Database;

// What the people table and the CLI list: one row per person, with the branch name.
struct PersonRow
{
    QString id;
    QString name;
    QChar gender;
    QString ethnicity;
    QDate birthDate;
    QDate joinedOn;
    Standing standing = Standing::Full;
    QString branchName;
    QString branchCode;
    QString phone;
    QString idNumber;
    QString position;
};

// Search-as-you-type and the organisation filter; an empty filter matches everyone.
struct PersonFilter
{
    QString text;      // part of the name or phone, or the start of the ID number
    QString subtreeOf; // organisation id: members of it and every organisation below it
};

struct Membership
{
    QString id;
    QString orgId;
    QString orgName;
    QDate from;
    QDate to; // invalid while current
    QString reason;
};

class PersonRepository
{
public:
    explicit PersonRepository(Database &db) : m_db(db) {}

    Person get(const QString &id) const; // throws NotFound
    // Adds a person; with a branch, opens their membership from `memberSince`
    // (today when invalid). Returns the new id.
    QString insert(Person p, const QDate &memberSince = {});
    // Changes the personal fields; the branch changes only through transfer().
    void update(const Person &p);
    // Closes the current membership on `on` and opens one in `toBranchId`.
    void transfer(const QString &personId, const QString &toBranchId, const QDate &on,
                  const QString &reason);
    // Undoes the last transfer: reopens the previous membership (undo of transfer()).
    void undoTransfer(const QString &personId);
    QList<Membership> history(const QString &personId) const;
    void remove(const QString &id);  // tombstone, with the person's memberships
    void restore(const QString &id);

    // Everyone matching the filter, in list order (name), as row ids: one scan of the
    // search index, fast enough to run on every keystroke over a city's 120,000 people.
    QVector<qint64> matches(const PersonFilter &f) const;
    // The list rows of `rowIds`, in that order (rows removed meanwhile are skipped).
    QList<PersonRow> rows(const QVector<qint64> &rowIds) const;
    int count(const PersonFilter &f) const { return int(matches(f).size()); }
    QList<PersonRow> page(const PersonFilter &f, int offset, int limit) const
    {
        return rows(matches(f).mid(offset, limit));
    }

    // Throws Invalid naming the field, for the dialog and the importer.
    void validate(const Person &p) const;
    // The text fields alone (lengths, control characters): the first problem, or empty.
    static QString textProblem(const Person &p);

private:
    void setDeleted(const QString &id, bool deleted);
    Database &m_db;
};

} // namespace dj
