#include "AssessCommands.h"

#include "assess/AssessData.h"
#include "assess/AssessSeal.h"
#include "assess/AssessSheetLoad.h"
#include "assess/AssessmentRepository.h"
#include "assess/IndicatorRules.h"
#include "assess/SchemeRepository.h"
#include "org/OrganizationRepository.h"
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

QList<double> numbers(const QString &text, int count, const QString &option)
{
    QList<double> out;
    for (const QString &p : text.split(QLatin1Char(','))) {
        bool ok = false;
        out << p.trimmed().toDouble(&ok);
        if (!ok)
            usage(Tr::tr("--%1 takes %2 numbers separated by commas.").arg(option).arg(count));
    }
    if (out.size() != count)
        usage(Tr::tr("--%1 takes %2 numbers separated by commas.").arg(option).arg(count));
    return out;
}

// Who entered the values. --by names them only in a file without accounts; with accounts core
// records the signed-in account whatever it is given, and naming anyone else is refused rather
// than ignored, so no script believes it recorded a name it did not (its own name still passes).
QString byWhom(const CliArgs &a, const dj::Database &db)
{
    const dj::UserSession &u = db.user();
    if (!u.signedIn)
        return a.value(QStringLiteral("by"), qEnvironmentVariable("USER", Tr::tr("command line")));
    const QString by = a.value(QStringLiteral("by")).trimmed();
    if (!by.isEmpty() && by.compare(u.user, Qt::CaseInsensitive) != 0 && by != u.enteredBy({}))
        throw dj::Error(dj::Error::Kind::Denied,
                        Tr::tr("--by names who enters only in a file without accounts; here the signed-in account %1 "
                               "is recorded: leave out --by.")
                            .arg(u.user));
    return u.enteredBy({});
}

QString orgIdOfCode(dj::Database &db, const QString &code)
{
    const QString id = dj::OrganizationRepository(db).byCode(code).id;
    if (id.isEmpty())
        throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("No organisation has the code %1.").arg(code));
    return id;
}
} // namespace

int assessCreate(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    const QString name = a.value(QStringLiteral("scheme"));
    if (name.isEmpty())
        usage(Tr::tr("Name the indicator scheme with --scheme NAME (see: scheme list)."));
    dj::Weights w;
    if (a.options.contains(QStringLiteral("weights"))) {
        const QList<double> v = numbers(a.value(QStringLiteral("weights")), 3, QStringLiteral("weights"));
        w = {v.at(0), v.at(1), v.at(2)};
    }
    auto db = openData(file, false);
    const auto scheme = dj::SchemeRepository(*db).find(name);
    if (!scheme)
        throw dj::Error(dj::Error::Kind::NotFound, Tr::tr("There is no scheme named %1.").arg(name));
    dj::AssessmentRepository repo(*db);
    QStringList orgs;
    if (a.options.contains(QStringLiteral("orgs"))) {
        for (const QString &code : a.value(QStringLiteral("orgs")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            orgs << orgIdOfCode(*db, code.trimmed());
    } else {
        orgs = repo.defaultOrgIds(a.has(QStringLiteral("with-general-branches")));
    }
    repo.create(year, scheme->id, w, orgs);
    printLine(Tr::tr("Created the %1 assessment: %2 organisations, scheme %3, weights %4/%5/%6.")
                  .arg(year)
                  .arg(orgs.size())
                  .arg(scheme->name, dj::indicatorrules::number(w.daily), dj::indicatorrules::number(w.partyGroup),
                       dj::indicatorrules::number(w.report)));
    return Ok;
}

int assessGrading(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    auto db = openData(file, false);
    dj::AssessmentRepository repo(*db);
    const dj::Assessment as = repo.ofYear(year);
    dj::Transaction tx(*db);
    const QString scale = a.value(QStringLiteral("scale"), as.grading.scale);
    if (a.options.contains(QStringLiteral("thresholds")) && a.options.contains(QStringLiteral("quota")))
        usage(Tr::tr("Grade by --thresholds or by --quota, not both."));
    if (a.options.contains(QStringLiteral("quota")))
        repo.setGrading(as.id, dj::Grading::parse(scale, dj::Grading::Method::Quota, a.value(QStringLiteral("quota"))));
    else if (a.options.contains(QStringLiteral("thresholds")))
        repo.setGrading(as.id, dj::Grading::parse(scale, dj::Grading::Method::Threshold, a.value(QStringLiteral("thresholds"))));
    else if (a.options.contains(QStringLiteral("scale")))
        repo.setGrading(as.id, dj::Grading::defaults(scale, as.grading.method));
    if (a.options.contains(QStringLiteral("ballot-points")) || a.options.contains(QStringLiteral("trim-from"))) {
        const QList<double> points = a.options.contains(QStringLiteral("ballot-points"))
                                         ? numbers(a.value(QStringLiteral("ballot-points")), 4, QStringLiteral("ballot-points"))
                                         : as.ballotPoints;
        bool ok = true;
        const int trim = a.options.contains(QStringLiteral("trim-from")) ? a.value(QStringLiteral("trim-from")).toInt(&ok) : as.trimFrom;
        if (!ok)
            usage(Tr::tr("--trim-from takes a whole number."));
        repo.setBallotRules(as.id, points, trim);
    }
    if (a.options.contains(QStringLiteral("weights"))) {
        const QList<double> v = numbers(a.value(QStringLiteral("weights")), 3, QStringLiteral("weights"));
        repo.setWeights(as.id, {v.at(0), v.at(1), v.at(2)});
    }
    tx.commit();
    const dj::Assessment now = repo.get(as.id);
    printLine(Tr::tr("%1: grades %2 by %3 %4; ballots %5, extremes dropped from %6 ballots.")
                  .arg(year)
                  .arg(now.grading.grades().join(QLatin1Char('/')),
                       now.grading.method == dj::Grading::Method::Quota ? Tr::tr("quota") : Tr::tr("thresholds"),
                       now.grading.shownLimitsText())
                  .arg(QStringList{QString::number(now.ballotPoints.value(0)), QString::number(now.ballotPoints.value(1)),
                                   QString::number(now.ballotPoints.value(2)), QString::number(now.ballotPoints.value(3))}
                           .join(QLatin1Char('/')))
                  .arg(now.trimFrom));
    return Ok;
}

int assessLoad(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    const QString daily = a.value(QStringLiteral("daily")), party = a.value(QStringLiteral("party-group")),
                  ballots = a.value(QStringLiteral("ballots"));
    if (daily.isEmpty() && party.isEmpty() && ballots.isEmpty())
        usage(Tr::tr("Give at least one of --daily D.csv, --party-group P.csv, --ballots B.csv."));
    const QString stageText = a.value(QStringLiteral("stage"), QStringLiteral("review"));
    if (stageText != QLatin1String("review") && stageText != QLatin1String("self"))
        usage(Tr::tr("--stage is self (自评) or review (审核)."));
    const dj::ScoreStage stage = stageText == QLatin1String("self") ? dj::ScoreStage::Self : dj::ScoreStage::Review;
    bool entryOk = true;
    const int entry = a.value(QStringLiteral("entry"), QStringLiteral("1")).toInt(&entryOk);
    if (!entryOk || (entry != 1 && entry != 2))
        usage(Tr::tr("--entry is 1 (first typing) or 2 (second typing of double entry)."));

    auto db = openData(file, false);
    const dj::Assessment as = dj::AssessmentRepository(*db).ofYear(year);
    const dj::AssessSheetLoad load(*db, as);
    // Read and check every sheet before anything is stored; then store all in one go.
    auto sheet = [](const QString &path, auto reader) {
        int first = 2;
        const dj::SheetTable t = dj::SheetFile::read(path, &first);
        try {
            return reader(t, first);
        } catch (const dj::Error &e) {
            throw dj::Error(e.kind(), Tr::tr("%1: %2").arg(path, e.message()));
        }
    };
    QList<dj::ScoreInput> scores;
    QList<dj::PartyGroupRepository::Input> marks;
    QList<dj::BallotRepository::Input> typed;
    if (!daily.isEmpty())
        scores = sheet(daily, [&](const dj::SheetTable &t, int f) { return load.daily(t, f, stage); });
    if (!party.isEmpty())
        marks = sheet(party, [&](const dj::SheetTable &t, int f) { return load.partyGroup(t, f); });
    if (!ballots.isEmpty())
        typed = sheet(ballots, [&](const dj::SheetTable &t, int f) { return load.ballots(t, f); });
    const QString by = byWhom(a, *db);
    dj::Transaction tx(*db);
    dj::ScoreRepository(*db).set(as.id, scores, by);
    dj::PartyGroupRepository(*db).set(as.id, marks, by);
    dj::BallotRepository(*db).set(as.id, entry, typed, by);
    tx.commit();
    printLine(Tr::tr("Loaded into %1: %2 daily values, %3 party-group marks, %4 ballot marks.")
                  .arg(year)
                  .arg(scores.size())
                  .arg(marks.size())
                  .arg(typed.size()));
    return Ok;
}

int assessCompute(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    auto db = openData(file, true);
    const dj::Assessment as = dj::AssessmentRepository(*db).ofYear(year);
    const dj::AssessResult r = dj::AssessData::compute(*db, as.id);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray results;
        for (const dj::OrgResult &o : r.rows) {
            QJsonObject areas;
            for (int i = 0; i < r.areas.size(); ++i)
                areas.insert(r.areas.at(i), o.areas.value(i));
            // A component nobody has entered is null, not 0; what is missing is listed.
            const auto component = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
            results.append(QJsonObject{{QStringLiteral("org_code"), o.code},
                                       {QStringLiteral("org_name"), o.name},
                                       {QStringLiteral("daily"), component(o.daily)},
                                       {QStringLiteral("party_group"), component(o.partyGroup)},
                                       {QStringLiteral("report"), component(o.report)},
                                       {QStringLiteral("total"), o.scored ? QJsonValue(o.total) : QJsonValue()},
                                       {QStringLiteral("provisional"), o.provisional()},
                                       {QStringLiteral("missing"), QJsonArray::fromStringList(o.missing)},
                                       {QStringLiteral("unreviewed"), QJsonArray::fromStringList(o.unreviewed)},
                                       {QStringLiteral("party_group_missing"),
                                        QJsonArray::fromStringList(o.partyGroupMissing)},
                                       {QStringLiteral("rank"), o.rank},
                                       {QStringLiteral("grade"), o.grade},
                                       {QStringLiteral("veto"), o.veto},
                                       {QStringLiteral("tie"), o.tie},
                                       {QStringLiteral("areas"), areas}});
        }
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("year"), r.year},
            {QStringLiteral("weights"), QJsonObject{{QStringLiteral("daily"), r.weights.daily},
                                                    {QStringLiteral("party_group"), r.weights.partyGroup},
                                                    {QStringLiteral("report"), r.weights.report}}},
            {QStringLiteral("sealed"), as.sealed},
            {QStringLiteral("missing"), QJsonObject{{QStringLiteral("daily"), r.gaps.daily},
                                                    {QStringLiteral("unreviewed"), r.gaps.unreviewed},
                                                    {QStringLiteral("party_group"), r.gaps.partyGroup},
                                                    {QStringLiteral("party_group_marks"), r.gaps.partyGroupMarks},
                                                    {QStringLiteral("report"), r.gaps.report},
                                                    {QStringLiteral("provisional"), r.gaps.provisional}}},
            {QStringLiteral("results"), results}}));
        return Ok;
    }
    printLine(Tr::tr("%1 assessment%2: weights %3/%4/%5")
                  .arg(year)
                  .arg(as.sealed ? Tr::tr(" (sealed)") : QString(), dj::indicatorrules::number(r.weights.daily),
                       dj::indicatorrules::number(r.weights.partyGroup), dj::indicatorrules::number(r.weights.report)));
    if (r.gaps.any())
        printLine(Tr::tr("Draft: values still to be entered — daily: %1 organisations, %2 not reviewed; party "
                         "group: %3 organisations, %4 marks; report ballots: %5 organisations.")
                      .arg(r.gaps.daily)
                      .arg(r.gaps.unreviewed)
                      .arg(r.gaps.partyGroup)
                      .arg(r.gaps.partyGroupMarks)
                      .arg(r.gaps.report));
    const auto component = [](const std::optional<double> &v) {
        return v ? dj::twoDecimals(*v) : Tr::tr("not entered");
    };
    for (const dj::OrgResult &o : r.rows) {
        const QString draft = o.provisional() ? Tr::tr(" (draft)") : QString();
        printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8%9%10")
                      .arg(o.scored ? QString::number(o.rank) : QStringLiteral("—"))
                      .arg(o.code, o.name, component(o.daily), component(o.partyGroup), component(o.report),
                           o.scored ? dj::twoDecimals(o.total) + draft : Tr::tr("not entered"),
                           !o.scored ? Tr::tr("pending entry") : (o.tie ? Tr::tr("(tie: decide)") : o.grade) + draft,
                           o.veto ? Tr::tr(" veto") : QString(),
                           o.provisional() ? QStringLiteral("\t") + dj::AssessSeal::missingText(o) : QString()));
    }
    return Ok;
}

int assessDecide(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    const QString code = a.value(QStringLiteral("org"));
    if (code.isEmpty() || !a.options.contains(QStringLiteral("grade")))
        usage(Tr::tr("Give --org CODE and --grade G (an empty grade clears the decision)."));
    auto db = openData(file, false);
    dj::AssessmentRepository repo(*db);
    repo.setGradeChoice(repo.ofYear(year).id, orgIdOfCode(*db, code), a.value(QStringLiteral("grade")).trimmed());
    printLine(Tr::tr("Recorded the grade decision for %1.").arg(code));
    return Ok;
}

int assessSeal(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    auto db = openData(file, false);
    dj::AssessSeal::seal(*db, dj::AssessmentRepository(*db).ofYear(year).id, byWhom(a, *db));
    printLine(Tr::tr("Sealed the %1 assessment.").arg(year));
    return Ok;
}

int assessReopen(const CliArgs &a)
{
    const QString file = a.required(0, Tr::tr("FILE"));
    const int year = yearOption(a);
    if (a.value(QStringLiteral("reason")).trimmed().isEmpty())
        usage(Tr::tr("Give the reason for reopening with --reason TEXT."));
    auto db = openData(file, false);
    dj::AssessSeal::reopen(*db, dj::AssessmentRepository(*db).ofYear(year).id, a.value(QStringLiteral("reason")), byWhom(a, *db));
    printLine(Tr::tr("Reopened the %1 assessment.").arg(year));
    return Ok;
}

} // namespace cli
