#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace dj {

// What a cell's number format says about its number: Excel, WPS and LibreOffice store a
// date as a plain number (days since 1899-12-30, or since 1904-01-01 in the 1904 system)
// and only the cell's style says it is a date.
class XlsxNumberFormat
{
public:
    enum class Kind { Number, Date, Time };

    // Built-in format ids (14-22, 45-47, and the East Asian date ids 27-36, 50-58 that WPS
    // writes without defining them) and custom format codes ("yyyy年m月d日", "[$-804]e/m/d").
    static Kind classify(int numFmtId, const QString &formatCode);
    static Kind classifyCode(const QString &formatCode);
    // A serial number as a date in the workbook's system; invalid when out of range.
    static QDate dateFromSerial(double serial, bool date1904);
    // The cell value for a number in a format of `kind`: QDate, "hh:mm:ss" text, or the number.
    static QVariant value(double number, Kind kind, bool date1904);
};

} // namespace dj
