#include "PrintCommands.h"

#include "common/Clock.h"
#include "org/IdNumber.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "print/PdfExport.h"
#include "report/AssessScoreFormReport.h"
#include "report/AssessSummaryReport.h"
#include "report/DutyBookletReport.h"
#include "report/DutyRecordsReport.h"
#include "report/OrgListReport.h"
#include "report/AssessExplainReport.h"
#include "report/ReportBallotReport.h"
#include "report/SecretaryTableReport.h"
#include "report/SatisfactionBallotReport.h"
#include "report/RosterReport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// What is printed: the kind of form and whose.
struct Request
{
    QString kind;
    int year = 0;
    QString orgId;
    QString personId;
};

bool isAssessForm(const QString &kind)
{
    return kind == QLatin1String("score-form") || kind == QLatin1String("summary") || kind == QLatin1String("ballot") ||
           kind == QLatin1String("satisfaction-ballot") || kind == QLatin1String("explain") ||
           kind == QLatin1String("secretaries");
}

// The reports of the request; the score forms of every assessed branch are one report
// each, so each starts on a new page.
QList<dj::report::Report> build(dj::Database &db, const Request &r)
{
    const QDate today = dj::Clock::today();
    if (r.kind == QLatin1String("roster"))
        return {dj::report::RosterReport::build(db, r.orgId, today)};
    if (r.kind == QLatin1String("orgs"))
        return {dj::report::OrgListReport::build(db, r.orgId, today)};
    if (r.kind == QLatin1String("duty-lists"))
        return {dj::report::DutyBookletReport::build(db, r.year, r.orgId, today)};
    if (r.kind == QLatin1String("score-form"))
        return dj::report::AssessScoreFormReport::build(db, r.year, r.orgId);
    if (r.kind == QLatin1String("summary"))
        return {dj::report::AssessSummaryReport::build(db, r.year)};
    if (r.kind == QLatin1String("ballot"))
        return {dj::report::ReportBallotReport::build(db, r.year)};
    if (r.kind == QLatin1String("explain"))
        return {dj::report::AssessExplainReport::build(db, r.year, r.orgId)};
    if (r.kind == QLatin1String("secretaries"))
        return {dj::report::SecretaryTableReport::build(db, r.year)};
    if (r.kind == QLatin1String("satisfaction-ballot"))
        return {dj::report::SatisfactionBallotReport::build(db, r.year)};
    return {dj::report::DutyRecordsReport::build(db, r.year, r.orgId, r.personId, today)};
}

// The options of the kind of form, checked before the file is opened; the year, or 0 for
// the forms that have none.
int checkOptions(const CliArgs &a, const QString &kind)
{
    const bool duty = kind.startsWith(QLatin1String("duty-"));
    const bool assess = isAssessForm(kind);
    if (!duty && !assess) {
        if (a.options.contains(QStringLiteral("year")) || a.options.contains(QStringLiteral("person")))
            usage(Tr::tr("--year goes with --report duty-lists, duty-records, score-form, summary, ballot, "
                         "explain, secretaries or satisfaction-ballot; "
                         "--person with duty-records only."));
        return 0;
    }
    if (a.has(QStringLiteral("each-branch")))
        usage(Tr::tr("--each-branch works with --report roster or orgs only."));
    bool ok = false;
    const int year = a.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        usage(assess ? Tr::tr("--year is required with --report %1: the year of the assessment, such as 2025.").arg(kind)
                     : Tr::tr("--year is required with --report %1: the year of the lists, such as 2026.").arg(kind));
    const bool org = a.options.contains(QStringLiteral("org"));
    const bool person = a.options.contains(QStringLiteral("person"));
    if (assess) {
        if (person)
            usage(Tr::tr("--person goes with --report duty-records only."));
        if (kind == QLatin1String("explain") && !org)
            usage(Tr::tr("--report explain needs --org CODE: the organisation whose total is explained."));
        if (org && kind != QLatin1String("score-form") && kind != QLatin1String("explain"))
            usage(Tr::tr("--report %1 covers every assessed organisation of the year and takes no --org.").arg(kind));
        return year;
    }
    if (kind == QLatin1String("duty-lists") && person)
        usage(Tr::tr("--report duty-lists takes --org CODE, not --person."));
    if (kind == QLatin1String("duty-records") && org == person)
        usage(Tr::tr("--report duty-records needs exactly one of --org CODE and --person ID_NUMBER."));
    return year;
}

QString personByIdNumber(dj::Database &db, const QString &given)
{
    const QString idNumber = dj::IdNumber::normalize(given);
    if (idNumber.isEmpty())
        usage(Tr::tr("--person needs the person's ID number."));
    // An exact match: it works for those who see ID numbers masked too (they typed it).
    const QString id = dj::PersonRepository(db).idOfIdNumber(idNumber);
    if (!id.isEmpty())
        return id;
    throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("No person has the ID number %1.").arg(idNumber));
}
} // namespace

int print(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    Request request;
    request.kind = a.value(QStringLiteral("report"));
    const QString &kind = request.kind;
    if (kind != QLatin1String("roster") && kind != QLatin1String("orgs") && kind != QLatin1String("duty-lists") &&
        kind != QLatin1String("duty-records") && !isAssessForm(kind))
        usage(Tr::tr("--report must be roster, orgs, duty-lists, duty-records, score-form, summary, ballot, "
                     "explain, secretaries or satisfaction-ballot."));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        usage(Tr::tr("--out is required: the PDF file (or, with --each-branch, a folder)."));
    request.year = checkOptions(a, kind);
    auto db = openData(file, true);
    dj::OrganizationRepository orgs(*db);
    QString &orgId = request.orgId;
    if (a.options.contains(QStringLiteral("org"))) {
        orgId = orgs.byCode(a.value(QStringLiteral("org"))).id;
        if (orgId.isEmpty())
            throw dj::Error(dj::Error::Kind::NotFound,
                            Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("org"))));
    }
    if (a.options.contains(QStringLiteral("person")))
        request.personId = personByIdNumber(*db, a.value(QStringLiteral("person")));
    if (!a.has(QStringLiteral("each-branch"))) {
        const int pages = PdfExport::write(build(*db, request), out);
        printLine(Tr::tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(out));
        return Ok;
    }
    // One PDF per active branch of the subtree, named after its code.
    if (!QDir().mkpath(out))
        throw dj::Error(dj::Error::Kind::Storage, Tr::tr("Cannot create the folder %1.").arg(out));
    // The roster of each branch, or the organisation list below each branch.
    int files = 0;
    for (const dj::report::BranchRoster &b : dj::report::RosterReport::buildPerBranch(*db, orgId, dj::Clock::today())) {
        const QString path = QDir(out).filePath(b.branch.code + QStringLiteral(".pdf"));
        PdfExport::write(kind == QLatin1String("roster") ? QList<dj::report::Report>{b.report}
                                                         : build(*db, {kind, 0, b.branch.id, {}}),
                         path);
        std::fprintf(stderr, "%s\n", qPrintable(path));
        ++files;
    }
    printLine(Tr::tr("Wrote %n PDF file(s) to %1.", nullptr, files).arg(out));
    return Ok;
}

} // namespace cli
