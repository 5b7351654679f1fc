#include "PrintCommands.h"

#include "common/Clock.h"
#include "org/OrganizationRepository.h"
#include "print/PdfExport.h"
#include "report/OrgListReport.h"
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

dj::report::Report build(dj::Database &db, const QString &kind, const QString &orgId)
{
    const QDate today = dj::Clock::today();
    return kind == QLatin1String("roster") ? dj::report::RosterReport::build(db, orgId, today)
                                           : dj::report::OrgListReport::build(db, orgId, today);
}
} // namespace

int print(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString kind = a.value(QStringLiteral("report"));
    if (kind != QLatin1String("roster") && kind != QLatin1String("orgs"))
        usage(Tr::tr("--report must be roster or orgs."));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        usage(Tr::tr("--out is required: the PDF file (or, with --each-branch, a folder)."));
    auto db = openData(file, true);
    dj::OrganizationRepository orgs(*db);
    QString orgId;
    if (a.options.contains(QStringLiteral("org"))) {
        orgId = orgs.byCode(a.value(QStringLiteral("org"))).id;
        if (orgId.isEmpty())
            throw dj::Error(dj::Error::Kind::NotFound,
                            Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("org"))));
    }
    if (!a.has(QStringLiteral("each-branch"))) {
        const int pages = PdfExport::write({build(*db, kind, orgId)}, out);
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
        PdfExport::write({kind == QLatin1String("roster") ? b.report : build(*db, kind, b.branch.id)}, path);
        std::fprintf(stderr, "%s\n", qPrintable(path));
        ++files;
    }
    printLine(Tr::tr("Wrote %n PDF file(s) to %1.", nullptr, files).arg(out));
    return Ok;
}

} // namespace cli
