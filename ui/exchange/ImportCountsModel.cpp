#include "ImportCountsModel.h"

#include "common/IndexInside.h"
#include "exchange/TableLabels.h"
#include "exchange/BusinessTables.h"

#include <QBrush>
#include <QColor>
#include <QFont>

void ImportCountsModel::setCounts(const dj::ImportCounts &counts)
{
    beginResetModel();
    m_counts = counts;
    m_tables.clear();
    for (const QString &t : dj::businessTables())
        if (m_counts.perTable.contains(t))
            m_tables << t;
    // Tables core knows and this list does not, after them (a newer schema).
    for (auto it = m_counts.perTable.cbegin(); it != m_counts.perTable.cend(); ++it)
        if (!m_tables.contains(it.key()))
            m_tables << it.key();
    endResetModel();
}

int ImportCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_tables.isEmpty() ? 0 : int(m_tables.size()) + 1;
}

int ImportCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : dj::ImportCounts::CategoryCount;
}

qint64 ImportCountsModel::value(int row, int column) const
{
    const auto category = dj::ImportCounts::Category(column);
    if (row == m_tables.size())
        return m_counts.total(category);
    return m_counts.perTable.value(m_tables.at(row))[size_t(column)];
}

QVariant ImportCountsModel::data(const QModelIndex &index, int role) const
{
    if (!indexInside(this, index))
        return {};
    const bool totalRow = index.row() == m_tables.size();
    const qint64 n = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return n == 0 ? QString() : QString::number(n);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        // Conflicts wait for a person: they stand out.
        if (index.column() == dj::ImportCounts::Conflict && n > 0)
            return QBrush(QColor(0xfd, 0xe2, 0xc8));
        return {};
    case Qt::ToolTipRole:
        return n > 0 ? tr("Select the cell to see the rows") : QString();
    default:
        return {};
    }
}

QVariant ImportCountsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal)
        return section >= 0 && section < dj::ImportCounts::CategoryCount
                   ? dj::TableLabels::category(dj::ImportCounts::Category(section))
                   : QVariant();
    if (section < 0 || section > m_tables.size())
        return {};
    return section == m_tables.size() ? tr("Total")
                                      : dj::TableLabels::table(m_tables.at(section));
}

QList<dj::ImportCounts::Row> ImportCountsModel::rowsAt(const QModelIndex &index) const
{
    if (!indexInside(this, index))
        return {};
    const QString table = tableAt(index.row());
    QList<dj::ImportCounts::Row> out;
    for (const dj::ImportCounts::Row &r : m_counts.rows)
        if (r.category == index.column() && (table.isEmpty() || r.table == table))
            out << r;
    return out;
}
