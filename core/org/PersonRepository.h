#pragma once

#include "Person.h"
#include "common/FieldProblem.h"

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
// A branch account's lists hold only its subtree; who sees numbers masked searches names only
// (core/access/Masking.h).
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

    // Throws NotFound. The ID number and phone come masked when the session may not see them
    // (core/access/Masking.h); update() and validate() take such a value, sent back as it
    // was shown, for the stored number, so a masked value never overwrites one.
    Person get(const QString &id) const;
    // The person with exactly this ID number among those the session lists; empty if none.
    QString idOfIdNumber(const QString &idNumber) const;
    // Adds a person; with a branch, opens their membership from `memberSince`
    // (today when invalid). Returns the new id.
    QString insert(Person p, const QDate &memberSince = {});
    // Changes the personal fields; the branch changes only through transfer().
    void update(const Person &p);
    // Closes the current membership on `on` and opens one in `toBranchId`.
    void transfer(const QString &personId, const QString &toBranchId, const QDate &on,
                  const QString &reason);
    // What keeps transfer() from being made ("branchId", "on", "reason"), all at once.
    QList<FieldProblem> transferProblems(const QString &personId, const QString &toBranchId, const QDate &on,
                                         const QString &reason) const;
    // Undoes the last transfer: reopens the previous membership (undo of transfer()).
    void undoTransfer(const QString &personId);
    QList<Membership> history(const QString &personId) const;
    void remove(const QString &id);  // tombstone, with the person's memberships
    void restore(const QString &id);

    // Everyone matching the filter, in list order (name), as row ids: one scan of the
    // search index, fast enough to run on every keystroke over a city's 120,000 people.
    QVector<qint64> matches(const PersonFilter &f) const;
    // The list rows of `rowIds`, in that order (rows removed meanwhile are skipped), with the
    // numbers masked as get() masks them.
    QList<PersonRow> rows(const QVector<qint64> &rowIds) const;
    int count(const PersonFilter &f) const { return int(matches(f).size()); }
    // The people of an organisation and of everything below it, whoever asks: its size is
    // not personal (the organisation page shows it for every organisation).
    int headcount(const QString &orgId) const;
    QList<PersonRow> page(const PersonFilter &f, int offset, int limit) const
    {
        return rows(matches(f).mid(offset, limit));
    }

    // Throws Invalid with the first of problems(), for the importer and the writes.
    void validate(const Person &p) const;
    // Everything wrong with `p`, in form order, each naming its field by the Person member
    // ("name", "joinedOn", "branchId", ...), for a form that shows them all at once.
    QList<FieldProblem> problems(const Person &p) const;
    // The text fields alone (lengths, control characters): the first problem, or empty.
    static QString textProblem(const Person &p);

private:
    Person stored(const QString &id) const; // unmasked, for the repository's own use
    Person withStoredNumbers(Person p) const;
    void setDeleted(const QString &id, bool deleted);
    Database &m_db;
};

} // namespace dj
