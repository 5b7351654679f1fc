#pragma once

#include "SheetTable.h"

#include <QStringList>

namespace dj {

// Fixed-layout sheets (indicator schemes, scores, marks, ballots): columns found by their
// header names, cells read as text, and places named the way a user finds them in the
// sheet ("row 7, column D (分值)").
class SheetColumns
{
public:
    struct Field
    {
        QStringList names; // header names it may go by, the first is shown in messages
        bool required = true;
    };
    // Throws dj::Error(Invalid) naming the first required column that is missing.
    SheetColumns(const SheetTable &table, const QList<Field> &fields, int firstDataRow);

    bool has(int field) const { return m_columns.at(field) >= 0; }
    // The cell as text: numbers without trailing zeros, dates as ISO, blank as empty.
    QString text(int row, int field) const;
    bool blankRow(int row) const;
    // "Row 7, column D (分值)": the sheet row number and column letter.
    QString where(int row, int field) const;
    QString rowName(int row) const;

private:
    const SheetTable &m_table;
    QList<Field> m_fields;
    QList<int> m_columns;
    int m_firstDataRow;
};

} // namespace dj
