#include "DutyCommands.h"

#include "common/Clock.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyProgress.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "duty/TemplateFile.h"
#include "duty/TemplateRepository.h"
#include "org/OrganizationRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QDate dateOption(const CliArgs &a, const QString &option, const QDate &fallback)
{
    if (!a.options.contains(option))
        return fallback;
    const QDate d = QDate::fromString(a.value(option), Qt::ISODate);
    if (!d.isValid())
        usage(Tr::tr("--%1 must be a date such as 2026-03-31.").arg(option));
    return d;
}

QString orgOption(dj::Database &db, const CliArgs &a)
{
    if (!a.options.contains(QStringLiteral("org")))
        return {};
    const QString id = dj::OrganizationRepository(db).byCode(a.value(QStringLiteral("org"))).id;
    if (id.isEmpty())
        throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("org"))));
    return id;
}

QString percent(const dj::CompletionRate &r)
{
    return r.rate() < 0 ? QStringLiteral("—") : QString::number(r.rate() * 100, 'f', 1) + QLatin1Char('%');
}

QJsonObject rateJson(const dj::CompletionRate &r)
{
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("lists"), r.lists},
            {QStringLiteral("items"), r.items},
            {QStringLiteral("expected"), r.expected},
            {QStringLiteral("done"), r.done},
            {QStringLiteral("rate"), r.rate() < 0 ? QJsonValue() : QJsonValue(r.rate())},
            {QStringLiteral("overdue"), r.overdue}};
}
} // namespace

int dutyGenerate(const CliArgs &a)
{
    const int year = yearOption(a);
    auto db = openData(a.required(0, Tr::tr("FILE")), false);
    const QDate today = dj::Clock::today();
    const QDate postsOn = dateOption(a, QStringLiteral("date"), today.year() == year ? today : QDate(year, 1, 1));
    const dj::DutyGenerator::Result r = dj::DutyGenerator(*db).generate(year, postsOn);
    if (a.has(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("year"), year},
                                            {QStringLiteral("postsOn"), postsOn.toString(Qt::ISODate)},
                                            {QStringLiteral("templatesInstalled"), r.templatesInstalled},
                                            {QStringLiteral("listsAdded"), r.listsAdded},
                                            {QStringLiteral("itemsAdded"), r.itemsAdded},
                                            {QStringLiteral("linksSet"), r.linksSet}}));
    } else if (!r.changed()) {
        printLine(Tr::tr("Nothing to add: the lists of %1 are complete.").arg(year));
    } else {
        printLine(Tr::tr("%1: %2 lists and %3 items added, %4 items linked to the item above "
                         "(post holders on %5).")
                      .arg(year)
                      .arg(r.listsAdded)
                      .arg(r.itemsAdded)
                      .arg(r.linksSet)
                      .arg(postsOn.toString(Qt::ISODate)));
    }
    return Ok;
}

int dutyList(const CliArgs &a)
{
    const int year = yearOption(a);
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    const QString orgId = orgOption(*db, a);
    const dj::DutyProgress progress(*db, year, dj::Clock::today());
    QJsonArray out;
    for (const dj::DutyList &l : dj::DutyRepository(*db).lists(year, orgId)) {
        QJsonArray items;
        if (!a.has(QStringLiteral("json")))
            printLine(QStringLiteral("%1  [%2]").arg(l.title, l.id));
        for (const dj::ItemProgress &p : progress.items(l.id)) {
            const QString status = dj::DutySchedule::label(p.now);
            if (a.has(QStringLiteral("json"))) {
                items.append(QJsonObject{{QStringLiteral("id"), p.item.id},
                                         {QStringLiteral("code"), p.item.code},
                                         {QStringLiteral("category"), p.item.category},
                                         {QStringLiteral("title"), p.item.title},
                                         {QStringLiteral("frequency"), dj::vocab::code(p.item.frequency)},
                                         {QStringLiteral("expectedDue"), p.dueExpected},
                                         {QStringLiteral("doneDue"), p.dueDone},
                                         {QStringLiteral("status"), status}});
            } else {
                printLine(QStringLiteral("  %1  %2  %3  %4/%5  %6")
                              .arg(p.item.id, p.item.code, p.item.title)
                              .arg(p.dueDone)
                              .arg(p.dueExpected)
                              .arg(status));
            }
        }
        if (a.has(QStringLiteral("json")))
            out.append(QJsonObject{{QStringLiteral("id"), l.id},
                                   {QStringLiteral("title"), l.title},
                                   {QStringLiteral("subject"), dj::vocab::code(l.subject)},
                                   {QStringLiteral("org"), l.orgName},
                                   {QStringLiteral("person"), l.personName},
                                   {QStringLiteral("items"), items}});
    }
    if (a.has(QStringLiteral("json")))
        printJson(QJsonDocument(out));
    return Ok;
}

int dutyStatus(const CliArgs &a)
{
    const int year = yearOption(a);
    bool ok = true;
    const int quarter = a.options.contains(QStringLiteral("quarter")) ? a.value(QStringLiteral("quarter")).toInt(&ok) : 0;
    if (!ok || quarter < 0 || quarter > 4)
        usage(Tr::tr("--quarter must be 1, 2, 3 or 4."));
    const QString by = a.value(QStringLiteral("by"), QStringLiteral("level"));
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    const dj::DutyProgress p(*db, year, dj::Clock::today(), quarter);
    QList<dj::CompletionRate> rates;
    if (by == QLatin1String("level"))
        rates = p.byLevel();
    else if (by == QLatin1String("post"))
        rates = p.byPost();
    else if (by == QLatin1String("category"))
        rates = p.byCategory();
    else if (by == QLatin1String("org"))
        rates = p.byOrg();
    else
        usage(Tr::tr("--by must be level, post, category or org."));
    const dj::CompletionRate total = p.total();
    if (a.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const dj::CompletionRate &r : std::as_const(rates))
            rows.append(rateJson(r));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("year"), year},
                                            {QStringLiteral("quarter"), quarter},
                                            {QStringLiteral("today"), dj::Clock::today().toString(Qt::ISODate)},
                                            {QStringLiteral("by"), by},
                                            {QStringLiteral("rows"), rows},
                                            {QStringLiteral("total"), rateJson(total)}}));
        return Ok;
    }
    for (const dj::CompletionRate &r : std::as_const(rates))
        printLine(Tr::tr("%1  %2 (%3 of %4 due)  lists %5, items %6, late %7")
                      .arg(r.label, percent(r))
                      .arg(r.done)
                      .arg(r.expected)
                      .arg(r.lists)
                      .arg(r.items)
                      .arg(r.overdue));
    printLine(Tr::tr("Total  %1 (%2 of %3 due)").arg(percent(total)).arg(total.done).arg(total.expected));
    return Ok;
}

int dutyRecord(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const QString itemId = a.value(QStringLiteral("item"));
    if (itemId.isEmpty())
        usage(Tr::tr("--item is required: the item id (see duty list)."));
    dj::DutyRecord r;
    r.itemId = itemId;
    r.doneOn = dateOption(a, QStringLiteral("date"), QDate());
    if (!r.doneOn.isValid())
        usage(Tr::tr("--date is required: the day the work was done, such as 2026-03-31."));
    r.text = a.value(QStringLiteral("text"));
    r.recordedBy = a.value(QStringLiteral("by"), qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    auto db = openData(file, false);
    // The record and its evidence file together, or neither.
    dj::Transaction tx(*db);
    const QString id = dj::DutyRecordRepository(*db).add(r);
    if (a.options.contains(QStringLiteral("attach")))
        dj::AttachmentStore(*db).addFile(QStringLiteral("duty_record"), id, a.value(QStringLiteral("attach")));
    tx.commit();
    printLine(Tr::tr("Recorded %1.").arg(id));
    return Ok;
}

int dutyTemplates(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const bool exporting = a.options.contains(QStringLiteral("export"));
    if (exporting == a.options.contains(QStringLiteral("load")))
        usage(Tr::tr("Give either --export OUT.djtpl or --load IN.djtpl."));
    if (exporting) {
        auto db = openData(file, true);
        const QList<dj::DutyTemplate> all = dj::TemplateRepository(*db).all(true);
        if (all.isEmpty())
            throw dj::Error(dj::Error::Kind::NotFound,
                            Tr::tr("The file has no templates yet; duty generate installs the built-in ones."));
        dj::TemplateFile::write(all, a.value(QStringLiteral("export")));
        printLine(Tr::tr("Wrote %1 templates to %2.").arg(all.size()).arg(a.value(QStringLiteral("export"))));
        return Ok;
    }
    const QList<dj::DutyTemplate> loaded = dj::TemplateFile::read(a.value(QStringLiteral("load")));
    const int year = a.options.contains(QStringLiteral("year")) ? yearOption(a) : dj::Clock::today().year();
    auto db = openData(file, false);
    const int n = dj::TemplateRepository(*db).load(loaded, year, a.has(QStringLiteral("replace")));
    printLine(Tr::tr("Loaded %1 templates.").arg(n));
    return Ok;
}

} // namespace cli
