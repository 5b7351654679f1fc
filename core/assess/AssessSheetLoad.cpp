#include "AssessSheetLoad.h"

#include "AssessmentRepository.h"
#include "IndicatorRules.h"
#include "SchemeRepository.h"
#include "common/Error.h"
#include "sheet/SheetColumns.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AssessSheetLoad)
};

QString u(const char *s) { return QString::fromUtf8(s); }

const SheetColumns::Field kOrg{{u("组织编码"), u("组织代码"), QStringLiteral("org_code")}, true};
} // namespace

AssessSheetLoad::AssessSheetLoad(Database &db, const Assessment &assessment) : m_db(db), m_assessment(assessment)
{
    for (const AssessedOrg &o : AssessmentRepository(db).orgs(assessment.id))
        m_orgByCode.insert(o.code, o.orgId);
    for (const Indicator &i : SchemeRepository(db).get(assessment.schemeId).indicators)
        m_indicatorByCode.insert(i.code, i);
}

QString AssessSheetLoad::orgId(const SheetColumns &cols, int row, int field) const
{
    const QString code = cols.text(row, field);
    const QString id = m_orgByCode.value(code);
    if (id.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("%1: “%2” is not an organisation of the %3 assessment.")
                                              .arg(cols.where(row, field), code)
                                              .arg(m_assessment.year));
    return id;
}

QList<ScoreInput> AssessSheetLoad::daily(const SheetTable &t, int firstDataRow, ScoreStage stage) const
{
    enum { Org, Code, Value, Note };
    const SheetColumns cols(t, {kOrg, {{u("指标编号"), QStringLiteral("indicator_code")}, true},
                                {{u("数值"), u("得分"), QStringLiteral("value")}, true},
                                {{u("说明"), u("备注"), QStringLiteral("note")}, false}},
                            firstDataRow);
    QList<ScoreInput> out;
    for (int r = 0; r < t.rows.size(); ++r) {
        if (cols.blankRow(r))
            continue;
        ScoreInput in;
        in.orgId = orgId(cols, r, Org);
        const auto ind = m_indicatorByCode.constFind(cols.text(r, Code));
        if (ind == m_indicatorByCode.constEnd())
            throw Error(Error::Kind::Invalid, Tr::tr("%1: “%2” is not an indicator of the scheme.")
                                                  .arg(cols.where(r, Code), cols.text(r, Code)));
        in.indicatorId = ind->id;
        in.stage = stage;
        try {
            in.value = indicatorrules::parseValue(*ind, cols.text(r, Value));
        } catch (const Error &e) {
            throw Error(Error::Kind::Invalid, Tr::tr("%1: %2").arg(cols.where(r, Value), e.message()));
        }
        in.note = cols.text(r, Note);
        out << in;
    }
    return out;
}

QList<PartyGroupRepository::Input> AssessSheetLoad::partyGroup(const SheetTable &t, int firstDataRow) const
{
    enum { Org, Evaluator, Score };
    const SheetColumns cols(t, {kOrg, {{u("评价人"), QStringLiteral("evaluator")}, true},
                                {{u("分数"), u("得分"), QStringLiteral("score")}, true}},
                            firstDataRow);
    QList<PartyGroupRepository::Input> out;
    for (int r = 0; r < t.rows.size(); ++r) {
        if (cols.blankRow(r))
            continue;
        PartyGroupRepository::Input in;
        in.orgId = orgId(cols, r, Org);
        in.evaluator = cols.text(r, Evaluator);
        if (in.evaluator.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("%1: the evaluator is missing.").arg(cols.where(r, Evaluator)));
        bool ok = false;
        const double v = cols.text(r, Score).toDouble(&ok);
        if (!ok || v < 0 || v > 100)
            throw Error(Error::Kind::Invalid, Tr::tr("%1: “%2” is not a score from 0 to 100.")
                                                  .arg(cols.where(r, Score), cols.text(r, Score)));
        in.score = v;
        out << in;
    }
    return out;
}

QList<BallotRepository::Input> AssessSheetLoad::ballots(const SheetTable &t, int firstDataRow) const
{
    enum { Ballot, Kind, Org, Score };
    const SheetColumns cols(t, {{{u("票号"), u("选票编号"), QStringLiteral("ballot")}, true},
                                {{u("评议人类别"), u("评议人"), QStringLiteral("rater_kind")}, false},
                                kOrg,
                                {{u("分数"), u("评价"), QStringLiteral("score")}, true}},
                            firstDataRow);
    QList<BallotRepository::Input> out;
    for (int r = 0; r < t.rows.size(); ++r) {
        if (cols.blankRow(r))
            continue;
        BallotRepository::Input in;
        in.ballotNo = cols.text(r, Ballot);
        if (in.ballotNo.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("%1: the ballot number is missing.").arg(cols.where(r, Ballot)));
        in.raterKind = cols.text(r, Kind);
        in.orgId = orgId(cols, r, Org);
        in.text = cols.text(r, Score);
        try {
            BallotRepository::parse(in.text, m_assessment.ballotPoints);
        } catch (const Error &e) {
            throw Error(Error::Kind::Invalid, Tr::tr("%1: %2").arg(cols.where(r, Score), e.message()));
        }
        out << in;
    }
    return out;
}

} // namespace dj
