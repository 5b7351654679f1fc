// Issue 18, item 6: the fuzz of the merge. A properly signed package from a trusted office
// whose payload holds a hostile value in one column of one row — text in a number, a huge
// string, control and direction characters, far-future and impossible dates, extreme
// numbers, NULL in a NOT NULL column, a wrong type or an unknown UUID in a reference — goes
// through the whole import (validate and merge) into a copy of the receiving file. Each case
// must be refused with a message, the file unchanged, or merge cleanly; never crash, never
// leave the file damaged or half-written. The sweep takes every populated column with a
// rotating sample of the values (DJ_FAULT_LONG=1: every value on every column).
#include "DutyTree.h"
#include "ExchangeFixture.h"
#include "HostilePayload.h"

#include "assess/SchemeRepository.h"
#include "common/Error.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyRepository.h"
#include "exchange/PayloadSchema.h"
#include "exchange/SqlStmt.h"
#include "storage/Query.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace dj;

namespace {

const QList<QByteArray> &hostileValues()
{
    static const QList<QByteArray> values = {
        "'abc'", "x'00ff'", "NULL", "-1", "0", "9223372036854775807", "-9223372036854775808", "1e308", "-1e308",
        "1.5", "''", "'9999-12-31T23:59:59.999Z'", "'2026-02-30'", "'2026-11-24'",
        "replace(hex(zeroblob(200000)), '0', '名')", "'a' || char(0x202E) || 'b'", "'a' || char(1) || 'b'",
        "CAST(x'ff41' AS TEXT)", "'00000000-0000-0000-0000-000000000000'", "'22222222-2222-4222-8222-222222222222'",
        "'organization'", "id"};
    return values;
}

QString integrityOf(const QString &path)
{
    auto db = Database::openReadOnly(path);
    const QString integrity = Query(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString();
    Query fk(*db, QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    return integrity + (fk.next() ? QStringLiteral(" / broken reference in ") + fk.text(0) : QString());
}

} // namespace

TEST_CASE("hostile values in a signed package are refused or merge cleanly, never crash or damage", "[fault][fields]")
{
    QElapsedTimer timer;
    timer.start();
    DutyTree sender;
    Offices x;
    DutyGenerator(*sender.db).generate(2026, QDate(2026, 1, 1));
    const QString item = DutyRepository(*sender.db).lists(2026, sender.branch1).first().id;
    DutyItem added;
    added.title = QStringLiteral("专题学习");
    const QString itemId = DutyRepository(*sender.db).addItem(item, added);
    sender.record(itemId, QDate(2026, 3, 1));
    Scheme scheme;
    scheme.name = QStringLiteral("考核方案");
    Indicator ind;
    ind.code = QStringLiteral("1.1");
    ind.name = QStringLiteral("学习");
    ind.area = QStringLiteral("党建");
    ind.maxScore = 5;
    scheme.indicators << ind;
    SchemeRepository(*sender.db).insert(scheme);

    QString pristine;
    {
        auto receiver = x.make(QStringLiteral("乙"));
        Offices::trust(*receiver, *sender.db);
        pristine = receiver->path();
    }
    const QString before = BusinessDigest::compute(*Database::openReadOnly(pristine));
    const bool all = qEnvironmentVariableIsSet("DJ_FAULT_LONG");

    int cases = 0, refused = 0, merged = 0, tablesSwept = 0;
    QStringList emptyTables, sampleMessages;
    int rotate = 0;
    for (const QString &table : PayloadSchema::tables()) {
        // sql-identifiers-only: table and column names of our own schema
        if (Query(*sender.db, QStringLiteral("SELECT count(*) FROM ") + table).scalar().toInt() == 0) {
            emptyTables << table;
            continue;
        }
        ++tablesSwept;
        QStringList columns;
        SqlStmt info(sender.db->handle(), "PRAGMA table_info(" + quoteIdent(table) + ")");
        while (info.step())
            columns << info.text(1);
        const QByteArray key = table == QLatin1String("row_history") ? "row_id" : "id";
        for (const QString &column : columns) {
            for (int v = 0; v < hostileValues().size(); ++v) {
                if (!all && (v + rotate) % 8 != 0)
                    continue;
                const QByteArray value = hostileValues().at(v);
                if (key == "row_id" && (value == "NULL" || value == "id"))
                    continue; // row_history has no id, and its WITHOUT ROWID key cannot hold NULL even forged
                // sql-identifiers-only: our own table and column names; the values are the fuzz's
                const QByteArray sql = "UPDATE " + quoteIdent(table) + " SET " + quoteIdent(column) + " = " + value +
                                       " WHERE " + key + " = (SELECT min(" + key + ") FROM " + quoteIdent(table) + ")";
                CAPTURE(sql.constData());
                const QString pkg = hostilePackage(x, *sender.db, sql, value == "NULL" ? QStringList{table} : QStringList{});
                const QString copy = x.path(QStringLiteral("case.djdb"));
                Database::removeFiles(copy);
                REQUIRE(QFile::copy(pristine, copy));
                ++cases;
                bool wasRefused = false;
                try {
                    auto db = Database::open(copy);
                    PackageImport(*db, pkg).run({});
                    ++merged;
                } catch (const Error &e) {
                    ++refused;
                    wasRefused = true;
                    CHECK_FALSE(e.message().isEmpty());
                    CHECK(e.message().size() < 2000);
                    if (sampleMessages.size() < 8 && v % 7 == 0)
                        sampleMessages << e.message();
                }
                CHECK(integrityOf(copy) == QLatin1String("ok"));
                if (wasRefused)
                    CHECK(BusinessDigest::compute(*Database::openReadOnly(copy)) == before);
                QFile::remove(pkg);
            }
            ++rotate;
        }
    }
    WARN("hostile merge: " << cases << " cases over " << tablesSwept << " tables (" << (all ? "every" : "an eighth of the")
                           << " values per column): " << refused << " refused with a message, " << merged
                           << " merged cleanly, 0 crashes, in " << timer.elapsed() / 1000.0 << " s; tables without rows "
                           << "here: " << emptyTables.join(QStringLiteral(", ")).toStdString() << "; e.g. "
                           << sampleMessages.join(QStringLiteral(" | ")).toStdString());
    CHECK(cases == refused + merged);
    CHECK(refused > 0);
}
