#pragma once

#include "Database.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace dj {

// A prepared, forward-only statement that throws dj::Error instead of returning false,
// so repositories read as straight-line code and a failed step rolls back its Transaction.
class Query
{
public:
    Query(const Database &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    Query &exec();
    bool next() { return m_q.next(); }
    QVariant value(int i) const { return m_q.value(i); }
    QString text(int i) const { return m_q.value(i).toString(); }
    int integer(int i) const { return m_q.value(i).toInt(); }
    qint64 int64(int i) const { return m_q.value(i).toLongLong(); }
    int rowsAffected() const { return m_q.numRowsAffected(); }
    // Runs the statement and returns the first column of the first row (or an invalid value).
    QVariant scalar();

    QSqlQuery &raw() { return m_q; }

private:
    QSqlQuery m_q;
    QString m_sql;
};

// SQL NULL (an invalid QVariant) for an invalid date, ISO date text otherwise: how dates are stored.
QVariant dateValue(const QDate &d);
QDate dateFrom(const QVariant &v);

} // namespace dj
