#include "OrgTreeModel.h"

#include "common/UiText.h"
#include "org/OrganizationRepository.h"
#include "org/PostRepository.h"

#include <QBrush>
#include <QFont>

OrgTreeModel::OrgTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void OrgTreeModel::reload(dj::Database &db, const QDate &today)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    m_today = today;
    const QHash<QString, QString> heads = dj::PostRepository(db).currentHeads();
    // all() returns parents before children, so each parent is already placed.
    for (const dj::Organization &o : dj::OrganizationRepository(db).all()) {
        if (!m_showDissolved && !o.isActive())
            continue;
        Node n;
        n.org = o;
        n.head = heads.value(o.id);
        n.parent = m_byId.value(o.parentId, -1);
        const int self = int(m_nodes.size());
        QVector<int> &siblings = n.parent < 0 ? m_roots : m_nodes[n.parent].children;
        n.row = int(siblings.size());
        siblings.append(self);
        m_byId.insert(o.id, self);
        m_nodes.append(std::move(n));
    }
    endResetModel();
}

QModelIndex OrgTreeModel::indexOf(const QString &orgId) const
{
    const auto it = m_byId.constFind(orgId);
    return it == m_byId.cend() ? QModelIndex() : createIndex(m_nodes[*it].row, 0, quintptr(*it));
}

const dj::Organization *OrgTreeModel::organization(const QModelIndex &index) const
{
    return index.isValid() ? &m_nodes[int(index.internalId())].org : nullptr;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QVector<int> &kids = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    return row < kids.size() ? createIndex(row, column, quintptr(kids[row])) : QModelIndex();
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[p].row, 0, quintptr(p));
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? m_nodes[int(parent.internalId())].children.size() : m_roots.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    const QDate end = n.org.termEnd();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return n.org.name;
        case Type: return dj::vocab::label(n.org.type);
        case Head: return n.head;
        case TermEnd: return end.isValid() ? uitext::date(end) : QString();
        }
        break;
    case Qt::ToolTipRole:
        return n.org.isActive() ? n.org.code : tr("%1 (dissolved %2)").arg(n.org.code, uitext::date(n.org.dissolvedOn));
    case Qt::ForegroundRole:
        if (!n.org.isActive())
            return QBrush(Qt::gray);
        if (index.column() == TermEnd && end.isValid() && end < m_today)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == TermEnd && end.isValid() && end <= m_today.addMonths(6))
            return QBrush(QColor(0xa0, 0x60, 0x00));
        break;
    case Qt::FontRole:
        if (index.column() == Name && n.org.type != dj::OrgType::Group && n.org.type != dj::OrgType::Branch) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case IdRole:
        return n.org.id;
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Organisation");
    case Type: return tr("Type");
    case Head: return tr("Secretary / head");
    case TermEnd: return tr("Term ends");
    }
    return {};
}
