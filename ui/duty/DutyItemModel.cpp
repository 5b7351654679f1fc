#include "DutyItemModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

void DutyItemModel::setItems(const QList<dj::ItemProgress> &live, const QList<dj::DutyItem> &retired)
{
    beginResetModel();
    m_live = live;
    m_retired = retired;
    endResetModel();
}

const dj::DutyItem *DutyItemModel::item(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < m_live.size())
        return &m_live.at(row).item;
    row -= int(m_live.size());
    return row < m_retired.size() ? &m_retired.at(row) : nullptr;
}

int DutyItemModel::rowOf(const QString &itemId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r)->id == itemId)
            return r;
    }
    return -1;
}

int DutyItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_live.size() + m_retired.size());
}

int DutyItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DutyItemModel::scheduleText(const dj::DutyItem &item)
{
    const QString name = dj::vocab::label(item.frequency);
    const QDate d = dj::DutySchedule::deadlineIn(item.deadline, 2024);
    if (!d.isValid())
        return name;
    const QString by = tr("by %1/%2").arg(d.month()).arg(d.day());
    return item.frequency == dj::Frequency::ByDate ? by : name + QLatin1Char(' ') + by;
}

QVariant DutyItemModel::data(const QModelIndex &index, int role) const
{
    const dj::DutyItem *it = item(index.row());
    if (!it)
        return {};
    const bool retired = index.row() >= m_live.size();
    const dj::ItemProgress *p = retired ? nullptr : &m_live.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return index.row() + 1;
        case Category: return it->category;
        case Title: return it->title;
        case Schedule: return scheduleText(*it);
        case Progress:
            return p && p->dueExpected > 0 ? QStringLiteral("%1/%2").arg(p->dueDone).arg(p->dueExpected) : QString();
        case Status:
            return retired ? tr("Retired %1").arg(it->retiredOn.toString(Qt::ISODate)) : dj::DutySchedule::label(p->now);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return it->content.isEmpty() ? it->title : it->title + QStringLiteral("\n\n") + it->content;
    if (role == Qt::ForegroundRole && retired)
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role == Qt::FontRole && retired) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::BackgroundRole && p && index.column() == Status) {
        switch (p->now) {
        case dj::DutyStatus::Done: return QBrush(QColor(0xd8, 0xf0, 0xd8));
        case dj::DutyStatus::PartlyDone: return QBrush(QColor(0xfc, 0xe8, 0xc8));
        case dj::DutyStatus::Overdue: return QBrush(QColor(0xf8, 0xd0, 0xd0));
        case dj::DutyStatus::NotYetDue: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Progress))
        return int(Qt::AlignCenter);
    return {};
}

QVariant DutyItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Category: return tr("Category");
    case Title: return tr("Item");
    case Schedule: return tr("When");
    case Progress: return tr("Done/due");
    case Status: return tr("Status");
    }
    return {};
}
