#pragma once

#include "AssessVocabulary.h"

#include <QList>
#include <QString>

namespace dj {

// How totals become grades. Thresholds: one minimum total per grade but the last (a
// total, rounded to 2 decimals, at or above it earns the grade). Quotas: one share in
// percent per grade, exactly one grade marked "rest": grades above it get at most their
// share, counted from the top; grades below it at least their share, counted from the
// bottom; counts round down.
struct Grading
{
    enum class Method { Threshold, Quota };

    QString scale = QStringLiteral("good3");
    Method method = Method::Threshold;
    QList<double> limits{90, 75}; // quotas: -1 marks the rest

    QStringList grades() const;
    int restIndex() const; // quotas only
    // "90,75" or "30,rest,10", as stored and typed on the command line.
    QString limitsText() const;
    // The same for people to read and type back: "30,其余,10" in Chinese (parse reads both).
    QString shownLimitsText() const;
    // Throws dj::Error(Invalid) with the reason: unknown scale, wrong count, thresholds not
    // falling, a share outside 0–100, not exactly one rest, shares above 100 together.
    static Grading parse(const QString &scale, Method method, const QString &limits);
    void check() const;
    static QString code(Method m);
    static Method methodFromCode(const QString &code);
    // The usual defaults for a scale: thresholds 90/75(/60); quotas 30 % at the top, 10 %
    // at the bottom, the rest in the second grade.
    static Grading defaults(const QString &scale, Method method);
};

} // namespace dj
