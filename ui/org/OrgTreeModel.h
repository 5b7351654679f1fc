#pragma once

#include "org/Organization.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QVector>

namespace dj {
class Database;
}

// The organisation tree. Organisations are few (a city's 13,000 at most), so the tree is
// read in one query; the current head of each comes from one more query.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Head, TermEnd, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit OrgTreeModel(QObject *parent = nullptr);

    void reload(dj::Database &db, const QDate &today);
    void setShowDissolved(bool show) { m_showDissolved = show; }
    QModelIndex indexOf(const QString &orgId) const;
    const dj::Organization *organization(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Node
    {
        dj::Organization org;
        QString head;
        int parent = -1; // index into m_nodes
        int row = 0;     // position among its siblings
        QVector<int> children;
    };
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<QString, int> m_byId;
    QDate m_today;
    bool m_showDissolved = false;
};
