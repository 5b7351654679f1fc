#pragma once

#include "org/Organization.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace dj {
class Database;
}

namespace dj::report {

// What both forms need from the data file, each read in one query: the tree in print order
// with depths, and everyone's current posts.
struct ReportData
{
    QList<Organization> orgs;          // parents first, siblings by sort order
    QHash<QString, int> depth;         // org id -> depth below the printed root
    QHash<QString, int> order;         // org id -> position in the printed tree
    QHash<QString, QStringList> postsOfPerson; // person id -> official post names, current
    // person id + '/' + organisation id -> 0 书记, 1 副书记, 2 委员 of that organisation's
    // committee (current posts): a roster lists its committee first.
    QHash<QString, int> committeeRank;
    QHash<QString, QList<QPair<QString, QString>>> postsInOrg; // org id -> (post, person), current

    // The tree below `rootId` (all of it when empty); throws NotFound for an unknown root.
    static ReportData load(Database &db, const QString &rootId, const QDate &today);
};

// "2026年11月24日", and "____年__月__日" for no date.
QString chineseDate(const QDate &d);

} // namespace dj::report
