#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

// A page of the audit log as a table (issue 8): when (local time), who, which table (as
// officers call it) and row, what was done, and the first characters of the digests of the
// row before and after (the whole digest in the tooltip).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeCol, UserCol, TableCol, RowCol, OpCol, BeforeCol, AfterCol, ColumnCount };
    // How many hex digits of a digest the table shows.
    static constexpr int ShortDigest = 12;

    explicit AuditLogModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(const QList<dj::AuditEntry> &entries);
    const dj::AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    // 组织, 党员, 账户…; a table nobody named comes back as it is.
    static QString tableName(const QString &table);
    // 新增, 修改, 删除 for insert, update, delete.
    static QString opName(const QString &op);
    // A stored UTC stamp as local "yyyy-MM-dd HH:mm:ss".
    static QString localTime(const QString &isoUtc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<dj::AuditEntry> m_entries;
};
