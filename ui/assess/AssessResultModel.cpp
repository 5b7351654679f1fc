#include "AssessResultModel.h"

#include <QBrush>
#include <QColor>

void AssessResultModel::setResult(const dj::AssessResult &r)
{
    beginResetModel();
    m_result = r;
    endResetModel();
}

const dj::OrgResult *AssessResultModel::row(int r) const
{
    return r >= 0 && r < m_result.rows.size() ? &m_result.rows.at(r) : nullptr;
}

int AssessResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int AssessResultModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AssessResultModel::data(const QModelIndex &index, int role) const
{
    const dj::OrgResult *r = row(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return r->rank;
        case Code:
            return r->code;
        case Name:
            return r->name;
        case Daily:
            return QString::number(r->daily, 'f', 2);
        case PartyGroup:
            return QString::number(r->partyGroup, 'f', 2);
        case Report:
            return QString::number(r->report, 'f', 2);
        case Total:
            return QString::number(r->total, 'f', 2);
        case Grade:
            return r->tie ? tr("to decide") : r->grade;
        case Note:
            return r->veto ? tr("veto") : r->tie ? tr("tie across a quota boundary") : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Note)
        return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole && (r->veto || r->tie) && (index.column() == Grade || index.column() == Note))
        return QBrush(r->veto ? QColor(0xB7, 0x1C, 0x1C) : QColor(0xE6, 0x51, 0x00));
    if (role == Qt::UserRole)
        return r->orgId;
    return {};
}

QVariant AssessResultModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Code:
        return tr("Code");
    case Name:
        return tr("Organisation");
    case Daily:
        return tr("Daily (on 100)");
    case PartyGroup:
        return tr("Party group");
    case Report:
        return tr("Report ballots");
    case Total:
        return tr("Total");
    case Grade:
        return tr("Grade");
    case Note:
        return tr("Note");
    }
    return {};
}
