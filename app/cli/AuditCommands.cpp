#include "AuditCommands.h"

#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "exchange/TableLabels.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// `text` padded to `columns` terminal columns, a Chinese character taking two.
QString padded(const QString &text, int columns)
{
    int used = 0;
    for (const QChar c : text)
        used += c.unicode() >= 0x2E80 ? 2 : 1;
    return text + QString(qMax(0, columns - used), QLatin1Char(' '));
}

// A local calendar day from --from/--to; the filter's bounds are the starts of days.
QDateTime dayStart(const CliArgs &a, const QString &option, int plusDays)
{
    const QString text = a.value(option);
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        usage(Tr::tr("--%1 must be a date such as 2026-01-31.").arg(option));
    return QDateTime(d.addDays(plusDays), QTime(0, 0));
}

dj::AuditFilter filterFrom(const CliArgs &a)
{
    dj::AuditFilter f;
    f.user = a.value(QStringLiteral("user"));
    f.table = a.value(QStringLiteral("table"));
    // A table, or the kind of an event (the entry's table column names it).
    const QStringList tables = dj::AuditTrail::tables() + dj::AuditEvent::codes();
    if (!f.table.isEmpty() && !tables.contains(f.table))
        usage(Tr::tr("--table must be one of %1.").arg(tables.join(QLatin1Char(','))));
    f.rowId = a.value(QStringLiteral("row"));
    f.op = a.value(QStringLiteral("op"));
    static const QStringList ops{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"),
                                 QStringLiteral("event"), QStringLiteral("baseline")};
    if (!f.op.isEmpty() && !ops.contains(f.op))
        usage(Tr::tr("--op must be insert, update, delete, event or baseline."));
    f.from = dayStart(a, QStringLiteral("from"), 0);
    f.to = dayStart(a, QStringLiteral("to"), 1); // --to names the last day shown
    if (f.from.isValid() && f.to.isValid() && f.to <= f.from)
        usage(Tr::tr("--to must not be before --from."));
    if (a.options.contains(QStringLiteral("limit"))) {
        bool ok = false;
        f.limit = a.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || f.limit <= 0)
            usage(Tr::tr("--limit must be a whole number greater than 0."));
    }
    return f;
}

QString localTime(const QString &stamp)
{
    const QDateTime t = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : stamp;
}
} // namespace

int audit(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const dj::AuditFilter filter = filterFrom(a);
    const QString out = a.value(QStringLiteral("out"));
    if (a.options.contains(QStringLiteral("out")) && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        usage(Tr::tr("--out must name a .csv file."));
    auto db = openData(file, true);
    const dj::AuditLog log(*db);
    if (!out.isEmpty()) {
        log.exportCsv(out, filter);
        printLine(Tr::tr("%n audit log entry(s) written to %1.", nullptr, int(log.count(filter))).arg(QDir::toNativeSeparators(out)));
        return Ok;
    }
    const QList<dj::AuditEntry> entries = log.entries(filter);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const dj::AuditEntry &e : entries)
            rows.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
                                    {QStringLiteral("at"), e.at},
                                    {QStringLiteral("user"), e.user},
                                    {QStringLiteral("table"), e.table},
                                    {QStringLiteral("row"), e.rowId},
                                    {QStringLiteral("op"), e.op},
                                    {QStringLiteral("oldDigest"), QString::fromLatin1(e.oldDigest.toHex())},
                                    {QStringLiteral("newDigest"), QString::fromLatin1(e.newDigest.toHex())},
                                    {QStringLiteral("chain"), QString::fromLatin1(e.chain.toHex())}});
        printJson(QJsonDocument(rows));
        return Ok;
    }
    // The user comes last: a Chinese name is twice as wide and would push the columns apart.
    printLine(Tr::tr("     No.  Time (local)         Change  Table               Row                                   User"));
    for (const dj::AuditEntry &e : entries)
        printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                      .arg(QString::number(e.seq).rightJustified(8), localTime(e.at),
                           padded(dj::TableLabels::change(e.op), 6), padded(dj::TableLabels::table(e.table), 18),
                           e.rowId.leftJustified(36), e.user));
    if (entries.isEmpty())
        printLine(Tr::tr("  (no entries)"));
    return Ok;
}

} // namespace cli
