#pragma once

#include "Assessment.h"

#include <QHash>
#include <QPair>
#include <optional>

namespace dj {

class Database;

// An organisation taking part in an assessment.
struct AssessedOrg
{
    QString orgId;
    QString code;
    QString name;
    QString orgType; // branch, general_branch
    QString gradeChoice;
};

// A seal or a reopening, with who and why.
struct SealEvent
{
    QString action; // seal, reopen
    QString reason;
    QString byWhom;
    QString at; // ISO UTC
};

// A 差异捆绑 pair for next year's 联学联建.
struct AssessPair
{
    QString strongOrgId;
    QString weakOrgId;
};

// The year's assessments: their settings, who is assessed, seal state and pairs. Every
// change to a sealed assessment is refused here (requireOpen) — the entries' repositories
// call it too — so nothing in a sealed year can change from the GUI, the CLI or a script.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database &db) : m_db(db) {}

    QList<Assessment> all() const; // newest year first
    std::optional<Assessment> forYear(int year) const;
    Assessment ofYear(int year) const; // throws NotFound naming the year
    Assessment get(const QString &id) const;

    // Throws Invalid (weights, no organisation) or Conflict (the year has one already).
    QString create(int year, const QString &schemeId, const Weights &weights, const QStringList &orgIds);
    // The organisations assessed by default: active 党支部, and 党总支 when asked.
    QStringList defaultOrgIds(bool withGeneralBranches) const;
    static void checkWeights(const Weights &w);

    void setWeights(const QString &id, const Weights &w);
    void setGrading(const QString &id, const Grading &g);
    // Points of 好/较好/一般/差 on a ballot and the count from which the extremes drop.
    void setBallotRules(const QString &id, const QList<double> &points, int trimFrom);
    void setOrgs(const QString &id, const QStringList &orgIds);
    // The organisations assessed, in the one order of every entry grid and printed form: the
    // organisation tree walked parents first, siblings by sort order then code (a 党总支's
    // branches where the 党总支 stands). Row n of the printed ballot is orgs()[n - 1].
    QList<AssessedOrg> orgs(const QString &id) const;
    // Where equal totals tie across a quota boundary: the grade the user gives; '' clears.
    // Grade decisions, seal state and pairs need Permission::ReviewAssessment (Denied).
    void setGradeChoice(const QString &id, const QString &orgId, const QString &grade);

    // The assessment, when it may still change; throws Conflict when it is sealed.
    Assessment requireOpen(const QString &id) const;
    // Assessed organisations' names by id: what entries are checked against.
    QHash<QString, QString> orgNames(const QString &id) const;
    // Seal state and its event; AssessSeal checks first whether sealing is allowed.
    void recordSeal(const QString &id, bool sealed, const QString &reason, const QString &byWhom);
    QList<SealEvent> events(const QString &id) const;

    QList<AssessPair> pairs(const QString &id) const;
    void setPairs(const QString &id, const QList<AssessPair> &pairs);

private:
    // Each organisation's place in that walk of the tree.
    QHash<QString, int> treePositions() const;
    void update(const QString &id, const QString &assignments, const QList<QPair<QString, QVariant>> &values);
    Database &m_db;
};

} // namespace dj
