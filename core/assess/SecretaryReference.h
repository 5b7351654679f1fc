#pragma once

#include <QList>
#include <QString>

namespace dj {

class Database;

// For the annual appraisal of cadres: each assessed branch's secretary (党支部书记, 党总支书记
// for a 党总支) as of the year's end — or the last one during the year — with the branch's
// total, rank and grade.
struct SecretaryRow
{
    QString orgCode;
    QString orgName;
    QString secretary; // empty when the post was vacant all year
    double total = 0;
    int rank = 0;
    QString grade;
    bool scored = true;       // false: nothing entered yet, no total, rank or grade
    bool provisional = false; // values still to be entered: total and grade are a draft
    bool veto = false; // the branch was vetoed (一票否决)
    bool tie = false;  // the grade waits for a decision on equal totals
};

class SecretaryReference
{
public:
    static QList<SecretaryRow> build(Database &db, const QString &assessmentId);
};

} // namespace dj
