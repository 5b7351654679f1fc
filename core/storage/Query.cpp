#include "Query.h"

#include "StorageError.h"

#include <QSqlError>

namespace dj {

Query::Query(const Database &db, const QString &sql) : m_q(db.sql()), m_sql(sql)
{
    m_q.setForwardOnly(true);
    if (!m_q.prepare(sql))
        throw storageError(m_q.lastError().nativeErrorCode().toInt(),
                           QStringLiteral("%1 [%2]").arg(m_q.lastError().text(), sql));
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // An invalid QVariant is SQL NULL; a null QString is an empty text (the driver would
    // otherwise bind NULL and trip NOT NULL columns).
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        m_q.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_q.bindValue(placeholder, value);
    return *this;
}

Query &Query::exec()
{
    if (!m_q.exec())
        throw storageError(m_q.lastError().nativeErrorCode().toInt(), m_q.lastError().text());
    return *this;
}

QVariant Query::scalar()
{
    exec();
    return m_q.next() ? m_q.value(0) : QVariant();
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace dj
