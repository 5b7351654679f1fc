#include "SatisfactionRepository.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SatisfactionRepository)
};

Error invalid(const QString &m) { return Error(Error::Kind::Invalid, m); }

RespondentKind kindFrom(const QString &code) { return code == QLatin1String("branch") ? RespondentKind::Branch : RespondentKind::Member; }
} // namespace

QString SatisfactionRepository::code(RespondentKind k) { return k == RespondentKind::Branch ? QStringLiteral("branch") : QStringLiteral("member"); }

QStringList SatisfactionRepository::defaultItems()
{
    return QString::fromUtf8("履行全面从严治党协助责任，推动党建工作责任制落实|抓好党的政治建设和理论武装，组织学习教育|"
                             "加强基层党组织建设，指导党支部规范开展组织生活|做好党员发展、教育、管理、监督和服务|"
                             "推进作风建设和党风廉政建设，协助抓好纪律教育|推动党建与业务深度融合，服务中心工作|"
                             "指导工会、共青团、妇委会等群团组织开展工作|对机关党委工作的总体评价")
        .split(QLatin1Char('|'));
}

QStringList SatisfactionRepository::defaultOptions() { return QString::fromUtf8("满意|基本满意|不满意").split(QLatin1Char('|')); }

QString SatisfactionRepository::create(int year, const QString &title, const QStringList &items, const QStringList &options,
                                       int satisfied)
{
    if (year < limits::YearMin || year > limits::YearMax)
        throw invalid(Tr::tr("The year %1 is outside %2–%3.").arg(year).arg(limits::YearMin).arg(limits::YearMax));
    if (title.trimmed().isEmpty())
        throw invalid(Tr::tr("The survey needs a title."));
    fieldcheck::text(Tr::tr("The survey's title"), title.trimmed(), limits::TitleMax);
    QStringList cleanItems;
    for (const QString &i : items)
        if (!i.trimmed().isEmpty())
            cleanItems << i.trimmed();
    if (cleanItems.isEmpty())
        throw invalid(Tr::tr("The survey needs at least one item to mark."));
    if (cleanItems.size() > limits::SurveyItemsMax)
        throw invalid(Tr::tr("A survey has at most %1 items; this one has %2.").arg(limits::SurveyItemsMax).arg(cleanItems.size()));
    for (int n = 0; n < cleanItems.size(); ++n)
        fieldcheck::text(Tr::tr("Item %1").arg(n + 1), cleanItems.at(n), limits::TitleMax);
    if (options.size() < 2 || satisfied < 1 || satisfied >= options.size())
        throw invalid(Tr::tr("A survey needs at least two options, and some but not all of them count as satisfied."));
    if (options.size() > limits::SurveyOptionsMax)
        throw invalid(Tr::tr("A survey has at most %1 options; this one has %2.").arg(limits::SurveyOptionsMax).arg(options.size()));
    for (const QString &o : options) {
        if (o.trimmed().isEmpty() || o.contains(QLatin1Char('|')))
            throw invalid(Tr::tr("An option of the survey is empty or contains “|”."));
        fieldcheck::text(Tr::tr("The option “%1”").arg(o.trimmed().left(limits::SurveyOptionMax)), o,
                         limits::SurveyOptionMax);
    }
    Transaction tx(m_db);
    if (forYear(year))
        throw Error(Error::Kind::Conflict, Tr::tr("There is already a satisfaction survey for %1.").arg(year));
    const QString id = newRowId(), now = Clock::stamp();
    Query(m_db, QStringLiteral("INSERT INTO sat_survey (id, owner_office, updated_at, year, title, options, satisfied) "
                               "VALUES (:id, :owner, :now, :y, :t, :o, :s)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":y"), year)
        .bind(QStringLiteral(":t"), title.trimmed())
        .bind(QStringLiteral(":o"), options.join(QLatin1Char('|')))
        .bind(QStringLiteral(":s"), satisfied)
        .exec();
    Query item(m_db, QStringLiteral("INSERT INTO sat_item (id, owner_office, updated_at, survey_id, sort_order, text) "
                                    "VALUES (:id, :owner, :now, :s, :n, :t)"));
    for (int n = 0; n < cleanItems.size(); ++n)
        item.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":s"), id)
            .bind(QStringLiteral(":n"), n)
            .bind(QStringLiteral(":t"), cleanItems.at(n))
            .exec();
    tx.commit();
    return id;
}

std::optional<SatisfactionSurvey> SatisfactionRepository::forYear(int year) const
{
    const QVariant id = Query(m_db, QStringLiteral("SELECT id FROM sat_survey WHERE deleted = 0 AND year = :y"))
                            .bind(QStringLiteral(":y"), year)
                            .scalar();
    if (!id.isValid())
        return std::nullopt;
    return get(id.toString());
}

SatisfactionSurvey SatisfactionRepository::get(const QString &id) const
{
    Query q(m_db, QStringLiteral("SELECT year, title, options, satisfied FROM sat_survey WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The satisfaction survey no longer exists."));
    SatisfactionSurvey s;
    s.id = id;
    s.year = q.integer(0);
    s.title = q.text(1);
    s.options = q.text(2).split(QLatin1Char('|'));
    s.satisfied = q.integer(3);
    Query items(m_db, QStringLiteral("SELECT id, text FROM sat_item WHERE survey_id = :s AND deleted = 0 ORDER BY sort_order"));
    items.bind(QStringLiteral(":s"), id).exec();
    while (items.next())
        s.items << SatisfactionSurvey::Item{items.text(0), items.text(1)};
    return s;
}

void SatisfactionRepository::setBallot(const QString &surveyId, const SatisfactionBallot &b)
{
    const SatisfactionSurvey s = get(surveyId);
    const QString no = b.ballotNo.trimmed();
    if (no.isEmpty())
        throw invalid(Tr::tr("A ballot needs its number (票号)."));
    fieldcheck::text(Tr::tr("The ballot number"), no, limits::BallotNoMax);
    if (b.valid && b.answers.size() != s.items.size())
        throw invalid(Tr::tr("Ballot %1 has %2 answers for %3 items.").arg(no).arg(b.answers.size()).arg(s.items.size()));
    QStringList answers;
    for (int a : b.answers) {
        if (a < -1 || a >= s.options.size())
            throw invalid(Tr::tr("Ballot %1 marks an option the survey does not have.").arg(no));
        answers << QString::number(a);
    }
    Transaction tx(m_db);
    Query update(m_db, QStringLiteral("UPDATE sat_ballot SET kind = :k, valid = :v, answers = :a, version = version + 1, "
                                      "updated_at = :now WHERE survey_id = :s AND ballot_no = :b AND deleted = 0"));
    update.bind(QStringLiteral(":k"), code(b.kind))
        .bind(QStringLiteral(":v"), b.valid ? 1 : 0)
        .bind(QStringLiteral(":a"), answers.join(QLatin1Char(',')))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":s"), surveyId)
        .bind(QStringLiteral(":b"), no)
        .exec();
    if (update.rowsAffected() == 0)
        Query(m_db, QStringLiteral("INSERT INTO sat_ballot (id, owner_office, updated_at, survey_id, ballot_no, kind, valid, "
                                   "answers) VALUES (:id, :owner, :now, :s, :b, :k, :v, :a)"))
            .bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), Clock::stamp())
            .bind(QStringLiteral(":s"), surveyId)
            .bind(QStringLiteral(":b"), no)
            .bind(QStringLiteral(":k"), code(b.kind))
            .bind(QStringLiteral(":v"), b.valid ? 1 : 0)
            .bind(QStringLiteral(":a"), answers.join(QLatin1Char(',')))
            .exec();
    tx.commit();
}

void SatisfactionRepository::removeBallot(const QString &surveyId, const QString &ballotNo)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE sat_ballot SET deleted = 1, version = version + 1, updated_at = :now WHERE "
                                 "survey_id = :s AND ballot_no = :b AND deleted = 0"));
    q.bind(QStringLiteral(":now"), Clock::stamp()).bind(QStringLiteral(":s"), surveyId).bind(QStringLiteral(":b"), ballotNo).exec();
    if (q.rowsAffected() == 0)
        throw Error(Error::Kind::NotFound, Tr::tr("There is no ballot %1 to remove.").arg(ballotNo));
    tx.commit();
}

QList<SatisfactionBallot> SatisfactionRepository::ballots(const QString &surveyId) const
{
    Query q(m_db, QStringLiteral("SELECT ballot_no, kind, valid, answers FROM sat_ballot WHERE survey_id = :s AND "
                                 "deleted = 0 ORDER BY ballot_no"));
    q.bind(QStringLiteral(":s"), surveyId).exec();
    QList<SatisfactionBallot> out;
    while (q.next()) {
        SatisfactionBallot b;
        b.ballotNo = q.text(0);
        b.kind = kindFrom(q.text(1));
        b.valid = q.integer(2) != 0;
        for (const QString &a : q.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            b.answers << a.toInt();
        out << b;
    }
    return out;
}

void SatisfactionRepository::setCounts(const QString &surveyId, const SatisfactionCounts &c)
{
    const SatisfactionSurvey s = get(surveyId);
    if (c.perItem.size() != s.items.size() || c.invalid < 0)
        throw invalid(Tr::tr("Give counts for each of the %1 items.").arg(s.items.size()));
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("UPDATE sat_tally SET deleted = 1, version = version + 1, updated_at = :now WHERE "
                               "survey_id = :s AND kind = :k AND deleted = 0"))
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":s"), surveyId)
        .bind(QStringLiteral(":k"), code(c.kind))
        .exec();
    Query insert(m_db, QStringLiteral("INSERT INTO sat_tally (id, owner_office, updated_at, survey_id, kind, item_id, "
                                      "option_index, count) VALUES (:id, :owner, :now, :s, :k, :i, :o, :c)"));
    auto add = [&](const QVariant &item, int option, int count) {
        if (count < 0)
            throw invalid(Tr::tr("A count cannot be negative."));
        if (count > limits::TallyMax)
            throw invalid(Tr::tr("A count of %1 is more than the %2 a survey can have.").arg(count).arg(limits::TallyMax));
        insert.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), Clock::stamp())
            .bind(QStringLiteral(":s"), surveyId)
            .bind(QStringLiteral(":k"), code(c.kind))
            .bind(QStringLiteral(":i"), item)
            .bind(QStringLiteral(":o"), option)
            .bind(QStringLiteral(":c"), count)
            .exec();
    };
    for (int i = 0; i < s.items.size(); ++i) {
        if (c.perItem.at(i).size() != s.options.size())
            throw invalid(Tr::tr("Give a count for each option of item %1.").arg(i + 1));
        for (int o = 0; o < s.options.size(); ++o)
            add(s.items.at(i).id, o, c.perItem.at(i).at(o));
    }
    add(QVariant(), -1, c.invalid);
    tx.commit();
}

SatisfactionCounts SatisfactionRepository::counts(const QString &surveyId, RespondentKind kind) const
{
    const SatisfactionSurvey s = get(surveyId);
    SatisfactionCounts c;
    c.kind = kind;
    c.perItem = QList<QList<int>>(s.items.size(), QList<int>(s.options.size(), 0));
    Query q(m_db, QStringLiteral("SELECT ifnull(item_id, ''), option_index, count FROM sat_tally WHERE survey_id = :s AND "
                                 "kind = :k AND deleted = 0"));
    q.bind(QStringLiteral(":s"), surveyId).bind(QStringLiteral(":k"), code(kind)).exec();
    while (q.next()) {
        if (q.text(0).isEmpty()) {
            c.invalid = q.integer(2);
            continue;
        }
        for (int i = 0; i < s.items.size(); ++i)
            if (s.items.at(i).id == q.text(0) && q.integer(1) >= 0 && q.integer(1) < s.options.size())
                c.perItem[i][q.integer(1)] = q.integer(2);
    }
    return c;
}

SatisfactionResult SatisfactionRepository::compute(const SatisfactionSurvey &s, const QList<SatisfactionBallot> &ballots,
                                                   const QList<SatisfactionCounts> &counts)
{
    SatisfactionResult r;
    r.options = s.options;
    for (const SatisfactionSurvey::Item &i : s.items)
        r.items << SatisfactionResult::Line{i.text, QList<int>(s.options.size(), 0), 0, 0};
    for (const SatisfactionBallot &b : ballots) {
        if (!b.valid) {
            ++r.invalidBallots;
            continue;
        }
        ++r.validBallots;
        for (int i = 0; i < b.answers.size() && i < r.items.size(); ++i)
            if (b.answers.at(i) >= 0 && b.answers.at(i) < s.options.size())
                r.items[i].counts[b.answers.at(i)] += 1;
    }
    for (const SatisfactionCounts &c : counts) {
        r.invalidBallots += c.invalid;
        for (int i = 0; i < c.perItem.size() && i < r.items.size(); ++i)
            for (int o = 0; o < c.perItem.at(i).size() && o < s.options.size(); ++o)
                r.items[i].counts[o] += c.perItem.at(i).at(o);
    }
    int answers = 0, satisfied = 0;
    for (SatisfactionResult::Line &l : r.items) {
        int good = 0;
        for (int o = 0; o < l.counts.size(); ++o) {
            l.valid += l.counts.at(o);
            if (o < s.satisfied)
                good += l.counts.at(o);
        }
        l.rate = l.valid > 0 ? double(good) / l.valid : 0;
        answers += l.valid;
        satisfied += good;
    }
    r.overall = answers > 0 ? double(satisfied) / answers : 0;
    return r;
}

SatisfactionResult SatisfactionRepository::result(const QString &surveyId) const
{
    return compute(get(surveyId), ballots(surveyId),
                   {counts(surveyId, RespondentKind::Branch), counts(surveyId, RespondentKind::Member)});
}

} // namespace dj
