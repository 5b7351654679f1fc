#include "SheetGrid.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <cmath>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SheetGrid)
};

bool isEmptyRow(const QVariantList &row)
{
    for (const QVariant &v : row) {
        if (!SheetGrid::text(v).isEmpty())
            return false;
    }
    return true;
}

int distinctValues(const QVariantList &row)
{
    QSet<QString> seen;
    for (const QVariant &v : row) {
        const QString t = SheetGrid::text(v);
        if (!t.isEmpty())
            seen.insert(t);
    }
    return int(seen.size());
}

// A row under the header that repeats it in some column (a header cell merged downwards),
// names something new in another, and has only text: the second line of a two-line header.
bool isSubHeader(const QVariantList &row, const QStringList &headers)
{
    bool repeats = false, adds = false;
    for (int c = 0; c < row.size(); ++c) {
        const QString t = SheetGrid::text(row.at(c));
        if (t.isEmpty())
            continue;
        if (row.at(c).typeId() != QMetaType::QString)
            return false;
        if (c < headers.size() && t == headers.at(c))
            repeats = true;
        else
            adds = true;
    }
    return repeats && adds;
}
} // namespace

QString SheetGrid::text(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::Double: {
        const double d = cell.toDouble();
        if (std::isfinite(d) && d == std::round(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    default:
        return cell.toString().trimmed();
    }
}

QString SheetGrid::columnName(int column)
{
    QString s;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

void SheetGrid::checkCells(qint64 cells, const QString &file, qint64 limit)
{
    if (cells > limit)
        throw Error(
            Error::Kind::Corrupt,
            Tr::tr("%1 has more than %2 cells; split it into smaller files.").arg(file).arg(limit));
}

void SheetGrid::cancelled()
{
    throw Error(Error::Kind::Invalid, Tr::tr("Reading the file was cancelled."));
}

SheetTable SheetGrid::toTable(QList<QVariantList> grid, const QString &name, int *firstDataRow)
{
    SheetTable t;
    t.name = name;
    while (!grid.isEmpty() && isEmptyRow(grid.last()))
        grid.removeLast();
    int header = -1;
    for (int i = 0; i < grid.size() && i < 30 && header < 0; ++i) {
        if (distinctValues(grid.at(i)) >= 2)
            header = i;
    }
    for (int i = 0; i < grid.size() && header < 0; ++i) {
        if (!isEmptyRow(grid.at(i)))
            header = i;
    }
    if (header < 0) {
        if (firstDataRow)
            *firstDataRow = 1;
        return t;
    }
    int width = 0;
    for (const QVariantList &row : std::as_const(grid)) {
        for (int c = int(row.size()) - 1; c >= width; --c) {
            if (!text(row.at(c)).isEmpty()) {
                width = c + 1;
                break;
            }
        }
    }
    for (int c = 0; c < width; ++c)
        t.headers.append(c < grid.at(header).size() ? text(grid.at(header).at(c)) : QString());
    int first = header + 1;
    while (first < grid.size() && first <= header + 2 && isSubHeader(grid.at(first), t.headers)) {
        const QVariantList &sub = grid.at(first);
        for (int c = 0; c < sub.size() && c < width; ++c) {
            if (!text(sub.at(c)).isEmpty())
                t.headers[c] = text(sub.at(c));
        }
        ++first;
    }
    t.rows.reserve(grid.size() - first);
    for (int i = first; i < grid.size(); ++i) {
        QVariantList &row = grid[i];
        if (row.size() > width)
            row.resize(width);
        t.rows.append(std::move(row));
    }
    if (firstDataRow)
        *firstDataRow = first + 1;
    return t;
}

} // namespace dj
