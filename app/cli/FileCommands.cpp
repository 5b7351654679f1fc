#include "FileCommands.h"

#include "audit/AuditLog.h"
#include "audit/AuditReconcile.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "org/OrgStatistics.h"
#include "exchange/BusinessTables.h"
#include "exchange/OfficeIdentity.h"
#include "exchange/TableLabels.h"
#include "setup/NewDepartment.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Business tables: the ones whose rows travel between offices.
const QStringList &kTables = dj::businessTables();

} // namespace

int init(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    if (a.options.contains(QStringLiteral("department"))) {
        dj::NewDepartmentOptions o;
        o.department = a.value(QStringLiteral("department"));
        o.code = a.value(QStringLiteral("code"));
        const QString speaksFor = a.value(QStringLiteral("speaks-for"), QStringLiteral("committee"));
        if (speaksFor != QLatin1String("committee") && speaksFor != QLatin1String("party-group"))
            usage(Tr::tr("--speaks-for must be committee or party-group."));
        o.speaksFor = speaksFor == QLatin1String("committee") ? dj::OrgType::OrganCommittee : dj::OrgType::PartyGroup;
        o.builtinScheme = !a.has(QStringLiteral("no-scheme"));
        o.builtinTemplates = !a.has(QStringLiteral("no-templates"));
        auto db = dj::NewDepartment::create(file, o);
        printLine(Tr::tr("Created %1 for %2 (office %3, key %4).")
                      .arg(file, db->officeName(), db->officeId(), dj::OfficeIdentity::publicKey(*db).fingerprint()));
        return Ok;
    }
    const QString office = a.value(QStringLiteral("office"));
    if (office.trimmed().isEmpty())
        usage(Tr::tr("init FILE --office NAME: the office name is required."));
    auto db = dj::Database::create(file, office);
    printLine(Tr::tr("Created %1 for %2 (office %3).").arg(file, db->officeName(), db->officeId()));
    return Ok;
}

int demo(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    dj::DemoGenerator::Scale scale = dj::DemoGenerator::Scale::Department;
    if (!dj::DemoGenerator::scaleFromName(a.value(QStringLiteral("scale"), QStringLiteral("department")), &scale))
        usage(Tr::tr("--scale must be department or city."));
    const bool existed = QFileInfo::exists(file);
    auto db = existed ? dj::Database::open(file)
                      : dj::Database::create(file, a.value(QStringLiteral("office"),
                                                           dj::DemoGenerator::demoOfficeName()));
    QElapsedTimer timer;
    timer.start();
    int last = -1;
    const bool tty = isatty(fileno(stderr)); // progress only for a person watching
    try {
        const auto stats = dj::DemoGenerator::generate(*db, scale, [&](int percent) {
            if (tty && percent / 10 != last / 10)
                std::fprintf(stderr, "\r%d%%", percent);
            last = percent;
            return true;
        });
        if (tty)
            std::fprintf(stderr, "\r    \r");
        printLine(Tr::tr("Demo data written to %1: %2 organisations, %3 people, %4 posts in %5 s.")
                      .arg(file)
                      .arg(stats.organizations)
                      .arg(stats.people)
                      .arg(stats.posts)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    } catch (...) {
        if (!existed) { // leave nothing behind when a new file could not be filled
            const QString p = db->path();
            db.reset();
            dj::Database::removeFiles(p);
        }
        throw;
    }
    return Ok;
}

int check(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    auto db = dj::Database::openReadOnly(file);
    QStringList problems;
    const int latest = dj::Migrations::latestVersion();
    if (db->schemaVersion() != latest)
        problems << Tr::tr("schema version %1, expected %2 (run `dangjian-cli upgrade`)").arg(db->schemaVersion()).arg(latest);
    dj::Query integrity(*db, QStringLiteral("PRAGMA integrity_check"));
    integrity.exec();
    while (integrity.next())
        if (integrity.text(0) != QLatin1String("ok"))
            problems << Tr::tr("integrity: %1").arg(integrity.text(0));
    dj::Query fk(*db, QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    while (fk.next())
        problems << Tr::tr("broken reference in table %1 (row %2 -> %3)").arg(fk.text(0), fk.text(1), fk.text(2));
    if (problems.isEmpty()) {
        // Rules the schema cannot express: one open membership per person, matching branch_id.
        const int stray = dj::Query(*db, QStringLiteral(
            "SELECT count(*) FROM person p WHERE p.deleted = 0 AND p.branch_id IS NOT NULL AND "
            "(SELECT count(*) FROM membership m WHERE m.person_id = p.id AND m.deleted = 0 "
            "AND m.to_date IS NULL AND m.org_id = p.branch_id) <> 1")).scalar().toInt();
        if (stray > 0)
            problems << Tr::tr("%1 people whose current branch does not match their membership history").arg(stray);
    }
    // The audit log's chain (schema 7 on): an edited, removed or added entry is a failed check.
    dj::AuditVerdict audit;
    const bool hasAudit = dj::AuditLog::present(*db);
    if (hasAudit) {
        try {
            audit = dj::AuditLog(*db).verify();
            if (!audit.ok)
                problems << audit.problem;
            // A whole chain says nothing of rows written by another program: compare each
            // row with its last entry.
            const QList<dj::AuditDrift> drift = dj::AuditReconcile::find(*db);
            constexpr int Listed = 50;
            for (int i = 0; i < drift.size() && i < Listed; ++i)
                problems << dj::AuditReconcile::describe(drift.at(i));
            if (drift.size() > Listed)
                problems << Tr::tr("%1 more rows differ from the audit log").arg(drift.size() - Listed);
        } catch (const dj::Error &e) {
            problems << Tr::tr("the audit log cannot be read: %1").arg(e.message());
        }
    }
    for (const QString &p : problems)
        printLine(Tr::tr("FAIL %1: %2").arg(file, p));
    if (!problems.isEmpty())
        return CheckFailed;
    printLine(Tr::tr("OK %1: integrity ok, references ok, schema version %2, office %3").arg(file).arg(latest).arg(db->officeName()));
    if (hasAudit) // the head, to note down: a log rewritten from some entry on changes it
        printLine(Tr::tr("Audit log: %n entry(s), unbroken; its head is %1.", nullptr, int(audit.entries))
                      .arg(QString::fromLatin1(audit.head.toHex())));
    return Ok;
}

int info(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    auto db = openData(file, true);
    QJsonObject tables;
    // sql-identifiers-only: t is from the fixed list businessTables()
    for (const QString &t : kTables)
        tables.insert(t, dj::Query(*db, QStringLiteral("SELECT count(*) FROM ") + t +
                                             QStringLiteral(" WHERE deleted = 0")).scalar().toInt());
    const dj::OrgStatistics s = dj::OrgStatistics::compute(*db, dj::Clock::today());
    QJsonObject byType;
    for (dj::OrgType t : dj::vocab::orgTypes())
        byType.insert(dj::vocab::code(t), s.activeByType.value(t));
    QJsonObject o{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                  {QStringLiteral("schemaVersion"), db->schemaVersion()},
                  {QStringLiteral("officeId"), db->officeId()},
                  {QStringLiteral("officeName"), db->officeName()},
                  {QStringLiteral("tables"), tables},
                  {QStringLiteral("organizationsByType"), byType},
                  {QStringLiteral("fullMembers"), s.fullMembers},
                  {QStringLiteral("probationaryMembers"), s.probationaryMembers},
                  {QStringLiteral("termsEndingSoon"), int(s.terms.size())},
                  {QStringLiteral("branchesWithoutSecretary"), int(s.branchesWithoutSecretary.size())}};
    if (a.has(QStringLiteral("json"))) {
        printJson(QJsonDocument(o));
        return Ok;
    }
    printLine(Tr::tr("File: %1").arg(o.value(QStringLiteral("file")).toString()));
    printLine(Tr::tr("Office: %1 (%2)").arg(db->officeName(), db->officeId()));
    printLine(Tr::tr("Schema version: %1").arg(db->schemaVersion()));
    for (const QString &t : kTables)
        printLine(Tr::tr("  %1: %2 rows").arg(dj::TableLabels::table(t)).arg(tables.value(t).toInt()));
    for (dj::OrgType t : dj::vocab::orgTypes())
        printLine(Tr::tr("  %1: %2").arg(dj::vocab::label(t)).arg(s.activeByType.value(t)));
    printLine(Tr::tr("Members: %1 full, %2 probationary").arg(s.fullMembers).arg(s.probationaryMembers));
    printLine(Tr::tr("Terms ending within 6 months or overdue: %1").arg(s.terms.size()));
    printLine(Tr::tr("Branches without a secretary: %1").arg(s.branchesWithoutSecretary.size()));
    return Ok;
}

int upgrade(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int before = dj::Database::probe(file);
    auto db = dj::Database::open(file);
    if (db->migrationBackupPath().isEmpty())
        printLine(Tr::tr("%1 is already at schema version %2.").arg(file).arg(before));
    else
        printLine(Tr::tr("Upgraded %1 from schema version %2 to %3; the old file was copied to %4.")
                      .arg(file).arg(before).arg(db->schemaVersion()).arg(db->migrationBackupPath()));
    return Ok;
}

} // namespace cli
