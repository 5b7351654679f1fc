#include "SatisfactionCommands.h"

#include "assess/SatisfactionRepository.h"
#include "assess/SatisfactionSheet.h"
#include "sheet/SheetFile.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

dj::SatisfactionSurvey surveyOf(dj::Database &db, int year)
{
    const auto s = dj::SatisfactionRepository(db).forYear(year);
    if (!s)
        throw dj::Error(dj::Error::Kind::NotFound,
                        QCoreApplication::translate("cli", "There is no satisfaction survey for %1 (see: satisfaction "
                                                           "create).")
                            .arg(year));
    return *s;
}

QString percent(double rate) { return QString::number(rate * 100, 'f', 1) + QLatin1Char('%'); }
} // namespace

int satisfactionCreate(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    const QString title = a.value(QStringLiteral("title"), QString::fromUtf8("%1年度机关党委工作满意度测评").arg(year));
    auto db = openData(file, false);
    dj::SatisfactionRepository(*db).create(year, title, dj::SatisfactionRepository::defaultItems());
    printLine(Tr::tr("Created %1 with %2 items.").arg(title).arg(dj::SatisfactionRepository::defaultItems().size()));
    return Ok;
}

int satisfactionLoad(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    const QString path = a.value(QStringLiteral("ballots"));
    if (path.isEmpty())
        usage(Tr::tr("Give the sheet of ballots with --ballots S.csv."));
    auto db = openData(file, false);
    const dj::SatisfactionSurvey s = surveyOf(*db, year);
    int first = 2;
    const dj::SheetTable t = dj::SheetFile::read(path, &first);
    QList<dj::SatisfactionBallot> ballots;
    try {
        ballots = dj::SatisfactionSheet::read(t, first, s);
    } catch (const dj::Error &e) {
        throw dj::Error(e.kind(), Tr::tr("%1: %2").arg(path, e.message()));
    }
    dj::Transaction tx(*db);
    dj::SatisfactionRepository repo(*db);
    for (const dj::SatisfactionBallot &b : ballots)
        repo.setBallot(s.id, b);
    tx.commit();
    printLine(Tr::tr("Loaded %1 satisfaction ballots into %2.").arg(ballots.size()).arg(year));
    return Ok;
}

int satisfactionResult(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    auto db = openData(file, true);
    const dj::SatisfactionSurvey s = surveyOf(*db, year);
    const dj::SatisfactionResult r = dj::SatisfactionRepository(*db).result(s.id);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray items;
        for (const auto &l : r.items) {
            QJsonObject counts;
            for (int o = 0; o < r.options.size(); ++o)
                counts.insert(r.options.at(o), l.counts.value(o));
            items.append(QJsonObject{{QStringLiteral("item"), l.text},
                                     {QStringLiteral("counts"), counts},
                                     {QStringLiteral("valid"), l.valid},
                                     {QStringLiteral("rate"), l.rate}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("year"), year},
                                            {QStringLiteral("items"), items},
                                            {QStringLiteral("valid_ballots"), r.validBallots},
                                            {QStringLiteral("invalid_ballots"), r.invalidBallots},
                                            {QStringLiteral("overall"), r.overall}}));
        return Ok;
    }
    printLine(s.title);
    for (const auto &l : r.items) {
        QStringList counts;
        for (int o = 0; o < r.options.size(); ++o)
            counts << QStringLiteral("%1 %2").arg(r.options.at(o)).arg(l.counts.value(o));
        printLine(QStringLiteral("%1\t%2\t%3").arg(percent(l.rate), counts.join(QStringLiteral(", ")), l.text));
    }
    printLine(Tr::tr("Overall %1; %2 valid ballots typed, %3 invalid.").arg(percent(r.overall)).arg(r.validBallots).arg(r.invalidBallots));
    return Ok;
}

} // namespace cli
