#include "Grader.h"

#include <QSet>
#include <cmath>

namespace dj {

void Grader::assign(QList<OrgResult> &rows, const Grading &grading,
                    const QHash<QString, QString> &choices, QList<TieGroup> *ties)
{
    if (grading.method == Grading::Method::Threshold)
        byThreshold(rows, grading);
    else
        byQuota(rows, grading, choices, ties);
}

void Grader::byThreshold(QList<OrgResult> &rows, const Grading &grading)
{
    const QStringList names = grading.grades();
    for (OrgResult &r : rows) {
        r.tie = false;
        r.grade = names.constLast();
        if (r.veto)
            continue;
        for (int i = 0; i < grading.limits.size(); ++i) {
            if (centiKey(r.total) >= centiKey(grading.limits.at(i))) {
                r.grade = names.at(i);
                break;
            }
        }
    }
}

void Grader::byQuota(QList<OrgResult> &rows, const Grading &grading,
                     const QHash<QString, QString> &choices, QList<TieGroup> *ties)
{
    const QStringList names = grading.grades();
    const int last = int(names.size()) - 1;
    const int rest = grading.restIndex();
    const int n = int(rows.size());

    // Places in quota order: everyone by total, then the vetoed (they fill the bottom).
    QList<int> order;
    for (int i = 0; i < n; ++i)
        if (!rows.at(i).veto)
            order << i;
    for (int i = 0; i < n; ++i)
        if (rows.at(i).veto)
            order << i;

    QList<int> place(n, rest);
    int top = 0;
    int bottom = n;
    for (int g = 0; g < rest; ++g) {
        const int count = int(std::floor(grading.limits.at(g) * n / 100.0 + 1e-9));
        for (int k = 0; k < count && top < bottom; ++k)
            place[top++] = g;
    }
    for (int g = last; g > rest; --g) {
        const int count = int(std::floor(grading.limits.at(g) * n / 100.0 + 1e-9));
        for (int k = 0; k < count && bottom > top; ++k)
            place[--bottom] = g;
    }
    for (int k = 0; k < n; ++k) {
        OrgResult &r = rows[order.at(k)];
        r.grade = r.veto ? names.at(last) : names.at(place.at(k));
        r.tie = false;
    }

    // A boundary between two equal totals: the whole run of that total is a tie group.
    QSet<qint64> seen;
    for (int k = 1; k < n; ++k) {
        const OrgResult &above = rows.at(order.at(k - 1));
        const OrgResult &below = rows.at(order.at(k));
        if (above.veto || below.veto || place.at(k - 1) == place.at(k))
            continue;
        const qint64 key = centiKey(above.total);
        if (centiKey(below.total) != key || seen.contains(key))
            continue;
        seen.insert(key);
        TieGroup group;
        group.total = above.total;
        QList<int> members;
        QHash<int, int> places;
        for (int j = 0; j < n; ++j) {
            const OrgResult &r = rows.at(order.at(j));
            if (!r.veto && centiKey(r.total) == key) {
                members << j;
                group.orgIds << r.orgId;
                places[place.at(j)] += 1;
            }
        }
        QList<int> spanned = places.keys();
        std::sort(spanned.begin(), spanned.end());
        for (int g : spanned) {
            group.grades << names.at(g);
            group.places << places.value(g);
        }
        // Decided when everyone in the group has a choice among these grades that keeps
        // the quotas: no more than the places above the rest, no fewer below it.
        QHash<int, int> chosen;
        bool decided = true;
        for (const QString &id : std::as_const(group.orgIds)) {
            const int g = int(names.indexOf(choices.value(id)));
            if (!places.contains(g)) {
                decided = false;
                break;
            }
            chosen[g] += 1;
        }
        for (int g : spanned) {
            if (!decided)
                break;
            if ((g < rest && chosen.value(g) > places.value(g)) || (g > rest && chosen.value(g) < places.value(g)))
                decided = false;
        }
        group.decided = decided;
        for (int j : members) {
            OrgResult &r = rows[order.at(j)];
            r.tie = !decided;
            r.grade = decided ? choices.value(r.orgId) : QString();
        }
        if (ties)
            ties->append(group);
    }
}

} // namespace dj
