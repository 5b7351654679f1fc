#pragma once

#include "Role.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace dj {

class Database;

// Masks for the personal numbers a role may not see (issue 8). The length is kept, so a
// printed column still looks like an ID number or a phone number; '*' stands for a hidden
// character. Empty stays empty.
//  ID number: 15 to 18 characters keep the first 6 and the last 4 (110101********1234);
//             other lengths from 10 keep the first 3 and the last 2; shorter is all stars.
//  Phone:     spaces, '-', '+', '(' and ')' stay where they are; of the other characters
//             (the digits), 11 or more keep the first 3 and the last 4 (138****5678,
//             010-****5678), fewer keep only the last 2 (******78).
QString maskIdNumber(const QString &idNumber);
QString maskPhone(const QString &phone);
// Whether `value` is `stored` as a mask shows it (and not a number typed in): an edit that
// sends back what it was shown keeps the stored number.
bool isMaskOfIdNumber(const QString &value, const QString &stored);
bool isMaskOfPhone(const QString &value, const QString &stored);

// Who may see a person's ID number and phone unmasked, for the session of one open file:
// administrators and the 机关党委 everyone's, a branch account those of the people in its
// subtree (the people of its scope organisation and of every organisation below it), a
// read-only account nobody's. Built for one operation (a list, a report): a branch
// account's subtree is read once, on first use, so the tree may change between views.
class SensitiveView
{
public:
    explicit SensitiveView(const Database &db);

    // Every person's numbers are shown (administrators, the 机关党委, a file without accounts).
    bool seesAll() const { return m_role == Role::Admin || m_role == Role::Committee; }
    // No person's numbers are shown (a read-only account).
    bool seesNone() const { return m_role == Role::ReadOnly; }
    // The numbers of a person whose branch is `branchId` may be shown unmasked.
    bool maySee(const QString &branchId) const;

    // Lists of people show only the branch account's subtree; everyone's for other roles.
    bool listsAll() const { return m_role != Role::Branch; }
    // The organisations whose people a branch account lists (its subtree); empty otherwise.
    QStringList listedOrgIds() const;
    // Whether lists show a person whose branch is `branchId`.
    bool lists(const QString &branchId) const { return listsAll() || inScope(branchId); }

    QString idNumber(const QString &branchId, const QString &stored) const
    {
        return maySee(branchId) ? stored : maskIdNumber(stored);
    }
    QString phone(const QString &branchId, const QString &stored) const
    {
        return maySee(branchId) ? stored : maskPhone(stored);
    }
    // A whole row of `table` with its `columns`, as a display of exchanged rows (the
    // conflicts of an import) shows it: a person's id_number and phone masked by the row's
    // own branch_id. Rows of other tables come back unchanged.
    QVariantList shownRow(const QString &table, const QStringList &columns, QVariantList row) const;

private:
    bool inScope(const QString &orgId) const;
    const QSet<QString> &subtree() const;

    const Database &m_db;
    Role m_role = Role::Admin;
    QString m_scopeOrgId;
    mutable std::optional<QSet<QString>> m_subtree;
};

} // namespace dj
