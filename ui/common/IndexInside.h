#pragma once

#include <QAbstractItemModel>

// An index of `model` within its current rows and columns. Unlike checkIndex() it stays
// quiet: QAbstractItemModelTester asks flat models with invalid and foreign indexes on purpose.
inline bool indexInside(const QAbstractItemModel *model, const QModelIndex &i)
{
    return i.isValid() && i.model() == model && i.row() < model->rowCount() && i.column() < model->columnCount();
}
