// What officers read for the tables, columns and conflict decisions that packages, the
// conflicts dialog, the audit log and the command line name (issue 17, item 15): every table
// and every column of the tables that travel has a Chinese label, none is shown by its
// database name.
#include "TempDb.h"
#include "audit/AuditEvent.h"
#include "audit/AuditTrail.h"
#include "exchange/BusinessTables.h"
#include "exchange/TableLabels.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>
#include <catch2/catch.hpp>

namespace {
bool chinese(const QString &s)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return s.contains(han);
}
} // namespace

TEST_CASE("every table, column and settlement has a Chinese label", "[exchange][i18n]")
{
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/dangjian_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    TempDb t;
    for (const QString &table : dj::AuditTrail::tables()) {
        INFO(table.toStdString());
        CHECK(chinese(dj::TableLabels::table(table)));
    }
    for (const QString &table : dj::businessTables()) {
        dj::Query q(*t, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        q.exec();
        int columns = 0;
        while (q.next()) {
            ++columns;
            INFO((table + QLatin1Char('.') + q.text(0)).toStdString());
            CHECK(chinese(dj::TableLabels::column(q.text(0))));
        }
        CHECK(columns > 3);
    }
    for (const char *how : {"mine", "theirs", "fields"})
        CHECK(chinese(dj::TableLabels::resolution(QString::fromLatin1(how))));
    for (const QString &event : dj::AuditEvent::codes())
        CHECK(chinese(dj::TableLabels::table(event)));
    for (const char *op : {"insert", "update", "delete", "event", "baseline"})
        CHECK(chinese(dj::TableLabels::change(QString::fromLatin1(op))));
    for (int c = 0; c < dj::ImportCounts::CategoryCount; ++c)
        CHECK(chinese(dj::TableLabels::category(dj::ImportCounts::Category(c))));
    CHECK(dj::TableLabels::value(QStringLiteral("organization"), QStringLiteral("org_type"), QStringLiteral("branch")) ==
          QStringLiteral("党支部"));
    CHECK(dj::TableLabels::value(QStringLiteral("organization"), QStringLiteral("status"), QStringLiteral("active")) != QStringLiteral("active"));
    CHECK(dj::TableLabels::value(QStringLiteral("person"), QStringLiteral("gender"), QStringLiteral("F")) == QStringLiteral("女"));
    CHECK(dj::TableLabels::value(QStringLiteral("person"), QStringLiteral("name"), QStringLiteral("abc")) == QStringLiteral("abc"));
    CHECK(dj::TableLabels::columns({QStringLiteral("name"), QStringLiteral("phone")}) == QStringLiteral("名称、电话"));
    QCoreApplication::removeTranslator(&zh);
}
