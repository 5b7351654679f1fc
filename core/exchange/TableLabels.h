#pragma once

#include "exchange/ImportCounts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dj {

// What people call the tables, categories and columns that packages and the audit log name:
// 组织, 党员, 新增… instead of organization, person, new; for the windows and the command
// line alike. Unknown names come back as they are.
class TableLabels
{
    // The translations' context keeps the name these labels had in ui/exchange.
    Q_DECLARE_TR_FUNCTIONS(ExchangeTableNames)
public:
    static QString table(const QString &name);
    static QString category(ImportCounts::Category c);
    static QString column(const QString &name);
    // A stored code as the interface names it (branch → 党支部, active → 正常, M → 男), for the
    // columns that hold codes; any other value as it is.
    static QString value(const QString &table, const QString &column, const QString &stored);
    // Several columns as one line: 姓名、电话.
    static QString columns(const QStringList &names);
    // How a conflict was settled (mine, theirs, fields): 保留本单位, 采用对方, 按字段合并.
    static QString resolution(const QString &how);
    // An audit log operation (insert, update, delete, event, baseline): 新增, 修改, 删除, 操作….
    static QString change(const QString &op);
};

} // namespace dj
