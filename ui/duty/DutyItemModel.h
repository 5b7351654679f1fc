#pragma once

#include "duty/DutyProgress.h"

#include <QAbstractTableModel>

// The items of one responsibility list with how each stands today: 序号, 类别, 事项, 时限,
// 完成 (records / expected in the periods due), 状态 — coloured by status. Retired items
// follow the others, greyed.
class DutyItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Category, Title, Schedule, Progress, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<dj::ItemProgress> &live, const QList<dj::DutyItem> &retired);
    const dj::DutyItem *item(int row) const;
    int rowOf(const QString &itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "每季度", "限期 3月31日前": how an item's timing reads on screen and on paper.
    static QString scheduleText(const dj::DutyItem &item);

private:
    QList<dj::ItemProgress> m_live;
    QList<dj::DutyItem> m_retired;
};
