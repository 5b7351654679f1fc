#include "Pairing.h"

namespace dj {

QList<AssessPair> Pairing::suggest(const AssessResult &result)
{
    // Rows are by rank already; a vetoed organisation counts as the weakest whatever its total.
    // One with nothing entered has no place to pair by.
    QList<const OrgResult *> order;
    for (const OrgResult &r : result.rows)
        if (!r.veto && r.scored)
            order << &r;
    for (const OrgResult &r : result.rows)
        if (r.veto && r.scored)
            order << &r;
    QList<AssessPair> pairs;
    const int n = int(order.size());
    for (int i = 0; i < n / 2; ++i)
        pairs << AssessPair{order.at(i)->orgId, order.at(n - 1 - i)->orgId};
    if (n % 2 == 1 && n > 1)
        pairs << AssessPair{order.at(n / 2)->orgId, order.at(n - 1)->orgId};
    return pairs;
}

} // namespace dj
