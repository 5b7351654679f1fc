#pragma once

#include "exchange/ImportCounts.h"

#include <QAbstractTableModel>

// What an import does (or would do), as a table: one row per business table the package
// touches, in the order the tables are applied, a column per category (新增, 更新, 未变,
// 较旧, 删除, 冲突), and a total row at the bottom. The rows behind a cell are rowsAt().
class ImportCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ImportCountsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setCounts(const dj::ImportCounts &counts);
    const dj::ImportCounts &counts() const { return m_counts; }
    // The database table a row shows; empty for the total row.
    QString tableAt(int row) const { return m_tables.value(row); }
    // The rows counted in a cell, as far as the import kept them (ImportCounts::SampleLimit
    // per table and category); the total row gives those of every table.
    QList<dj::ImportCounts::Row> rowsAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    qint64 value(int row, int column) const;
    dj::ImportCounts m_counts;
    QStringList m_tables;
};
