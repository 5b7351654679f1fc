#pragma once
#include <QList>
#include <QStringList>
#include <QVariant>
namespace dj {
// A sheet as plain data: a header row and rows of cells. A cell is a QString, a QDate,
// a number (int/qint64/double) or invalid (empty).
struct SheetTable
{
    QString name;         // sheet name / title
    QStringList headers;
    QList<QVariantList> rows;
};
} // namespace dj
