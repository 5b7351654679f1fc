#pragma once

#include "exchange/ConflictRepository.h"

#include <QAbstractTableModel>
#include <QSet>
#include <functional>

// One conflict side by side: a row per column of the table row, this office's value (本单位)
// and the other office's (对方), the columns that differ first and highlighted, and for those
// a "take theirs" check box to settle the conflict field by field. The bookkeeping columns
// (row id, owning office, version, time of change) come last, greyed.
class ConflictFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Mine, Theirs, TakeTheirs, ColumnCount };

    explicit ConflictFieldsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // `editable`: the conflict is still open, so the check boxes can be ticked.
    void setConflict(const dj::SyncConflict &conflict, bool editable);
    void clear();
    // What a stored value reads as (a row id as the name of what it refers to); the model
    // shows codes as their labels by itself.
    using Names = std::function<QString(const QString &column, const QString &value)>;
    void setNames(Names names) { m_names = std::move(names); }
    // The database columns ticked "take theirs".
    QSet<QString> takeTheirs() const { return m_theirs; }
    // The model row of a database column; -1 when the row has no such column.
    int rowOf(const QString &column) const
    {
        return int(m_order.indexOf(int(m_conflict.columns.indexOf(column))));
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    // The position in the conflict's columns of a model row.
    int columnAt(int row) const { return m_order.value(row, -1); }
    bool differs(int row) const
    {
        return m_differing.contains(m_conflict.columns.value(columnAt(row)));
    }
    static QString text(const QVariant &v);

    dj::SyncConflict m_conflict;
    QSet<QString> m_differing;
    QList<int> m_order;
    QSet<QString> m_theirs;
    bool m_editable = false;
    Names m_names;
};
