#include "AuditLogModel.h"

#include "common/IndexInside.h"
#include "exchange/TableLabels.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QHash>

void AuditLogModel::setEntries(const QList<dj::AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditLogModel::tableName(const QString &table)
{
    return dj::TableLabels::table(table);
}

QString AuditLogModel::opName(const QString &op)
{
    return dj::TableLabels::change(op);
}

QString AuditLogModel::localTime(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoUtc;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // the log stores UTC; a stamp without its Z still is
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!indexInside(this, index))
        return {};
    const dj::AuditEntry &e = m_entries.at(index.row());
    const int column = index.column();
    const QByteArray digest = column == BeforeCol  ? e.oldDigest
                              : column == AfterCol ? e.newDigest
                                                   : QByteArray();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeCol:
            return localTime(e.at);
        case UserCol:
            return e.user;
        case TableCol:
            return tableName(e.table);
        case RowCol:
            return e.rowId;
        case OpCol:
            return opName(e.op);
        case BeforeCol:
        case AfterCol:
            return QString::fromLatin1(digest.toHex().left(ShortDigest));
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TimeCol:
            return tr("Entry %1, at %2 (UTC)").arg(e.seq).arg(e.at);
        case TableCol:
            return e.table;
        case BeforeCol:
        case AfterCol:
            return digest.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(digest.toHex()));
        }
        return {};
    case Qt::FontRole:
        if (column == BeforeCol || column == AfterCol)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        // Deletions are what an auditor looks for first.
        if (column == OpCol && e.op == QLatin1String("delete"))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::UserRole:
        return e.seq;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole || o != Qt::Horizontal)
        return {};
    switch (section) {
    case TimeCol:
        //: 时间
        return tr("Time");
    case UserCol:
        //: 用户
        return tr("User");
    case TableCol:
        //: 表
        return tr("Table");
    case RowCol:
        //: 行
        return tr("Row");
    case OpCol:
        //: 操作
        return tr("Change");
    case BeforeCol:
        //: 变更前摘要
        return tr("Digest before");
    case AfterCol:
        //: 变更后摘要
        return tr("Digest after");
    }
    return {};
}
