#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace dj {

// A row of a package that its sender may not change here, and why.
struct RefusedRow
{
    QString table;
    QString id;
    QString reason; // for people, in the interface language
};

// An import refused because of rows its sender may not change: the message names the first
// row, `rows` lists them (up to a limit), `total` counts them all.
class RefusedPackage : public Error
{
public:
    RefusedPackage(const QString &message, QList<RefusedRow> rows, qint64 total)
        : Error(Kind::Invalid, message), m_rows(std::move(rows)), m_total(total)
    {
    }
    const QList<RefusedRow> &rows() const { return m_rows; }
    qint64 total() const { return m_total; }

private:
    QList<RefusedRow> m_rows;
    qint64 m_total;
};

} // namespace dj
