#include "ConflictFieldsModel.h"

#include "common/IndexInside.h"
#include "exchange/TableLabels.h"

#include <QBrush>
#include <QColor>

namespace {
bool bookkeeping(const QString &column)
{
    return column == QLatin1String("version") || column == QLatin1String("updated_at") ||
           column == QLatin1String("owner_office") || column == QLatin1String("id");
}
} // namespace

void ConflictFieldsModel::setConflict(const dj::SyncConflict &conflict, bool editable)
{
    beginResetModel();
    m_conflict = conflict;
    const QStringList differing = conflict.differing();
    m_differing = QSet<QString>(differing.cbegin(), differing.cend());
    m_theirs.clear();
    m_editable = editable;
    m_order.clear();
    for (int pass = 0; pass < 3; ++pass)
        for (int i = 0; i < conflict.columns.size(); ++i) {
            const QString &c = conflict.columns.at(i);
            const int rank = m_differing.contains(c) ? 0 : bookkeeping(c) ? 2 : 1;
            if (rank == pass)
                m_order << i;
        }
    endResetModel();
}

void ConflictFieldsModel::clear()
{
    setConflict({}, false);
}

int ConflictFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflict.columns.size());
}

int ConflictFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictFieldsModel::text(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("—");
    if (v.typeId() == QMetaType::QByteArray)
        return tr("(%n byte(s) of data)", nullptr, int(v.toByteArray().size()));
    return v.toString();
}

QVariant ConflictFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!indexInside(this, index))
        return {};
    const int r = columnAt(index.row());
    const QString column = m_conflict.columns.at(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Field:
            return dj::TableLabels::column(column);
        case Mine:
        case Theirs: {
            // Codes as the rest of the program names them (党支部, not branch); the stored
            // value stays in the tooltip.
            const QString shown = text((index.column() == Mine ? m_conflict.mine : m_conflict.theirs).value(r));
            return m_names ? m_names(column, dj::TableLabels::value(m_conflict.table, column, shown))
                           : dj::TableLabels::value(m_conflict.table, column, shown);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Field)
            return column;
        if (index.column() == Mine || index.column() == Theirs)
            return text((index.column() == Mine ? m_conflict.mine : m_conflict.theirs).value(r));
        return {};
    case Qt::CheckStateRole:
        if (index.column() == TakeTheirs && differs(index.row()))
            return m_theirs.contains(column) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        if (differs(index.row()))
            return QBrush(QColor(0xff, 0xf0, 0xb3));
        return {};
    case Qt::ForegroundRole:
        if (bookkeeping(column) && !differs(index.row()))
            return QBrush(QColor(0x88, 0x88, 0x88));
        return {};
    default:
        return {};
    }
}

bool ConflictFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!indexInside(this, index) || role != Qt::CheckStateRole || index.column() != TakeTheirs ||
        !m_editable || !differs(index.row()))
        return false;
    const QString column = m_conflict.columns.at(columnAt(index.row()));
    if (Qt::CheckState(value.toInt()) == Qt::Checked)
        m_theirs.insert(column);
    else
        m_theirs.remove(column);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ConflictFieldsModel::flags(const QModelIndex &index) const
{
    if (!indexInside(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TakeTheirs && differs(index.row()) && m_editable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConflictFieldsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Mine:
        //: 本单位
        return tr("This office");
    case Theirs:
        //: 对方
        return tr("The other office");
    case TakeTheirs:
        return tr("Take theirs");
    default:
        return {};
    }
}
