#include "SheetColumns.h"

#include "HeaderMatch.h"
#include "SheetGrid.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SheetColumns)
};
} // namespace

SheetColumns::SheetColumns(const SheetTable &table, const QList<Field> &fields, int firstDataRow)
    : m_table(table), m_fields(fields), m_firstDataRow(firstDataRow)
{
    QList<QStringList> names;
    for (const Field &f : fields) {
        QStringList n;
        for (const QString &s : f.names)
            n << headermatch::normalize(s);
        names << n;
    }
    m_columns = headermatch::guess(table.headers, names, false);
    for (int f = 0; f < fields.size(); ++f)
        if (fields.at(f).required && m_columns.at(f) < 0)
            throw Error(Error::Kind::Invalid, Tr::tr("The sheet has no column “%1”; the first row must name the "
                                                     "columns.")
                                                  .arg(fields.at(f).names.constFirst()));
}

QString SheetColumns::text(int row, int field) const
{
    const int c = m_columns.at(field);
    if (c < 0)
        return {};
    const QVariant v = m_table.rows.at(row).value(c);
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(v.toDouble(), 'g', 12);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return v.toString().trimmed();
    }
}

bool SheetColumns::blankRow(int row) const
{
    for (const QVariant &v : m_table.rows.at(row))
        if (v.isValid() && !v.toString().trimmed().isEmpty())
            return false;
    return true;
}

QString SheetColumns::rowName(int row) const { return Tr::tr("Row %1").arg(m_firstDataRow + row); }

QString SheetColumns::where(int row, int field) const
{
    const int c = m_columns.at(field);
    return Tr::tr("Row %1, column %2 (%3)")
        .arg(m_firstDataRow + row)
        .arg(c < 0 ? QStringLiteral("?") : SheetGrid::columnName(c), m_fields.at(field).names.constFirst());
}

} // namespace dj
