#include "BenchAudit.h"

#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "demo/DemoGenerator.h"
#include "org/IdNumber.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "sheet/PeopleImport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QString kDir = QStringLiteral("/tmp/dj-bench-audit");

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

struct Run
{
    double ms = 0;
    qint64 entries = 0; // audit entries the write added
    qint64 bytes = 0;   // the file's size afterwards
};

// `write` on a fresh copy of `base`, timed, with the audit triggers or without them.
Run timed(const QString &base, bool audited, const std::function<void(dj::Database &)> &write)
{
    const QString work = kDir + QStringLiteral("/work.djdb");
    dj::Database::removeFiles(work);
    QFile::copy(base, work);
    Run r;
    {
        auto db = dj::Database::open(work);
        if (!audited)
            dj::AuditTrail::uninstall(*db);
        const qint64 before = dj::AuditLog(*db).count();
        QElapsedTimer t;
        t.start();
        write(*db);
        r.ms = double(t.nsecsElapsed()) / 1e6;
        r.entries = dj::AuditLog(*db).count() - before;
    }
    r.bytes = QFileInfo(work).size();
    dj::Database::removeFiles(work);
    return r;
}

// Three runs each way, alternating; the medians and what one audited run added.
void compare(const char *what, const QString &base, const std::function<void(dj::Database &)> &write)
{
    QList<double> with, without;
    Run audited, plain;
    for (int i = 0; i < 3; ++i) {
        plain = timed(base, false, write);
        without << plain.ms;
        audited = timed(base, true, write);
        with << audited.ms;
    }
    std::printf("%-28s%8.0f ms   with the audit log; ratio %.2f x without it (%.0f ms); %lld entries, file +%.1f MB\n",
                what, median(with), median(with) / median(without), median(without), qlonglong(audited.entries),
                double(audited.bytes - plain.bytes) / 1e6);
}

QString branchOf(dj::Database &db) { return dj::OrganizationRepository(db).byCode(QStringLiteral("SW-ZB01")).id; }

} // namespace

void benchAudit()
{
    QDir(kDir).removeRecursively();
    QDir().mkpath(kDir);
    const QString base = kDir + QStringLiteral("/base.djdb");
    {
        auto db = dj::Database::create(base, QStringLiteral("审计基准"));
        dj::DemoGenerator::generate(*db, dj::DemoGenerator::Scale::Department);
    }

    // A plain repository loop: 5,000 people added in one transaction (person + membership).
    compare("5,000 people, one tx", base, [](dj::Database &db) {
        const QString branch = branchOf(db);
        dj::PersonRepository people(db);
        dj::Transaction tx(db);
        for (int i = 0; i < 5000; ++i) {
            dj::Person p;
            p.name = QStringLiteral("审计%1").arg(i);
            p.birthDate = QDate(1970, 1, 1).addDays(i / 10);
            p.gender = QLatin1Char('M');
            p.idNumber = dj::IdNumber::compose(QStringLiteral("350102"), p.birthDate, 500 + i % 10 * 2 + 1);
            p.joinedOn = p.birthDate.addYears(25);
            p.fullMemberOn = p.joinedOn.addYears(1);
            p.branchId = branch;
            people.insert(p, p.joinedOn);
        }
        tx.commit();
    });

    // The real import path: 20,000 checked rows added (the backup copy it makes included).
    dj::SheetTable sheet;
    sheet.headers = {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"),
                     QStringLiteral("身份证号码"), QStringLiteral("所在支部"), QStringLiteral("入党时间"),
                     QStringLiteral("转正时间")};
    for (int i = 0; i < 20000; ++i) {
        const QDate born = QDate(1960, 1, 1).addDays(i / 10);
        sheet.rows.append({QStringLiteral("导入%1").arg(i), QStringLiteral("男"), born,
                           dj::IdNumber::compose(QStringLiteral("350102"), born, 500 + i % 10 * 2 + 1),
                           QStringLiteral("SW-ZB01"), born.addYears(25), born.addYears(26)});
    }
    compare("import 20,000 people", base, [&](dj::Database &db) {
        dj::PeopleImport import(db);
        import.import(import.validate(sheet, dj::PeopleImport::guessMapping(sheet.headers)), false);
    });

    // Every table at once: the department's demo data written into an empty file.
    const QString empty = kDir + QStringLiteral("/empty.djdb");
    dj::Database::create(empty, QStringLiteral("审计基准"));
    compare("demo data (department)", empty,
            [](dj::Database &db) { dj::DemoGenerator::generate(db, dj::DemoGenerator::Scale::Department); });
    QDir(kDir).removeRecursively();
}
