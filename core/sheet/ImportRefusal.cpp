#include "ImportRefusal.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ImportRefusal)
};
} // namespace

void refuseIfAnyBad(int bad, int rows, int firstBadRow, const QString &firstProblem, bool validOnly)
{
    if (bad == 0 || validOnly)
        return;
    throw Error(Error::Kind::Invalid,
                Tr::tr("Nothing was imported: %1 of %2 rows have problems (the first, row %3: %4).")
                    .arg(bad)
                    .arg(rows)
                    .arg(firstBadRow)
                    .arg(firstProblem));
}

} // namespace dj
