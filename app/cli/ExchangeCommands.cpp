#include "ExchangeCommands.h"

#include "OfficeCommands.h"
#include "access/Masking.h"
#include "exchange/ConflictRepository.h"
#include "exchange/ImportLog.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageImport.h"
#include "exchange/PeerRepository.h"
#include "exchange/ExchangeScope.h"
#include "exchange/TableLabels.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};


// "全部数据", "组织 A11 及其下级"… instead of all, org:A11; a scope it cannot read as it is.
QString scopeText(const QString &scope)
{
    try {
        return dj::ExchangeScope::parse(scope).describe();
    } catch (const dj::Error &) {
        return scope;
    }
}

QByteArray passphraseFrom(const CliArgs &a)
{
    const QString path = a.value(QStringLiteral("passphrase-file"));
    if (path.isEmpty())
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw dj::Error(dj::Error::Kind::NotFound, QCoreApplication::translate("cli", "The passphrase file %1 cannot be read: %2")
                                                       .arg(path, f.errorString()));
    QByteArray p = f.readAll();
    while (p.endsWith('\n') || p.endsWith('\r'))
        p.chop(1);
    if (p.isEmpty())
        throw dj::Error(dj::Error::Kind::Invalid, QCoreApplication::translate("cli", "The passphrase file %1 is empty.").arg(path));
    return p;
}

// A recipient named by a key file, or by the id or name of an office trusted here.
dj::OfficeKey recipientFrom(dj::Database &db, const QString &spec)
{
    if (QFileInfo(spec).isFile())
        return dj::OfficeIdentity::readKeyFile(spec);
    for (const dj::Peer &p : dj::PeerRepository(db).all())
        if (p.trusted() && (p.key.officeId == spec || p.key.officeName == spec))
            return p.key;
    throw dj::Error(dj::Error::Kind::NotFound,
                    QCoreApplication::translate("cli", "No trusted office is called %1, and no key file has that name.").arg(spec));
}

QJsonArray refusedJson(const QList<dj::RefusedRow> &rows)
{
    QJsonArray out;
    for (const dj::RefusedRow &r : rows)
        out.append(QJsonObject{{QStringLiteral("table"), r.table}, {QStringLiteral("rowId"), r.id},
                               {QStringLiteral("reason"), r.reason}});
    return out;
}

QJsonObject countsJson(const dj::ImportCounts &c)
{
    QJsonObject out;
    for (int k = 0; k < dj::ImportCounts::CategoryCount; ++k) {
        const auto category = dj::ImportCounts::Category(k);
        out.insert(dj::ImportCounts::key(category), QJsonObject{{QStringLiteral("total"), double(c.total(category))},
                                                                {QStringLiteral("tables"), c.tablesJson(category)}});
    }
    return out;
}
} // namespace

int exportPackage(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        usage(Tr::tr("Give the package to write with --out X.djpkg."));
    if (a.options.contains(QStringLiteral("encrypt-for")) && a.options.contains(QStringLiteral("passphrase-file")))
        usage(Tr::tr("Use either --encrypt-for or --passphrase-file, not both."));
    dj::ExportRequest request;
    request.scope = dj::ExchangeScope::parse(a.value(QStringLiteral("scope"), QStringLiteral("all")));
    request.out = out;
    request.passphrase = passphraseFrom(a);
    auto db = openData(file, false);
    if (a.options.contains(QStringLiteral("encrypt-for"))) {
        request.recipient = dj::OfficeIdentity::readKeyFile(a.value(QStringLiteral("encrypt-for")));
        request.encryptForRecipient = true;
    }
    if (a.options.contains(QStringLiteral("since-last"))) {
        const dj::OfficeKey to = recipientFrom(*db, a.value(QStringLiteral("since-last")));
        if (request.recipient && request.recipient->officeId != to.officeId)
            usage(Tr::tr("--since-last and --encrypt-for name different offices."));
        request.recipient = to;
        request.sinceLast = true;
    }
    const dj::ExportOutcome o = dj::PackageExport::run(*db, request);
    printLine(Tr::tr("Wrote %1: %n row(s), package %2 for %3, sequence %4%5.", nullptr, int(o.totalRows))
                  .arg(out, o.header.packageId,
                       o.header.forAnyOffice() ? Tr::tr("any office") : o.header.recipientOfficeName)
                  .arg(o.header.sequence)
                  .arg(o.header.incremental ? Tr::tr(", changes since %1").arg(o.header.since) : QString()));
    return Ok;
}

int importPackage(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString package = a.required(1, Tr::tr("PACKAGE"));
    auto db = openData(file, false);
    dj::PackageImport import(*db, package);
    const dj::PackageHeader &h = import.header();
    const bool json = a.has(QStringLiteral("json"));
    if (import.sender() == dj::PackageImport::Sender::KeyChanged && !json)
        printLine(Tr::tr("%1 changed its key (signed with the key trusted here): old %2, new %3.")
                      .arg(h.sender.officeName, import.trustedFingerprint(), h.senderFingerprint()));
    dj::PackageImportOptions options;
    using Sender = dj::PackageImport::Sender;
    if (a.has(QStringLiteral("trust")) && import.sender() != Sender::Trusted && import.sender() != Sender::ThisOffice) {
        // Trusted with the import, committed only when it succeeds.
        options.trust.speaksForOrgId = speaksForOption(a, *db);
        printLine(Tr::tr("The package is signed by %1 (%2).").arg(h.sender.officeName, h.sender.officeId));
        options.trust.confirmed = confirmTrust(a, *db, h.sender);
        options.trust.on = true;
    }
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.skipRefused = a.has(QStringLiteral("skip-refused"));
    options.passphrase = passphraseFrom(a);
    options.byWhom = currentUser();
    dj::ImportOutcome o;
    try {
        o = import.run(options);
    } catch (const dj::RefusedPackage &e) {
        if (!json)
            throw; // one line: the first refused row and why
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("package"), h.packageId},
                                            {QStringLiteral("sender"), h.sender.officeName},
                                            {QStringLiteral("senderOfficeId"), h.sender.officeId},
                                            {QStringLiteral("error"), e.message()},
                                            {QStringLiteral("refusedTotal"), double(e.total())},
                                            {QStringLiteral("refused"), refusedJson(e.rows())}}));
        return exitCodeFor(e);
    }
    if (json) {
        QJsonArray conflicts;
        if (!options.dryRun)
            for (qint64 id : o.counts.conflictIds) {
                const dj::SyncConflict c = dj::ConflictRepository(*db).get(id);
                conflicts.append(QJsonObject{{QStringLiteral("id"), double(id)},
                                             {QStringLiteral("table"), c.table},
                                             {QStringLiteral("rowId"), c.rowId},
                                             {QStringLiteral("columns"), QJsonArray::fromStringList(c.differing())}});
            }
        else
            for (const auto &r : o.counts.rows)
                if (r.category == dj::ImportCounts::Conflict)
                    conflicts.append(QJsonObject{{QStringLiteral("table"), r.table}, {QStringLiteral("rowId"), r.id}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("package"), h.packageId},
                                            {QStringLiteral("sender"), h.sender.officeName},
                                            {QStringLiteral("senderOfficeId"), h.sender.officeId},
                                            {QStringLiteral("sequence"), double(h.sequence)},
                                            {QStringLiteral("scope"), h.scope},
                                            {QStringLiteral("dryRun"), options.dryRun},
                                            {QStringLiteral("nothingToDo"), o.nothingToDo},
                                            {QStringLiteral("importId"), double(o.importId)},
                                            {QStringLiteral("gapWarning"), o.gapWarning},
                                            {QStringLiteral("backup"), o.backupPath},
                                            {QStringLiteral("counts"), countsJson(o.counts)},
                                            {QStringLiteral("conflicts"), conflicts},
                                            {QStringLiteral("refusedTotal"), double(o.refusedTotal)},
                                            {QStringLiteral("refused"), refusedJson(o.refused)}}));
        return Ok;
    }
    printLine(Tr::tr("Package %1 from %2, sequence %3, scope %4").arg(h.packageId, h.sender.officeName).arg(h.sequence).arg(scopeText(h.scope)));
    if (!o.gapWarning.isEmpty())
        printLine(Tr::tr("Warning: %1").arg(o.gapWarning));
    for (int k = 0; k < dj::ImportCounts::CategoryCount; ++k)
        printLine(QStringLiteral("  %1\t%2").arg(dj::TableLabels::category(dj::ImportCounts::Category(k))).arg(o.counts.total(dj::ImportCounts::Category(k))));
    if (o.refusedTotal > 0)
        printLine(Tr::tr("Left out: %n row(s) the sender may not change here:", nullptr, int(o.refusedTotal)));
    for (const dj::RefusedRow &r : o.refused)
        printLine(QStringLiteral("  %1\t%2\t%3").arg(r.table, r.id, r.reason));
    if (o.nothingToDo)
        printLine(Tr::tr("Nothing to change: this file already has everything in the package."));
    else if (options.dryRun)
        printLine(Tr::tr("Preview only: nothing was changed."));
    else
        printLine(Tr::tr("Imported (log entry %1). %n conflict(s) wait for a decision: dangjian-cli conflicts %2", nullptr,
                         int(o.counts.total(dj::ImportCounts::Conflict)))
                      .arg(o.importId)
                      .arg(file));
    if (!o.backupPath.isEmpty())
        printLine(Tr::tr("The file as it was before is kept in %1").arg(QDir::toNativeSeparators(o.backupPath)));
    return Ok;
}

int importLog(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    const QList<dj::ImportLogEntry> entries = dj::ImportLog(*db).all();
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &e : entries)
            list.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                    {QStringLiteral("package"), e.packageId},
                                    {QStringLiteral("hash"), e.packageHash},
                                    {QStringLiteral("sender"), e.senderName},
                                    {QStringLiteral("senderOfficeId"), e.senderOffice},
                                    {QStringLiteral("sequence"), double(e.sequence)},
                                    {QStringLiteral("expectedSequence"), double(e.expectedSequence)},
                                    {QStringLiteral("scope"), e.scope},
                                    {QStringLiteral("importedAt"), e.importedAt},
                                    {QStringLiteral("importedBy"), e.importedBy},
                                    {QStringLiteral("counts"), e.counts},
                                    {QStringLiteral("undoneAt"), e.undoneAt}});
        printJson(QJsonDocument(list));
        return Ok;
    }
    for (const auto &e : entries)
        printLine(QStringLiteral("%1\t%2\t%3\t#%4\t%5\t%6%7")
                      .arg(e.id)
                      .arg(e.importedAt, e.senderName)
                      .arg(e.sequence)
                      .arg(scopeText(e.scope),
                           Tr::tr("new %1, updated %2, deleted %3, conflicts %4")
                               .arg(e.count(QStringLiteral("new")))
                               .arg(e.count(QStringLiteral("updated")))
                               .arg(e.count(QStringLiteral("deleted")))
                               .arg(e.count(QStringLiteral("conflicts"))),
                           e.undoneAt.isEmpty() ? QString() : Tr::tr("\tundone %1").arg(e.undoneAt)));
    return Ok;
}

int importUndo(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), false);
    const dj::ImportLogEntry e = dj::ImportLog(*db).undoLast(currentUser());
    printLine(Tr::tr("Undid import %1 (package from %2, sequence %3).").arg(e.id).arg(e.senderName).arg(e.sequence));
    return Ok;
}

int conflictsList(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    const QList<dj::SyncConflict> list = dj::ConflictRepository(*db).list(!a.has(QStringLiteral("all")));
    if (a.has(QStringLiteral("json"))) {
        const dj::SensitiveView view(*db); // personal numbers masked as in `person list`
        QJsonArray out;
        for (const auto &c : list) {
            const QVariantList shownMine = view.shownRow(c.table, c.columns, c.mine);
            const QVariantList shownTheirs = view.shownRow(c.table, c.columns, c.theirs);
            QJsonObject mine, theirs;
            for (const QString &col : c.differing()) {
                const int i = int(c.columns.indexOf(col));
                mine.insert(col, QJsonValue::fromVariant(shownMine.value(i)));
                theirs.insert(col, QJsonValue::fromVariant(shownTheirs.value(i)));
            }
            out.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                   {QStringLiteral("table"), c.table},
                                   {QStringLiteral("rowId"), c.rowId},
                                   {QStringLiteral("senderOfficeId"), c.senderOffice},
                                   {QStringLiteral("detectedAt"), c.detectedAt},
                                   {QStringLiteral("tableHolds"), c.tableHoldsTheirs ? QStringLiteral("theirs") : QStringLiteral("mine")},
                                   {QStringLiteral("mine"), mine},
                                   {QStringLiteral("theirs"), theirs},
                                   {QStringLiteral("resolution"), c.resolution}});
        }
        printJson(QJsonDocument(out));
        return Ok;
    }
    // The table and fields as officers call them; the column names that --theirs-fields takes
    // follow in brackets.
    for (const auto &c : list)
        printLine(QStringLiteral("%1\t%2\t%3\t%4 (%5)%6")
                      .arg(c.id)
                      .arg(dj::TableLabels::table(c.table), c.rowId, dj::TableLabels::columns(c.differing()),
                           c.differing().join(QLatin1Char(',')),
                           c.resolution.isEmpty() ? QString() : QStringLiteral("\t") + dj::TableLabels::resolution(c.resolution)));
    if (list.isEmpty())
        printLine(Tr::tr("No conflicts wait for a decision."));
    return Ok;
}

int conflictsResolve(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    bool ok = false;
    const qint64 id = a.required(1, Tr::tr("ID")).toLongLong(&ok);
    if (!ok)
        usage(Tr::tr("The conflict ID is a number; see dangjian-cli conflicts FILE."));
    const QString take = a.value(QStringLiteral("take"));
    const QString fields = a.value(QStringLiteral("theirs-fields"));
    if ((take.isEmpty() == fields.isEmpty()) || (!take.isEmpty() && take != QLatin1String("mine") && take != QLatin1String("theirs")))
        usage(Tr::tr("Say which version to keep: --take mine, --take theirs, or --theirs-fields COLUMN,COLUMN."));
    auto db = openData(file, false);
    dj::ConflictRepository repo(*db);
    if (!fields.isEmpty()) {
        const QStringList list = fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
        const dj::SyncConflict c = repo.get(id);
        for (const QString &f : list)
            if (!c.columns.contains(f.trimmed()))
                usage(Tr::tr("%1 has no column %2.").arg(c.table, f.trimmed()));
        QSet<QString> set;
        for (const QString &f : list)
            set.insert(f.trimmed());
        repo.resolveFields(id, set, currentUser());
    } else {
        repo.resolve(id, take == QLatin1String("mine") ? dj::ConflictRepository::Take::Mine : dj::ConflictRepository::Take::Theirs,
                     currentUser());
    }
    printLine(Tr::tr("Conflict %1 settled.").arg(id));
    return Ok;
}

} // namespace cli
