#include "DemoAssess.h"

#include "assess/AssessData.h"
#include "assess/AssessSeal.h"
#include "assess/AssessmentRepository.h"
#include "assess/Pairing.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SatisfactionRepository.h"
#include "assess/SchemeRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"

#include <QHash>
#include <QRandomGenerator>
#include <cmath>

namespace dj::demo {

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

struct Branch
{
    QString id;
    QString bureau; // the 党组 it answers to (ballots and evaluators are per department)
    QString secretary;
    double strength; // 0.55–0.98
};

class Filler
{
public:
    Filler(Database &db, quint32 seed) : m_db(db), m_rng(seed), m_owner(db.officeId()), m_now(Clock::stamp()) {}

    QList<Branch> branches(const QStringList &ids)
    {
        QHash<QString, QPair<QString, QString>> orgs; // id → parent, type
        Query q(m_db, QStringLiteral("SELECT id, ifnull(parent_id, ''), org_type FROM organization WHERE deleted = 0"));
        q.exec();
        while (q.next())
            orgs.insert(q.text(0), {q.text(1), q.text(2)});
        QHash<QString, QString> heads;
        Query h(m_db, QStringLiteral("SELECT p.org_id, pe.name FROM post p JOIN person pe ON pe.id = p.person_id "
                                     "WHERE p.deleted = 0 AND p.to_date IS NULL AND p.post_type IN ('br_secretary', "
                                     "'gb_secretary')"));
        h.exec();
        while (h.next())
            heads.insert(h.text(0), h.text(1));
        QList<Branch> out;
        for (const QString &id : ids) {
            QString top = id;
            while (!orgs.value(top).first.isEmpty() && orgs.value(top).second != QLatin1String("party_group"))
                top = orgs.value(top).first;
            out << Branch{id, top, heads.value(id), 0.55 + 0.43 * m_rng.generateDouble()};
        }
        return out;
    }

    // What a branch of this strength would have reached on the indicator.
    double value(const Indicator &i, double s)
    {
        const double r = std::clamp(s + (m_rng.generateDouble() - 0.5) * 0.25, 0.0, 1.05);
        switch (i.rule) {
        case ScoreRule::Judged:
            return std::round(std::min(r, 1.0) * i.maxScore * 2) / 2;
        case ScoreRule::Deduct:
            return std::floor((1 - std::min(r, 1.0)) * i.maxScore / i.points * 1.3);
        case ScoreRule::Add:
            return std::round(r * i.maxScore / i.points * 0.9);
        case ScoreRule::Met:
            return m_rng.generateDouble() < r + 0.1 ? 1 : 0;
        case ScoreRule::Ratio:
            return std::round(std::min(r, 1.1) * i.target);
        case ScoreRule::Veto:
            return 0;
        }
        return 0;
    }

    void score(const QString &assessment, const QString &org, const Indicator &i, const char *stage, double v,
               const QString &by)
    {
        static const char *const notes[] = {"", "", "台账齐全", "记录完整，佐证材料已归档", "个别记录不完整",
                                            "按要求完成"};
        m_score.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_owner)
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":a"), assessment)
            .bind(QStringLiteral(":o"), org)
            .bind(QStringLiteral(":i"), i.id)
            .bind(QStringLiteral(":s"), QLatin1String(stage))
            .bind(QStringLiteral(":v"), v)
            .bind(QStringLiteral(":note"), u(notes[m_rng.bounded(6)]))
            .bind(QStringLiteral(":by"), by)
            .exec();
    }

    void mark(const QString &assessment, const QString &org, const QString &evaluator, double score)
    {
        m_mark.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_owner)
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":a"), assessment)
            .bind(QStringLiteral(":o"), org)
            .bind(QStringLiteral(":e"), evaluator)
            .bind(QStringLiteral(":s"), score)
            .bind(QStringLiteral(":by"), u("机关党委办公室"))
            .exec();
    }

    void ballot(const QString &assessment, const QString &no, int entry, const QString &kind, const QString &org,
                double score, const QString &word, const QString &by)
    {
        m_ballot.bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_owner)
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":a"), assessment)
            .bind(QStringLiteral(":b"), no)
            .bind(QStringLiteral(":e"), entry)
            .bind(QStringLiteral(":k"), kind)
            .bind(QStringLiteral(":o"), org)
            .bind(QStringLiteral(":s"), score)
            .bind(QStringLiteral(":w"), word)
            .bind(QStringLiteral(":by"), by)
            .exec();
    }

    // `share` of the indicators entered (reviewed), self-assessments for all of them.
    void fillYear(const QString &assessment, const Scheme &scheme, const QList<Branch> &branches, double share,
                  bool vetoOne, int typings)
    {
        // The party group's members mark by name, as the columns of the 党组评价 show them.
        QStringList evaluators;
        for (const PartyGroupRepository::Member &m : PartyGroupRepository(m_db).members())
            evaluators << m.name;
        if (evaluators.isEmpty())
            evaluators << u("党组书记");
        static const char *const kinds[] = {"党组成员", "机关党委委员", "党员代表"};
        const QStringList &words = vocab::ballotWords();
        QHash<QString, int> ballotsOfBureau;
        for (int b = 0; b < branches.size(); ++b) {
            const Branch &br = branches.at(b);
            for (const Indicator &i : scheme.indicators) {
                double v = value(i, br.strength);
                if (i.rule == ScoreRule::Veto && vetoOne && b == branches.size() / 3)
                    v = 1;
                const double self = i.rule == ScoreRule::Deduct ? std::max(0.0, v - 1)
                                    : i.rule == ScoreRule::Judged ? std::min(i.maxScore, v + 0.5)
                                                                  : v;
                score(assessment, br.id, i, "self", self, br.secretary);
                if (m_rng.generateDouble() < share)
                    score(assessment, br.id, i, "review", v, u("机关党委审核组"));
            }
            if (share >= 1 || m_rng.generateDouble() < share)
                for (const QString &e : std::as_const(evaluators))
                    mark(assessment, br.id, e, std::min(100.0, std::round((60 + 38 * br.strength + m_rng.bounded(6) - 3) * 2) / 2));
            // 15 ballots per department: 4 党组成员, 5 机关党委委员, 6 党员代表; some marked with words.
            const int bureauNo = ballotsOfBureau.contains(br.bureau) ? ballotsOfBureau.value(br.bureau)
                                                                     : int(ballotsOfBureau.size());
            ballotsOfBureau.insert(br.bureau, bureauNo);
            for (int n = 0; n < 15; ++n) {
                const QString no = QStringLiteral("%1-%2").arg(bureauNo + 1, 2, 10, QLatin1Char('0')).arg(n + 1, 3, 10, QLatin1Char('0'));
                const QString kind = u(kinds[n < 4 ? 0 : n < 9 ? 1 : 2]);
                const double s = std::clamp(58 + 40 * br.strength + m_rng.bounded(9) - 4.0, 0.0, 100.0);
                const bool word = n >= 12;
                const int w = s >= 90 ? 0 : s >= 80 ? 1 : s >= 70 ? 2 : 3;
                const double points[] = {95, 85, 75, 60};
                for (int t = 1; t <= typings; ++t) {
                    // One slip of the second typist, for the double-entry check to catch.
                    const double typed = (t == 2 && b == 1 && n == 3) ? (s > 85 ? s - 10 : s + 10) : s;
                    ballot(assessment, no, t, kind, br.id, word ? points[w] : std::round(typed), word ? words.at(w) : QString(),
                           t == 1 ? u("录入员甲") : u("录入员乙"));
                }
            }
        }
    }

private:
    Database &m_db;
    QRandomGenerator m_rng;
    QString m_owner, m_now;
    Query m_score{m_db, QStringLiteral("INSERT INTO assess_score (id, owner_office, updated_at, assessment_id, org_id, "
                                       "indicator_id, stage, value, note, entered_by) VALUES (:id, :owner, :now, :a, :o, "
                                       ":i, :s, :v, :note, :by)")};
    Query m_mark{m_db, QStringLiteral("INSERT INTO assess_pg_mark (id, owner_office, updated_at, assessment_id, org_id, "
                                      "evaluator, score, entered_by) VALUES (:id, :owner, :now, :a, :o, :e, :s, :by)")};
    Query m_ballot{m_db, QStringLiteral("INSERT INTO assess_ballot_mark (id, owner_office, updated_at, assessment_id, "
                                        "ballot_no, entry, rater_kind, org_id, score, word, entered_by) VALUES (:id, "
                                        ":owner, :now, :a, :b, :e, :k, :o, :s, :w, :by)")};
};
} // namespace

void fillSatisfaction(Database &db, int year, int branches, quint32 seed)
{
    // The branches answered as counts, members on paper ballots typed one by one.
    SatisfactionRepository repo(db);
    const QString id = repo.create(year, QString::fromUtf8("%1年度机关党委工作满意度测评").arg(year),
                                   SatisfactionRepository::defaultItems());
    const int items = int(SatisfactionRepository::defaultItems().size());
    QRandomGenerator rng(seed + 1);
    SatisfactionCounts counts;
    counts.kind = RespondentKind::Branch;
    for (int i = 0; i < items; ++i) {
        const int unhappy = int(rng.bounded(2)), fair = int(rng.bounded(std::max(1, branches / 5)));
        counts.perItem << QList<int>{branches - fair - unhappy, fair, unhappy};
    }
    repo.setCounts(id, counts);
    for (int n = 1; n <= std::min(60, branches * 3); ++n) {
        SatisfactionBallot b;
        b.ballotNo = QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        b.valid = n % 29 != 0; // a spoiled ballot now and then
        for (int i = 0; i < items && b.valid; ++i) {
            const double r = rng.generateDouble();
            b.answers << (r < 0.78 ? 0 : r < 0.95 ? 1 : 2);
        }
        repo.setBallot(id, b);
    }
}

void fillAssessment(Database &db, const QDate &today, quint32 seed)
{
    SchemeRepository schemes(db);
    const Scheme scheme = schemes.get(schemes.installBuiltin());
    AssessmentRepository assessments(db);
    const QStringList orgs = assessments.defaultOrgIds(false);
    if (orgs.isEmpty())
        return;
    Filler fill(db, seed);
    const QList<Branch> branches = fill.branches(orgs);

    // Last year: complete, graded by quota, ties decided, pairs kept, sealed.
    const QString last = assessments.create(today.year() - 1, scheme.id, {}, orgs);
    assessments.setGrading(last, Grading::defaults(QStringLiteral("good3"), Grading::Method::Quota));
    fill.fillYear(last, scheme, branches, 1.0, true, 1);
    const AssessResult result = AssessData::compute(db, last);
    for (const TieGroup &t : result.ties) {
        // The demo office decided by the daily score; here simply in order, keeping the quota.
        int k = 0;
        for (int g = 0; g < t.grades.size(); ++g)
            for (int n = 0; n < t.places.at(g); ++n)
                assessments.setGradeChoice(last, t.orgIds.at(k++), t.grades.at(g));
    }
    assessments.setPairs(last, Pairing::suggest(AssessData::compute(db, last)));
    AssessSeal::seal(db, last, u("机关党委"));

    // This year: under way.
    const QString current = assessments.create(today.year(), scheme.id, {}, orgs);
    fill.fillYear(current, scheme, branches, 0.6, false, 2);
    fillSatisfaction(db, today.year(), int(branches.size()), seed);
}

} // namespace dj::demo
