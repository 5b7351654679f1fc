#pragma once

#include "exchange/ImportCounts.h"

#include <QCoreApplication>
#include <QString>

// What people call the tables, categories and columns that packages carry: 组织, 党员, 新增…
// instead of organization, person, new. Unknown names come back as they are.
class ExchangeTableNames
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeTableNames)
public:
    static QString table(const QString &name);
    static QString category(dj::ImportCounts::Category c);
    static QString column(const QString &name);
};
